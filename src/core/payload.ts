import { createKey } from './key.js';
import type { ResultPayload, ResultSummary } from './payload-schema.js';

/** The payload's schema name and version (see payload-schema.ts for the contract). */
export const PAYLOAD_SCHEMA = 'recipro-result';
export const PAYLOAD_VERSION = 1;
import type { ChecklistResult } from './score-checklist.js';
import type { QuizResult } from './score-quiz.js';
import type { StepperProgress } from './stepper-progress.js';

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
        completeness: {
          answered: result.completeness.answered,
          total: result.completeness.total,
          sufficient: result.completeness.sufficient,
        },
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
      return {
        kind: 'stepper',
        steps: result.steps.map(({ id, status }) => ({ id, status })),
        done: result.done,
        total: result.total,
      };
  }
}

/** Builds the payload for a result. Answers and notes are included only when `include` names them. */
export function createResultPayload(
  result: QuizResult | ChecklistResult | StepperProgress,
  options: PayloadOptions = {},
): ResultPayload {
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
