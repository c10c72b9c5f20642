import { scheduleRetention, type Retention } from './retention.js';
import {
  createRecordId,
  pageSize,
  type ListPage,
  type ListQuery,
  type NewRecord,
  type RecordDetail,
  type RecordSummary,
  type ResultStore,
} from './store.js';

/** The part of better-sqlite3's API used here (it is an optional peer dependency, loaded on first use). */
interface Statement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface Database {
  pragma(source: string, options?: { simple?: boolean }): unknown;
  exec(sql: string): unknown;
  prepare(sql: string): Statement;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) & { immediate(...args: A): R };
  close(): void;
}
type DatabaseConstructor = new (path: string, options?: { timeout?: number }) => Database;

export interface SqliteStoreOptions {
  /** The database file (created when missing, readable by its owner only). */
  path: string;
  /**
   * `'full'` (default): every acknowledged result is on disk before the answer, through a crash of
   * the process (SIGKILL) and of the machine (power loss). `'normal'`: in WAL mode, still survives a
   * crash of the process, but the last results may be lost on power loss; fewer fsyncs.
   */
  synchronous?: 'full' | 'normal';
  /** Delete results older than this many days, at open and daily. Default 90; `false` keeps them. */
  retentionDays?: number | false;
  /** The clock for retention (tests inject one). */
  now?: () => number;
}

/** The database's layout, one migration per version; never edit a shipped one, add the next. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE results (
     id TEXT PRIMARY KEY,
     key TEXT NOT NULL,
     received_at TEXT NOT NULL,
     completed_at TEXT NOT NULL,
     definition_id TEXT NOT NULL,
     definition_version TEXT NOT NULL,
     encrypted INTEGER NOT NULL,
     kind TEXT,
     band_id TEXT,
     band_label TEXT,
     language TEXT,
     relationship TEXT,
     body TEXT NOT NULL
   ) STRICT;
   CREATE UNIQUE INDEX results_key ON results (key);
   CREATE INDEX results_received ON results (received_at);
   CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;`,
];

/** The schema version this code writes. */
export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

async function loadDriver(): Promise<DatabaseConstructor> {
  const name = 'better-sqlite3'; // a variable: bundlers leave the optional peer dependency alone
  try {
    const module = (await import(name)) as { default: DatabaseConstructor };
    return module.default;
  } catch (error) {
    throw new Error(
      `openSqliteStore needs the better-sqlite3 package: npm install better-sqlite3@12 (${(error as Error).message})`,
    );
  }
}

function migrate(db: Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  db.transaction(() => {
    const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null };
    const current = row.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `this database has schema version ${current}, newer than this receiver knows (${MIGRATIONS.length}): ` +
          'update recipro-widgets',
      );
    }
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version - 1]!);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(version);
    }
  }).immediate();
}

interface Row {
  id: string;
  key: string;
  received_at: string;
  completed_at: string;
  definition_id: string;
  definition_version: string;
  encrypted: number;
  kind: RecordSummary['kind'];
  band_id: string | null;
  band_label: string | null;
  language: string | null;
  relationship: string | null;
  body?: string;
}

const SUMMARY_COLUMNS =
  'id, key, received_at, completed_at, definition_id, definition_version, encrypted, ' +
  'kind, band_id, band_label, language, relationship';

function summaryFrom(row: Row): RecordSummary {
  return {
    id: row.id,
    key: row.key,
    receivedAt: row.received_at,
    completedAt: row.completed_at,
    definitionId: row.definition_id,
    definitionVersion: row.definition_version,
    encrypted: row.encrypted === 1,
    kind: row.kind,
    band: row.band_id === null ? null : { id: row.band_id, label: row.band_label ?? '' },
    language: row.language,
    relationship: row.relationship,
  };
}

const iso = (text: string) => new Date(text).toISOString();

/**
 * A store in an SQLite file through better-sqlite3 (an optional peer dependency, loaded here only):
 * WAL journal, `synchronous=FULL` by default, a schema version with migrations, a unique index on the
 * payload key, and retention. Encrypted results are stored as their envelope's JSON only; clear ones
 * as the payload's JSON beside the columns the dashboard filters on.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<ResultStore> {
  const Database = await loadDriver();
  // Loaded here, not at the top: recipro-widgets/server stays importable where there is no node:fs (Workers).
  const fsModule = 'node:fs'; // a variable too, for bundlers that refuse node: imports (Workers)
  const { chmodSync, existsSync } = (await import(fsModule)) as typeof import('node:fs');
  const fresh = options.path !== ':memory:' && !existsSync(options.path);
  const db = new Database(options.path, { timeout: 5000 });
  try {
    if (fresh) chmodSync(options.path, 0o600);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const insert = db.prepare(
    `INSERT INTO results (id, key, received_at, completed_at, definition_id, definition_version, encrypted,
       kind, band_id, band_label, language, relationship, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
  );
  const idOfKey = db.prepare('SELECT id FROM results WHERE key = ?');
  const byId = db.prepare(`SELECT ${SUMMARY_COLUMNS}, body FROM results WHERE id = ?`);
  const deleteId = db.prepare('DELETE FROM results WHERE id = ?');
  const deleteKey = db.prepare('DELETE FROM results WHERE key = ?');
  const deleteBefore = db.prepare('DELETE FROM results WHERE received_at < ?');
  const metaGet = db.prepare('SELECT value FROM meta WHERE name = ?');
  const metaSet = db.prepare(
    'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  );
  const putOnce = db.transaction((record: NewRecord) => {
    const id = createRecordId(new Date(record.receivedAt));
    const body = record.encrypted ? JSON.stringify(record.envelope) : JSON.stringify(record.payload);
    const { changes } = insert.run(
      id,
      record.key,
      iso(record.receivedAt),
      record.completedAt,
      record.definitionId,
      record.definitionVersion,
      record.encrypted ? 1 : 0,
      record.encrypted ? null : record.kind,
      record.encrypted ? null : (record.band?.id ?? null),
      record.encrypted ? null : (record.band?.label ?? null),
      record.encrypted ? null : record.language,
      record.encrypted ? null : record.relationship,
      body,
    );
    if (changes === 1) return { id, created: true };
    return { id: (idOfKey.get(record.key) as { id: string }).id, created: false };
  });

  let closed = false;
  const open = () => {
    if (closed) throw new Error('the store is closed');
  };
  const store: ResultStore = {
    async put(record) {
      open();
      if (record.encrypted ? !record.envelope || record.payload : !record.payload || record.envelope)
        throw new Error('a record holds its payload (clear) or its envelope (encrypted), not both');
      return putOnce.immediate(record);
    },
    async list(query: ListQuery = {}): Promise<ListPage> {
      open();
      const limit = pageSize(query);
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        where.push(clause);
        params.push(value);
      };
      if (query.definition !== undefined) add('definition_id = ?', query.definition);
      if (query.band !== undefined) add('band_id = ?', query.band);
      if (query.language !== undefined) add('language = ?', query.language);
      if (query.since !== undefined) add('received_at >= ?', iso(query.since));
      if (query.until !== undefined) add('received_at < ?', iso(query.until));
      if (query.before !== undefined) add('id < ?', query.before);
      const rows = db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM results ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           ORDER BY id DESC LIMIT ?`,
        )
        .all(...params, limit + 1) as Row[];
      const page = rows.slice(0, limit).map(summaryFrom);
      return { results: page, next: rows.length > limit ? page[page.length - 1]!.id : null };
    },
    async get(id) {
      open();
      const row = byId.get(id) as Row | undefined;
      if (!row) return null;
      const record: RecordDetail = summaryFrom(row);
      const body = JSON.parse(row.body!);
      if (record.encrypted) record.envelope = body;
      else record.payload = body;
      return record;
    },
    async delete(id) {
      open();
      return deleteId.run(id).changes > 0;
    },
    async eraseByKey(key) {
      open();
      return deleteKey.run(key).changes;
    },
    async deleteOlderThan(date) {
      open();
      return deleteBefore.run(date.toISOString()).changes;
    },
    async getMeta(name) {
      open();
      return (metaGet.get(name) as { value: string } | undefined)?.value ?? null;
    },
    async setMeta(name, value) {
      open();
      metaSet.run(name, value);
    },
    async close() {
      if (closed) return;
      closed = true;
      retention?.stop();
      db.close();
    },
  };
  const retention: Retention | undefined =
    options.retentionDays === false
      ? undefined
      : scheduleRetention(store, { days: options.retentionDays ?? undefined, now: options.now });
  return store;
}
