/**
 * What the receiver's dashboard API answers (receiver-api.md): the server's own record types.
 * `kind`, `band`, `language` and `relationship` are known only for clear results; an encrypted
 * one has them null until the dashboard opens it.
 */
export type { RecordSummary, RecordDetail } from '../server/store.js';

/** The list's filters as the form holds them; dates are `YYYY-MM-DD` (UTC days). */
export interface Filters {
  definition: string;
  band: string;
  language: string;
  since: string;
  until: string;
}

export const NO_FILTERS: Filters = { definition: '', band: '', language: '', since: '', until: '' };
