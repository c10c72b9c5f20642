import type { ResultEnvelope } from '../core/envelope.js';
import type { ResultPayload } from '../core/payload-schema.js';

/**
 * What the receiver's dashboard API answers (the contract in issue 20): one stored result,
 * without its content. `kind`, `band`, `language` and `relationship` are known only for clear
 * results; an encrypted one has them null until the dashboard opens it.
 */
export interface RecordSummary {
  id: string;
  key: string;
  receivedAt: string;
  completedAt: string;
  definitionId: string;
  definitionVersion: string;
  encrypted: boolean;
  kind: 'quiz' | 'checklist' | 'stepper' | null;
  band: { id: string; label: string } | null;
  language: string | null;
  relationship: string | null;
}

/** One stored result with its content: the payload when clear, the envelope when encrypted. */
export interface RecordDetail extends RecordSummary {
  payload?: ResultPayload;
  envelope?: ResultEnvelope;
}

/** The list's filters as the form holds them; dates are `YYYY-MM-DD` (UTC days). */
export interface Filters {
  definition: string;
  band: string;
  language: string;
  since: string;
  until: string;
}

export const NO_FILTERS: Filters = { definition: '', band: '', language: '', since: '', until: '' };
