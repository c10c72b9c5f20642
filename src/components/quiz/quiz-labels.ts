import { findBand, scoreLabel, scoreRanges, type QuizDefinition, type QuizResult } from '../../core/index.js';

export interface ChartRow {
  id: string;
  label: string;
  value: number;
  /** -1…1: where the value sits between the middle of its range and either end. */
  position: number;
  /** The lean in words: the score's own band when it has one, else low/high/balanced. */
  lean: string;
  /** Even: its band is neutral, or (without a banding) it sits within a tenth of the middle. */
  even: boolean;
}

/** The rows of the result chart, in the definition's order; unknown scores are left out. */
export function chartRows(definition: QuizDefinition, result: QuizResult, balanced: string): ChartRow[] {
  const chart = definition.chart;
  if (!chart) return [];
  const ranges = scoreRanges(definition);
  return chart.scores.flatMap((id) => {
    const value = result.scores[id];
    const range = ranges.get(id);
    if (value === null || value === undefined || !range) return [];
    const mid = (range.min + range.max) / 2;
    const half = (range.max - range.min) / 2 || 1;
    const position = Math.max(-1, Math.min(1, (value - mid) / half));
    const banding = definition.bandings.find((b) => b.score === id);
    const band = banding ? findBand(banding.bands, value) : undefined;
    const even = band ? !!band.neutral : Math.abs(position) < 0.1;
    const lean = band?.label ?? (even ? balanced : position > 0 ? chart.highLabel : chart.lowLabel);
    return [{ id, label: scoreLabel(definition, id), value, position, lean, even }];
  });
}
