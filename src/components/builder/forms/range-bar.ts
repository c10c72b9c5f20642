import { html, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../../../core/format.js';
import { EPSILON } from '../../../core/bands.js';
import type { Range } from '../../../core/ranges.js';
import { formStrings } from './form-strings.js';

/** A band as the bar reads it from a draft: its edges only when both are numbers. */
export interface BarBand {
  label: string;
  min?: number;
  max?: number;
}

export type Segment =
  { kind: 'band'; index: number; min: number; max: number } | { kind: 'gap' | 'overlap'; min: number; max: number };

/**
 * What the bands cover over `range`, in order: each band, and the gaps and overlaps between them
 * (as the validator sees them: sorted by `min`, each band starting where the previous ends).
 */
export function coverage(bands: readonly BarBand[], range: Range): Segment[] {
  const placed = bands
    .map((band, index) => ({ index, min: band.min, max: band.max }))
    .filter((b): b is { index: number; min: number; max: number } => b.min !== undefined && b.max !== undefined)
    .sort((a, b) => a.min - b.min);
  const segments: Segment[] = [];
  let reached = range.min;
  for (const band of placed) {
    if (band.min > reached + EPSILON) segments.push({ kind: 'gap', min: reached, max: band.min });
    else if (band.min < reached - EPSILON && segments.length)
      segments.push({ kind: 'overlap', min: band.min, max: Math.min(reached, band.max) });
    segments.push({ kind: 'band', ...band });
    reached = Math.max(reached, band.max);
  }
  if (reached < range.max - EPSILON) segments.push({ kind: 'gap', min: reached, max: range.max });
  return segments;
}

const clamp = (value: number, range: Range) => Math.min(range.max, Math.max(range.min, value));

/**
 * The bands drawn over `range` (SVG sized by attributes, so no inline style is needed), gaps and
 * overlaps marked, with the same said in words beside it.
 */
export function rangeBar(lang: string, bands: readonly BarBand[], range: Range, id: string): TemplateResult {
  const s = formStrings(lang);
  // In a right-to-left sentence a number is isolated left to right (its own direction marks
  // dropped), so "-30" reads as in the number fields, not "30-".
  const isolate = /^(ar|he|fa|ur)\b/i.test(lang);
  const n = (value: number) => {
    const shown = formatNumber(lang, value, 2);
    return isolate ? `\u2066${shown.replace(/[\u061c\u200e\u200f]/g, '')}\u2069` : shown;
  };
  const segments = coverage(bands, range);
  const width = range.max - range.min || 1;
  const x = (value: number) => ((clamp(value, range) - range.min) / width) * 1000;
  const rect = (segment: Segment, cls: string, y: number, height: number) => {
    const width = Math.max(0, x(segment.max) - x(segment.min));
    return svg`<rect class=${cls} x=${x(segment.min)} y=${y} width=${width} height=${height}></rect>`;
  };
  const problems = segments.filter((seg) => seg.kind !== 'band');
  const unplaced = bands.filter((band) => band.min === undefined || band.max === undefined);
  return html`<div class="range-bar" id=${id}>
    <svg viewBox="0 0 1000 40" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" x="0" y="8" width="1000" height="24"></rect>
      ${segments.map((seg) =>
        seg.kind === 'band'
          ? rect(seg, `band band-${seg.index % 2}`, 8, 24)
          : seg.kind === 'gap'
            ? rect(seg, 'gap', 0, 40)
            : rect(seg, 'overlap', 0, 16),
      )}
    </svg>
    <div class="range-ends" aria-hidden="true"><span>${n(range.min)}</span><span>${n(range.max)}</span></div>
    <ul class="range-words">
      ${segments.map((seg) =>
        seg.kind === 'band'
          ? html`<li>${s.span(bands[seg.index]!.label, n(seg.min), n(seg.max))}</li>`
          : html`<li class=${seg.kind}>${(seg.kind === 'gap' ? s.gap : s.overlap)(n(seg.min), n(seg.max))}</li>`,
      )}
      ${unplaced.map((band) => html`<li>${s.noRange(band.label)}</li>`)}
      ${
        problems.length || unplaced.length || !segments.length
          ? ''
          : html`<li>${s.covered(n(range.min), n(range.max))}</li>`
      }
    </ul>
  </div>`;
}
