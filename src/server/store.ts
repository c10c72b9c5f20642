import type { ResultEnvelope } from '../core/envelope.js';
import type { ResultPayload } from '../core/payload-schema.js';

/**
 * The receiver's storage, behind a small interface: `createMemoryStore()` (tests, demos) and
 * `openSqliteStore()` (a real database file) ship; anything else (a hosted database, a KV store)
 * can implement it. Methods are async so that a remote store fits; each must be atomic on its own.
 */

/** One stored result as the dashboard lists it (receiver-api.md). */
export interface RecordSummary {
  /** Opaque and URL-safe; ids sort by the time they were received. */
  id: string;
  /** The payload's idempotency key. */
  key: string;
  receivedAt: string;
  completedAt: string;
  definitionId: string;
  definitionVersion: string;
  encrypted: boolean;
  /** Known only for clear payloads (null when encrypted). */
  kind: 'quiz' | 'checklist' | 'stepper' | null;
  band: { id: string; label: string } | null;
  language: string | null;
  relationship: string | null;
}

/** One stored result with its content: the payload (clear) or the envelope (encrypted), never both. */
export interface RecordDetail extends RecordSummary {
  payload?: ResultPayload;
  envelope?: ResultEnvelope;
}

/** What the receiver hands a store: a record without its id (the store gives it one). */
export type NewRecord = Omit<RecordDetail, 'id'>;

export interface ListQuery {
  definition?: string;
  /** Band id; clear records only. */
  band?: string;
  /** The payload's locale; clear records only. */
  language?: string;
  /** Received at or after (ISO). */
  since?: string;
  /** Received before (ISO). */
  until?: string;
  /** At most this many (1–500, default 50). */
  limit?: number;
  /** Records received before this record id (the previous page's `next`). */
  before?: string;
}

export interface ListPage {
  /** Newest first. */
  results: RecordSummary[];
  /** Pass as `before` for the next page; null on the last. */
  next: string | null;
}

export interface ResultStore {
  /** Stores a record once per key, atomically: a repeat gets the first record's id and `created: false`. */
  put(record: NewRecord): Promise<{ id: string; created: boolean }>;
  list(query?: ListQuery): Promise<ListPage>;
  get(id: string): Promise<RecordDetail | null>;
  /** True when a record was deleted. */
  delete(id: string): Promise<boolean>;
  /** A reader's erasure request: deletes the record with this payload key; the number deleted. */
  eraseByKey(key: string): Promise<number>;
  /** Retention: deletes records received before `date`; the number deleted. */
  deleteOlderThan(date: Date): Promise<number>;
  getMeta(name: string): Promise<string | null>;
  setMeta(name: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** The page size a query asks for, within 1–500. */
export function pageSize(query: ListQuery): number {
  const limit = Math.floor(query.limit ?? DEFAULT_LIMIT);
  return Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(1, limit)) : DEFAULT_LIMIT;
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford's base 32, lower case: URL-safe, sorts as text

/**
 * A record id: the time received (milliseconds, 10 characters) then 12 random characters, so that
 * ids sort as the records arrived (newest first is "id descending") and cannot be guessed.
 */
export function createRecordId(receivedAt: Date): string {
  let time = '';
  let ms = Math.max(0, Math.floor(receivedAt.getTime()));
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[ms % 32]! + time;
    ms = Math.floor(ms / 32);
  }
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let random = '';
  for (const byte of bytes) random += ALPHABET[byte % 32]!;
  return time + random;
}

/** A record id's shape (checked before it reaches a query). */
export const RECORD_ID = /^[0-9a-hjkmnp-tv-z]{22}$/;

/** The summary part of a record (what `list` returns). */
export function summaryOf(record: RecordDetail): RecordSummary {
  const { payload: _p, envelope: _e, ...summary } = record;
  return summary;
}
