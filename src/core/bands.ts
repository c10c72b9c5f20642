/** Tolerance for comparing band edges with computed ranges (means produce fractions). */
export const EPSILON = 1e-9;

/** What scoring needs of a band: its id and its range. */
export interface BandLike {
  id: string;
  min: number;
  max: number;
}

/**
 * Finds the band a value falls in: [min, max), the last band closed at its max. Kept apart from the
 * band checks (`check-bands.ts`), which only the validator needs, so pages that score never load them.
 */
export function findBand<B extends BandLike>(bands: readonly B[], value: number): B | undefined {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const last = sorted[sorted.length - 1];
  for (const band of sorted) {
    if (value >= band.min - EPSILON && (value < band.max - EPSILON || band === last)) return band;
  }
  // Rounding can leave a value a hair outside the outermost bands.
  if (last && value > last.max) return last;
  return sorted[0];
}
