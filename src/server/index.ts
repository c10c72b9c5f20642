/**
 * recipro-widgets/server: receive results from elements with `submit-url`, in any runtime with the
 * Fetch API (Node through `recipro-widgets/server/node`, Deno, Bun, Cloudflare Workers).
 * Never imported by the elements; `better-sqlite3` loads only when `openSqliteStore` is called.
 */
export { createReceiver, type Receiver, type ReceiverOptions, type ReceiverContext } from './receiver.js';
export { createMemoryStore } from './memory-store.js';
export { openSqliteStore, SQLITE_SCHEMA_VERSION, type SqliteStoreOptions } from './sqlite-store.js';
export { scheduleRetention, DEFAULT_RETENTION_DAYS, type Retention, type RetentionOptions } from './retention.js';
export { createRateLimiter, type RateLimiter, type RateLimitOptions, type RateDecision } from './rate-limit.js';
export { MAX_BODY_BYTES } from './body.js';
export type { ResultStore, NewRecord, RecordSummary, RecordDetail, ListQuery, ListPage } from './store.js';
