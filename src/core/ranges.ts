export { EPSILON } from './bands.js';
import type { QuizDefinition } from './schemas/quiz.js';

export interface Range {
  min: number;
  max: number;
}

/** Every dimension is normalised to 0–100. */
export const DIMENSION_RANGE: Range = { min: 0, max: 100 };

/**
 * The possible range of every score (dimensions and derived scores) of a quiz.
 * Derived scores may only use dimensions and scores declared before them, so one pass suffices.
 * References that do not resolve are skipped; `checkQuiz` reports them.
 */
export function scoreRanges(definition: QuizDefinition): Map<string, Range> {
  const ranges = new Map<string, Range>();
  for (const dimension of definition.dimensions) ranges.set(dimension.id, DIMENSION_RANGE);
  for (const score of definition.scores ?? []) {
    const parts = score.of.map((ref) => ranges.get(ref));
    if (parts.some((part) => part === undefined) || ranges.has(score.id)) continue;
    const known = parts as Range[];
    switch (score.kind) {
      case 'mean':
        ranges.set(score.id, {
          min: known.reduce((sum, r) => sum + r.min, 0) / known.length,
          max: known.reduce((sum, r) => sum + r.max, 0) / known.length,
        });
        break;
      case 'sum':
        ranges.set(score.id, {
          min: known.reduce((sum, r) => sum + r.min, 0),
          max: known.reduce((sum, r) => sum + r.max, 0),
        });
        break;
      case 'difference': {
        const [a, b] = known as [Range, Range];
        ranges.set(score.id, { min: a.min - b.max, max: a.max - b.min });
        break;
      }
    }
  }
  return ranges;
}
