import * as z from 'zod/mini';
import type { Issue } from './issues.js';
import { fromZodIssues } from './zod-issues.js';
import { PAYLOAD_SCHEMA, PAYLOAD_VERSION } from './payload.js';

/**
 * The result payload: what an element emits with `recipro-complete` and POSTs to `submit-url`.
 * A stable contract: fields are only ever added within a schema version. This module is for
 * servers (and tests); the elements build payloads without loading it.
 */
export { PAYLOAD_SCHEMA, PAYLOAD_VERSION };

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

/** Validates a payload received by a server. Never throws. */
export function parseResultPayload(
  input: unknown,
): { ok: true; payload: ResultPayload } | { ok: false; issues: Issue[] } {
  const parsed = z.safeParse(resultPayloadSchema, input);
  return parsed.success
    ? { ok: true, payload: parsed.data }
    : { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
}
