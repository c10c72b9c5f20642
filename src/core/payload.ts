import * as z from 'zod/mini';
import { createKey } from './key.js';
import { fromZodIssues } from './zod-issues.js';
import type { Issue } from './issues.js';
import type { ChecklistResult } from './score-checklist.js';
import type { QuizResult } from './score-quiz.js';
import type { StepperProgress } from './stepper-progress.js';

/**
 * The result payload: what an element emits with `recipro-complete` and POSTs to `submit-url`.
 * A stable contract: fields are only ever added within a schema version.
 */
export const PAYLOAD_SCHEMA = 'recipro-result';
export const PAYLOAD_VERSION = 1;

const bandRef = z.object({ id: z.string(), label: z.string() });

const quizSummary = z.object({
  kind: z.literal('quiz'),
  band: z.nullable(bandRef),
  bands: z.array(z.object({ banding: z.string(), score: z.string(), value: z.number(), band: z.string() })),
  scores: z.record(z.string(), z.nullable(z.number())),
  focus: z.array(z.string()),
  steps: z.array(z.string()),
  completeness: z.object({ answered: z.int(), total: z.int(), sufficient: z.boolean() }),
});
const checklistSummary = z.object({
  kind: z.literal('checklist'),
  band: bandRef,
  score: z.number(),
  checkedShare: z.number(),
  count: z.int(),
  total: z.int(),
});
const stepperSummary = z.object({
  kind: z.literal('stepper'),
  steps: z.array(z.object({ id: z.string(), status: z.enum(['not-started', 'in-progress', 'done']) })),
  done: z.int(),
  total: z.int(),
});

export const resultPayloadSchema = z.object({
  schema: z.literal(PAYLOAD_SCHEMA),
  schemaVersion: z.literal(PAYLOAD_VERSION),
  /** Random idempotency key: a server stores each key once. */
  key: z.string().check(z.minLength(8), z.maxLength(100)),
  definition: z.object({ id: z.string(), version: z.string() }),
  locale: z.optional(z.string()),
  relationship: z.optional(z.string()),
  startedAt: z.optional(z.iso.datetime()),
  completedAt: z.iso.datetime(),
  result: z.discriminatedUnion('kind', [quizSummary, checklistSummary, stepperSummary]),
  /** Only when the host asks: quiz answers by item id, or checked checklist ids. */
  answers: z.optional(z.union([z.record(z.string(), z.number()), z.array(z.string())])),
  /** Only when the host asks: whether a safety rule fired (derived from an answer). */
  safetyConcern: z.optional(z.boolean()),
  /** Only when the host asks (stepper): notes by step id, then prompt id. */
  notes: z.optional(z.record(z.string(), z.record(z.string(), z.string()))),
});

export type ResultPayload = z.infer<typeof resultPayloadSchema>;
export type ResultSummary = ResultPayload['result'];
export type IncludeOption = 'scores' | 'answers' | 'notes';

export interface PayloadOptions {
  /** What leaves the page beside the scores. Default: scores only. */
  include?: readonly IncludeOption[];
  answers?: Record<string, number> | string[];
  notes?: Record<string, Record<string, string>>;
  locale?: string;
  relationship?: string;
  startedAt?: Date;
  now?: Date;
  key?: string;
}

export function summarize(result: QuizResult | ChecklistResult | StepperProgress): ResultSummary {
  switch (result.kind) {
    case 'quiz':
      return {
        kind: 'quiz',
        band: result.band ? { id: result.band.band.id, label: result.band.band.label } : null,
        bands: result.bands.map((b) => ({ banding: b.banding, score: b.score, value: b.value, band: b.band.id })),
        scores: result.scores,
        focus: result.focus.map((f) => f.score),
        steps: result.guidance.steps,
        completeness: { answered: result.completeness.answered, total: result.completeness.total, sufficient: result.completeness.sufficient },
      };
    case 'checklist':
      return {
        kind: 'checklist',
        band: { id: result.band.id, label: result.band.label },
        score: result.score,
        checkedShare: result.checkedShare,
        count: result.count,
        total: result.total,
      };
    case 'stepper':
      return { kind: 'stepper', steps: result.steps.map(({ id, status }) => ({ id, status })), done: result.done, total: result.total };
  }
}

/** Builds the payload for a result. Answers and notes are included only when `include` names them. */
export function createResultPayload(result: QuizResult | ChecklistResult | StepperProgress, options: PayloadOptions = {}): ResultPayload {
  const include = new Set(options.include ?? ['scores']);
  const payload: ResultPayload = {
    schema: PAYLOAD_SCHEMA,
    schemaVersion: PAYLOAD_VERSION,
    key: options.key ?? createKey(),
    definition: { id: result.definitionId, version: result.definitionVersion },
    completedAt: (options.now ?? new Date()).toISOString(),
    result: summarize(result),
  };
  if (options.locale) payload.locale = options.locale;
  if (options.relationship) payload.relationship = options.relationship;
  if (options.startedAt) payload.startedAt = options.startedAt.toISOString();
  if (include.has('answers')) {
    if (result.kind === 'quiz') {
      payload.answers = options.answers ?? {};
      payload.safetyConcern = result.safety.length > 0;
    } else if (result.kind === 'checklist') {
      payload.answers = result.checked;
    }
  }
  if (include.has('notes') && result.kind === 'stepper' && options.notes) payload.notes = options.notes;
  return payload;
}

/** Validates a payload received by a server. Never throws. */
export function parseResultPayload(input: unknown): { ok: true; payload: ResultPayload } | { ok: false; issues: Issue[] } {
  const parsed = z.safeParse(resultPayloadSchema, input);
  return parsed.success ? { ok: true, payload: parsed.data } : { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
}
