import * as z from 'zod/mini';
import {
  ESTIMATED_MINUTES_MAX,
  FOCUS_MAX_COUNT,
  LETTER_MAX_LENGTH,
  QUIZ_MAX_ITEMS,
  SCALE_MAX_OPTIONS,
  SCALE_MIN_OPTIONS,
  WEIGHT_MAX,
} from '../limits.js';
import { base, cultures, id, questions, relationalText, relationships, resources, text, url } from './common.js';

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

export const scaleOption = z.strictObject({
  value: finite,
  label: text,
});

/** An answer scale, e.g. five labelled options from "Never" (1) to "Always" (5). */
export const scale = z.strictObject({
  id,
  options: z.array(scaleOption).check(z.minLength(SCALE_MIN_OPTIONS), z.maxLength(SCALE_MAX_OPTIONS)),
});

export const dimension = z.strictObject({
  id,
  label: text,
  description: z.optional(text),
});

/** When a raw answer is one of `values`, the rule fires and support resources are shown. */
export const safetyRule = z.strictObject({
  values: z.array(finite).check(z.minLength(1)),
});

export const item = z.strictObject({
  id,
  text: relationalText,
  scale: id,
  /** Score the item the other way round: value becomes (min + max - value). */
  reverse: z.optional(z.boolean()),
  weight: z.optional(z.number().check(z.gt(0), z.lte(WEIGHT_MAX))),
  /** The dimension the item feeds. Items without one (e.g. a safety question) are not scored. */
  dimension: z.optional(id),
  safety: z.optional(safetyRule),
});

/**
 * A score derived from dimensions or earlier derived scores, declared as data.
 * `mean` and `sum` work on 0–100 normalised scores; `difference` is `of[0] - of[1]`.
 */
export const derivedScore = z.discriminatedUnion('kind', [
  z.strictObject({
    id,
    kind: z.literal('mean'),
    label: z.optional(text),
    description: z.optional(text),
    of: z.array(id).check(z.minLength(1)),
  }),
  z.strictObject({
    id,
    kind: z.literal('sum'),
    label: z.optional(text),
    description: z.optional(text),
    of: z.array(id).check(z.minLength(1)),
  }),
  z.strictObject({
    id,
    kind: z.literal('difference'),
    label: z.optional(text),
    /** What the score is about, in a sentence or two: shown beside it in the result. */
    description: z.optional(text),
    of: z.tuple([id, id]),
  }),
]);

export const band = z.strictObject({
  id,
  /** Inclusive lower bound. */
  min: finite,
  /** Exclusive upper bound, except for the last band, which includes it. */
  max: finite,
  label: text,
  /** What the band means; may be worded per relationship (e.g. a note for family). */
  summary: relationalText,
  advice: z.optional(text),
  questions: z.optional(questions),
  /** Ids of steps (from `steps`) that help in this band. */
  steps: z.optional(z.array(id)),
  /** A neutral band is nothing to work on: focus skips scores that land in one. */
  neutral: z.optional(z.boolean()),
});

/** Bands over one score; together they must cover the score's whole range. */
export const banding = z.strictObject({
  id,
  score: id,
  bands: z.array(band).check(z.minLength(1)),
  /**
   * Report this banding only when an earlier banding lands in one of `bands`; e.g. "both of you
   * stepped back" only when the overall result is balanced, so one-way care never reads as it.
   */
  when: z.optional(z.strictObject({ banding: id, bands: z.array(id).check(z.minLength(1)) })),
});

export const step = z.strictObject({
  id,
  letter: z.optional(z.string().check(z.minLength(1), z.maxLength(LETTER_MAX_LENGTH))),
  title: text,
  summary: text,
});

export const missingPolicy = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('all') }),
  /** Score when at least `share` (0–1) of each dimension's items is answered, prorating the rest. */
  z.strictObject({ policy: z.literal('minimum'), share: z.number().check(z.gt(0), z.lte(1)) }),
]);

export const quizDefinition = z.strictObject({
  ...base,
  kind: z.literal('quiz'),
  intro: z.optional(text),
  estimatedMinutes: z.optional(z.number().check(z.gt(0), z.lte(ESTIMATED_MINUTES_MAX))),
  defaultRelationship: z.optional(z.enum(relationships)),
  scales: z.array(scale).check(z.minLength(1)),
  dimensions: z.array(dimension).check(z.minLength(1)),
  items: z.array(item).check(z.minLength(1), z.maxLength(QUIZ_MAX_ITEMS)),
  scores: z.optional(z.array(derivedScore)),
  /** The first banding gives the overall result. */
  bandings: z.array(banding).check(z.minLength(1)),
  /** Which scores to point out as the ones to work on first. */
  focus: z.optional(
    z.strictObject({
      scores: z.array(id).check(z.minLength(1)),
      count: z.int().check(z.gte(1), z.lte(FOCUS_MAX_COUNT)),
      /** `extreme`: furthest from the middle of the score's range first. */
      order: z.enum(['extreme', 'lowest', 'highest']),
      /**
       * A banding the focus agrees with: when it lands in a band that is not neutral, only scores
       * in a band with the same id are pointed out (a reader who carries more overall is not told
       * to give more in one form).
       */
      follow: z.optional(id),
    }),
  ),
  /** Scores the result draws as a chart, in order. */
  chart: z.optional(
    z.strictObject({
      scores: z.array(id).check(z.minLength(1)),
      /** Caption for the low end and the high end of the scores' range. */
      lowLabel: text,
      highLabel: text,
    }),
  ),
  missing: z.optional(missingPolicy),
  steps: z.optional(z.array(step)),
  /** Shown instead of band advice and steps whenever a safety rule fires. */
  safety: z.optional(z.strictObject({ title: text, message: text })),
  resources: z.optional(resources),
  cultureNotes: z.optional(z.partialRecord(z.enum(cultures), z.strictObject({ title: text, body: text }))),
  callToAction: z.optional(z.strictObject({ label: text, url })),
});

export type ScaleOption = z.infer<typeof scaleOption>;
export type Scale = z.infer<typeof scale>;
export type Dimension = z.infer<typeof dimension>;
export type QuizItem = z.infer<typeof item>;
export type DerivedScore = z.infer<typeof derivedScore>;
export type Band = z.infer<typeof band>;
export type Banding = z.infer<typeof banding>;
export type QuizStep = z.infer<typeof step>;
export type MissingPolicy = z.infer<typeof missingPolicy>;
export type QuizDefinition = z.infer<typeof quizDefinition>;
