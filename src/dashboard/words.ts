import { formatNumber } from '../core/format.js';
import type { ResultPayload } from '../core/payload-schema.js';
import type { OpenResult } from '../crypto/open.js';
import type { RecordSummary } from './types.js';

/** A result in the list: what the receiver said, and what opening its envelope gave (if tried). */
export interface Row {
  record: RecordSummary;
  opened?: OpenResult;
}

/** The dashboard speaks English (a tool for the practice, not for readers); dates are UTC throughout. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export const openedPayload = (row: Row): ResultPayload | undefined => (row.opened?.ok ? row.opened.payload : undefined);

/** The overall band of a payload; a stepper has none. */
export function payloadBand(payload: ResultPayload): { id: string; label: string } | null {
  return payload.result.kind === 'stepper' ? null : payload.result.band;
}

/** The band shown for a row: the receiver's for a clear result, the opened payload's for an encrypted one. */
export function rowBand(row: Row): { id: string; label: string } | null {
  const payload = openedPayload(row);
  return row.record.band ?? (payload ? payloadBand(payload) : null);
}

export const rowLanguage = (row: Row): string | null => row.record.language ?? openedPayload(row)?.locale ?? null;

export const rowKind = (row: Row): string | null => row.record.kind ?? openedPayload(row)?.result.kind ?? null;

/** The "Encrypted" column: whether it was, and whether this browser opened it. */
export function encryptedLabel(row: Row): string {
  if (!row.record.encrypted) return 'No';
  if (!row.opened) return 'Yes';
  return row.opened.ok ? 'Yes, decrypted' : 'Yes, not decrypted';
}

/** What a result says, in sentences: the band, the scores or counts, how complete it is. */
export function summaryLines(payload: ResultPayload): string[] {
  const { result } = payload;
  const lines: string[] = [];
  switch (result.kind) {
    case 'quiz': {
      lines.push(result.band ? `Band: ${result.band.label}.` : 'No overall band (too few answers).');
      const scores = Object.entries(result.scores).map(
        ([id, value]) => `${id} ${value === null ? 'not scored' : formatNumber('en', value, 2)}`,
      );
      if (scores.length) lines.push(`Scores: ${scores.join(', ')}.`);
      const { answered, total, sufficient } = result.completeness;
      lines.push(`Answered ${answered} of ${total} questions${sufficient ? '' : ' (too few for a full result)'}.`);
      if (result.focus.length) lines.push(`To work on first: ${result.focus.join(', ')}.`);
      break;
    }
    case 'checklist':
      lines.push(`Band: ${result.band.label}.`, `${result.count} of ${result.total} signs checked.`);
      break;
    case 'stepper':
      lines.push(`${result.done} of ${result.total} steps done.`);
      if (result.steps.length)
        lines.push(`Steps: ${result.steps.map((s) => `${s.id} (${s.status.replace('-', ' ')})`).join(', ')}.`);
      break;
  }
  if (payload.safetyConcern) lines.push('A safety rule fired: support was shown first.');
  return lines;
}

const CSV_HEADER = [
  'id',
  'key',
  'completed_at',
  'received_at',
  'definition',
  'definition_version',
  'kind',
  'band',
  'band_label',
  'language',
  'relationship',
  'encrypted',
  'decrypted',
];

/** The loaded rows as CSV cells, header first: decrypted fields where this browser opened them. */
export function csvRows(rows: readonly Row[]): string[][] {
  return [
    CSV_HEADER,
    ...rows.map((row) => {
      const { record } = row;
      const payload = record.encrypted ? openedPayload(row) : undefined;
      const band = rowBand(row);
      return [
        record.id,
        record.key,
        record.completedAt,
        record.receivedAt,
        record.definitionId,
        record.definitionVersion,
        rowKind(row) ?? '',
        band?.id ?? '',
        band?.label ?? '',
        rowLanguage(row) ?? '',
        record.relationship ?? payload?.relationship ?? '',
        record.encrypted ? 'yes' : 'no',
        record.encrypted ? (payload ? 'yes' : 'no') : '',
      ];
    }),
  ];
}
