// The SQLite store (better-sqlite3): duplicates under concurrency, restarts, schema version,
// retention, erasure, ciphertext only for envelopes, and a SIGKILL in the middle of a burst.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createReceiver, openSqliteStore, SQLITE_SCHEMA_VERSION } from '../../dist/npm/server/index.js';
import { checkListing, manualClock, ORIGIN, post, quizPayload } from './receiver-helpers.mjs';
import { openSealed, sealPayload } from './receiver-envelope.mjs';

const dir = mkdtempSync(join(tmpdir(), 'recipro-receiver-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const dbPath = () => join(dir, `results-${(n += 1)}.sqlite`);

const quiet = { log: false, origins: [ORIGIN], rateLimit: false };

describe('SQLite store', () => {
  it('opens in WAL mode with a schema version and a unique index on key', async () => {
    const path = dbPath();
    const store = await openSqliteStore({ path, retentionDays: false });
    await store.close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.deepEqual(db.prepare('SELECT version FROM schema_version').all(), [{ version: 1 }]);
    assert.equal(SQLITE_SCHEMA_VERSION, 1);
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'results_key'").get();
    assert.match(index.sql, /UNIQUE INDEX results_key ON results \(key\)/);
    db.close();
  });

  it('refuses a database written by a newer schema version', async () => {
    const path = dbPath();
    await (await openSqliteStore({ path, retentionDays: false })).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_version (version) VALUES (99)').run();
    db.close();
    await assert.rejects(openSqliteStore({ path, retentionDays: false }), /schema version 99/);
  });

  it('stores one row for 50 concurrent POSTs of one key', async () => {
    const store = await openSqliteStore({ path: dbPath(), retentionDays: false });
    const receiver = createReceiver({ store, ...quiet });
    const payload = quizPayload();
    const responses = await Promise.all(Array.from({ length: 50 }, () => receiver(post(payload))));
    const statuses = responses.map((r) => r.status);
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).id)));
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    assert.equal(statuses.filter((s) => s === 200).length, 49);
    assert.equal(ids.size, 1);
    assert.equal((await store.list()).results.length, 1);
    await store.close();
  });

  it('keeps results across a restart, and one key stays one row across two connections', async () => {
    const path = dbPath();
    const payload = quizPayload({ locale: 'en', relationship: 'partner' });
    const first = await openSqliteStore({ path, retentionDays: false });
    const { id } = await (await createReceiver({ store: first, ...quiet })(post(payload))).json();
    const second = await openSqliteStore({ path, retentionDays: false });
    const again = await createReceiver({ store: second, ...quiet })(post(payload));
    assert.equal(again.status, 200);
    assert.equal((await again.json()).id, id);
    await first.close();
    await second.close();
    const reopened = await openSqliteStore({ path, retentionDays: false });
    const record = await reopened.get(id);
    assert.deepEqual(record.payload, payload);
    assert.equal(record.language, 'en');
    assert.equal(record.relationship, 'partner');
    assert.deepEqual(record.band, payload.result.band);
    assert.equal((await reopened.list()).results.length, 1);
    await reopened.close();
  });

  it('stores an envelope as its ciphertext only: no plaintext in the file, nothing in the clear columns', async () => {
    const path = dbPath();
    const store = await openSqliteStore({ path, retentionDays: false });
    const receiver = createReceiver({ store, ...quiet });
    const secret = 'PRIVATE-NOTE-7431';
    const payload = {
      ...quizPayload({ relationship: 'sibling', locale: 'hi' }),
      notes: { step: { prompt: secret } },
    };
    const { envelope, privateKey } = await sealPayload(payload);
    const response = await receiver(post(envelope, { type: 'text/plain' }));
    assert.equal(response.status, 201);
    const { id } = await response.json();
    const record = await store.get(id);
    assert.deepEqual(record.envelope, envelope);
    assert.equal(record.payload, undefined);
    assert.equal(record.encrypted, true);
    assert.deepEqual([record.kind, record.band, record.language, record.relationship], [null, null, null, null]);
    assert.deepEqual(await openSealed(record.envelope, privateKey), payload, 'what is stored still opens');
    assert.equal((await receiver(post(envelope))).status, 200, 'de-duplicated on its clear key');
    await store.close();
    const db = new Database(path, { readonly: true });
    const row = db.prepare('SELECT * FROM results WHERE id = ?').get(id);
    assert.equal(row.body, JSON.stringify(envelope));
    db.close();
    const bytes = [path, `${path}-wal`]
      .filter(existsSync)
      .map((f) => readFileSync(f).toString('latin1'))
      .join('');
    for (const plain of [secret, 'sibling', payload.result.band.label, '"answers"'])
      assert.equal(bytes.includes(plain), false, `the database file holds ${plain}`);
    assert.ok(bytes.includes(envelope.ciphertext.slice(0, 40)), 'the ciphertext is there');
  });

  it('lists newest first with filters and pages, as the memory store does', async () => {
    const store = await openSqliteStore({ path: dbPath(), retentionDays: false });
    await checkListing(store);
    await store.close();
  });

  it('deletes results past the retention when it opens (injected clock), and erases by key', async () => {
    const path = dbPath();
    const clock = manualClock();
    const store = await openSqliteStore({ path, retentionDays: false });
    const receiver = createReceiver({ store, ...quiet, now: clock });
    const old = quizPayload();
    const recent = quizPayload();
    const erased = quizPayload();
    await receiver(post(old));
    clock.advance(50 * 86_400_000);
    await receiver(post(recent));
    await receiver(post(erased));
    assert.equal(await store.eraseByKey(erased.key), 1);
    await store.close();
    clock.advance(41 * 86_400_000); // old: 91 days, recent: 41
    const reopened = await openSqliteStore({ path, retentionDays: 90, now: clock });
    await new Promise((resolve) => setImmediate(resolve));
    const keys = (await reopened.list()).results.map((r) => r.key);
    assert.deepEqual(keys, [recent.key]);
    await reopened.close();
  });

  for (const synchronous of ['full', 'normal'])
    it(`keeps every acknowledged result when killed mid-burst (SIGKILL, synchronous=${synchronous})`, async (t) => {
      const path = dbPath();
      const child = spawn(
        process.execPath,
        [
          new URL('../../dist/npm/server/bin.js', import.meta.url).pathname,
          ...['--db', path, '--port', '0', '--synchronous', synchronous],
          ...['--rate-capacity', '1000000', '--rate-per-minute', '1000000'],
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      t.after(() => child.kill('SIGKILL'));
      const port = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
          if (match) resolve(Number(match[1]));
        });
        child.once('exit', (code) => reject(new Error(`the receiver exited (${code}): ${out}`)));
      });
      const url = `http://127.0.0.1:${port}/results`;
      const acknowledged = [];
      let sent = 0;
      let killed = false;
      const worker = async () => {
        while (!killed) {
          const payload = quizPayload();
          sent += 1;
          try {
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(payload),
            });
            if (response.status === 201) acknowledged.push(payload.key);
          } catch {
            // killed while in flight: not acknowledged
          }
          if (acknowledged.length >= 150 && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        }
      };
      const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal)));
      await Promise.all(Array.from({ length: 6 }, worker));
      assert.equal(await exited, 'SIGKILL');

      const db = new Database(path);
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      const stored = new Set(db.prepare('SELECT key FROM results').pluck().all());
      db.close();
      const missing = acknowledged.filter((key) => !stored.has(key));
      assert.deepEqual(missing, []);
      assert.ok(stored.size >= acknowledged.length && stored.size <= sent);
      t.diagnostic(
        `${synchronous}: killed after ${acknowledged.length} acknowledged of ${sent} sent; ${stored.size} rows stored`,
      );
    });
});
