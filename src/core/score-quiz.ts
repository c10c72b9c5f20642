import { findBand } from './bands.js';
import type { ScoreProblem } from './issues.js';
import { scoreRanges } from './ranges.js';
import type { Band, QuizDefinition, QuizItem, Scale } from './schemas/quiz.js';

/** Answers by item id: the raw option value the reader chose. Anything else is reported. */
export type QuizAnswers = Readonly<Record<string, unknown>>;

export interface DimensionScore {
  id: string;
  label: string;
  /** Weighted sum of (reverse-scored) answers, prorated for missing answers; null when not scored. */
  raw: number | null;
  /** 0–100; null when too few of its items are answered. */
  normalized: number | null;
  answered: number;
  total: number;
}

export interface BandResult {
  banding: string;
  score: string;
  value: number;
  band: Band;
}

export interface QuizResult {
  kind: 'quiz';
  definitionId: string;
  definitionVersion: string;
  dimensions: Record<string, DimensionScore>;
  /** Every dimension's normalised score and every derived score, by id; null when unknown. */
  scores: Record<string, number | null>;
  /** One entry per banding whose score is known, in the definition's order. */
  bands: BandResult[];
  /** The overall result: the first banding's band, or null when its score is unknown. */
  band: BandResult | null;
  /** The scores to work on first, most pressing first (never in a neutral band). */
  focus: BandResult[];
  /** Safety rules that fired: the item and the answer that raised the concern. */
  safety: { id: string; value: number }[];
  guidance: {
    /** Advice texts to show: overall, other non-neutral bandings, then focus. Empty when a safety rule fired. */
    advice: string[];
    /** Suggested step ids, at most three. Empty when a safety rule fired. */
    steps: string[];
    /** Support resources must be shown prominently. */
    showResources: boolean;
  };
  completeness: {
    answered: number;
    total: number;
    /** answered / total, 0–1. */
    share: number;
    /** Every dimension has enough answers under the definition's missing-answer policy. */
    sufficient: boolean;
    /** Items without a valid answer, in the definition's order. */
    missing: string[];
  };
  problems: ScoreProblem[];
}

/**
 * Whether a result is balanced overall but uneven in places: the overall band is neutral and the
 * scoring names forms to begin with (whether or not the report gives advice about them).
 */
export function isMixed(result: QuizResult): boolean {
  return !!result.band?.band.neutral && result.focus.length > 0;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function scaleBounds(scale: Scale): { min: number; max: number } {
  const values = scale.options.map((o) => o.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Reverse scoring mirrors a value within its scale: applying it twice gives the value back. */
export function reverseValue(scale: Scale, value: number): number {
  const { min, max } = scaleBounds(scale);
  return min + max - value;
}

/** Reads an answer; returns the valid raw value or a problem. */
function readAnswer(item: QuizItem, scale: Scale | undefined, value: unknown): number | ScoreProblem | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !scale || !scale.options.some((o) => o.value === value)) {
    const allowed = scale ? scale.options.map((o) => o.value).join(', ') : 'none';
    return {
      id: item.id,
      kind: 'invalid-value',
      message:
        `answer ${JSON.stringify(value) ?? String(value)} for "${item.id}" ` +
        `is not a value of its scale (${allowed})`,
    };
  }
  return value;
}

function bandFor(definition: QuizDefinition, scores: Record<string, number | null>, index: number): BandResult | null {
  const banding = definition.bandings[index];
  if (!banding) return null;
  const value = scores[banding.score];
  if (value === null || value === undefined) return null;
  const band = findBand(banding.bands, value);
  return band ? { banding: banding.id, score: banding.score, value, band } : null;
}

/**
 * Scores a quiz. Pure and total: for any valid definition it never throws, whatever `answers`
 * holds; unknown ids and invalid values are reported in `problems` and otherwise ignored.
 */
export function scoreQuiz(definition: QuizDefinition, answers: unknown): QuizResult {
  const problems: ScoreProblem[] = [];
  const given: Record<string, unknown> = {};
  if (answers !== null && typeof answers === 'object' && !Array.isArray(answers)) {
    for (const [key, value] of Object.entries(answers)) given[key] = value;
  } else if (answers !== undefined && answers !== null) {
    problems.push({ id: '', kind: 'invalid-input', message: 'answers must be an object of item ids to values' });
  }
  const scales = new Map(definition.scales.map((s) => [s.id, s]));
  const bounds = new Map(definition.scales.map((s) => [s.id, scaleBounds(s)]));
  const itemIds = new Set(definition.items.map((i) => i.id));
  for (const key of Object.keys(given)) {
    if (!itemIds.has(key))
      problems.push({ id: key, kind: 'unknown-id', message: `"${key}" is not an item of this quiz` });
  }

  const minShare = definition.missing?.policy === 'minimum' ? definition.missing.share : 1;
  const acc = new Map(
    definition.dimensions.map((d) => [d.id, { raw: 0, norm: 0, weight: 0, totalWeight: 0, answered: 0, total: 0 }]),
  );
  const missing: string[] = [];
  const safety: { id: string; value: number }[] = [];
  let answered = 0;

  for (const item of definition.items) {
    const scale = scales.get(item.scale);
    const read = Object.prototype.hasOwnProperty.call(given, item.id)
      ? readAnswer(item, scale, given[item.id])
      : undefined;
    const dimension = item.dimension !== undefined ? acc.get(item.dimension) : undefined;
    const weight = item.weight ?? 1;
    if (dimension) {
      dimension.total += 1;
      dimension.totalWeight += weight;
    }
    if (typeof read === 'object') problems.push(read);
    if (typeof read !== 'number' || !scale) {
      missing.push(item.id);
      continue;
    }
    answered += 1;
    if (item.safety?.values.includes(read)) safety.push({ id: item.id, value: read });
    if (!dimension) continue;
    const { min, max } = bounds.get(scale.id)!;
    const value = item.reverse ? min + max - read : read;
    dimension.raw += weight * value;
    dimension.norm += weight * (max === min ? 0 : (value - min) / (max - min));
    dimension.weight += weight;
    dimension.answered += 1;
  }

  const dimensions: Record<string, DimensionScore> = {};
  const scores: Record<string, number | null> = {};
  let sufficient = true;
  for (const d of definition.dimensions) {
    const a = acc.get(d.id)!;
    const enough = a.total > 0 && a.answered / a.total >= minShare - 1e-12;
    if (!enough) sufficient = false;
    const normalized = enough && a.weight > 0 ? round((100 * a.norm) / a.weight) : null;
    const raw = enough && a.weight > 0 ? round((a.raw * a.totalWeight) / a.weight) : null;
    dimensions[d.id] = { id: d.id, label: d.label, raw, normalized, answered: a.answered, total: a.total };
    scores[d.id] = normalized;
  }
  for (const score of definition.scores ?? []) {
    const parts = score.of.map((ref) => scores[ref]);
    if (parts.some((p) => p === null || p === undefined)) {
      scores[score.id] = null;
      continue;
    }
    const values = parts as number[];
    const value =
      score.kind === 'difference'
        ? values[0]! - values[1]!
        : score.kind === 'sum'
          ? values.reduce((s, v) => s + v, 0)
          : values.reduce((s, v) => s + v, 0) / values.length;
    scores[score.id] = round(value);
  }

  // A banding with `when` is reported only while the banding it names lands in one of its bands.
  const found = definition.bandings.map((_, index) => bandFor(definition, scores, index));
  const byId = new Map(definition.bandings.map((b, index) => [b.id, found[index]]));
  const bands = found.filter((b, index): b is BandResult => {
    const when = definition.bandings[index]!.when;
    const named = when && byId.get(when.banding);
    return b !== null && (!when || (!!named && when.bands.includes(named.band.id)));
  });
  const overall = bandFor(definition, scores, 0);
  const focus = focusOf(definition, scores, bands);

  const fired = safety.length > 0;
  // Advice comes from the overall band, then other bandings that are not neutral and not among
  // the focus candidates (e.g. engagement), then the focus.
  const focusable = new Set(definition.focus?.scores ?? []);
  const others = bands.slice(1).filter((b) => !b.band.neutral && !focusable.has(b.score));
  const advising = [overall, ...others, ...focus];
  const advice = fired ? [] : advising.flatMap((b) => (b?.band.advice ? [b.band.advice] : []));
  const steps = fired ? [] : [...new Set(advising.flatMap((b) => b?.band.steps ?? []))].slice(0, 3);
  const total = definition.items.length;
  return {
    kind: 'quiz',
    definitionId: definition.id,
    definitionVersion: definition.version,
    dimensions,
    scores,
    bands,
    band: overall,
    focus,
    safety,
    guidance: { advice: [...new Set(advice)], steps, showResources: fired },
    completeness: { answered, total, share: total ? answered / total : 0, sufficient, missing },
    problems,
  };
}

function focusOf(definition: QuizDefinition, scores: Record<string, number | null>, bands: BandResult[]): BandResult[] {
  const focus = definition.focus;
  if (!focus) return [];
  const ranges = scoreRanges(definition);
  const followed = focus.follow !== undefined ? bands.find((b) => b.banding === focus.follow) : undefined;
  const direction = followed && !followed.band.neutral ? followed.band.id : undefined;
  const candidates = focus.scores
    .map((id) => bands.find((b) => b.score === id))
    .filter(
      (b): b is BandResult =>
        b !== undefined &&
        !b.band.neutral &&
        scores[b.score] !== null &&
        (direction === undefined || b.band.id === direction),
    );
  const key = (b: BandResult) => {
    if (focus.order === 'lowest') return b.value;
    if (focus.order === 'highest') return -b.value;
    const range = ranges.get(b.score)!;
    return -Math.abs(b.value - (range.min + range.max) / 2);
  };
  return candidates
    .map((b, index) => ({ b, index }))
    .sort((x, y) => key(x.b) - key(y.b) || x.index - y.index)
    .slice(0, focus.count)
    .map(({ b }) => b);
}
