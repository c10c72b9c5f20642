// `recipro-receiver` as a practice runs it: a child process on a free port with an SQLite file.
// The dashboard API needs the token (401 without), the token is stored only as a hash, the pages
// come from the dashboard's build under the strict CSP, and the log holds no keys or answers.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ORIGIN, quizPayload } from './receiver-helpers.mjs';

const bin = new URL('../../dist/npm/server/bin.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'recipro-cli-'));
const dashboardDir = join(dir, 'dashboard');
mkdirSync(dashboardDir);
writeFileSync(
  join(dashboardDir, 'index.html'),
  '<!doctype html><title>Dashboard</title><script type="module" src="/dashboard/dashboard.js"></script>',
);
writeFileSync(join(dashboardDir, 'dashboard.js'), 'export {};\n');
writeFileSync(join(dir, 'secret.txt'), 'outside the dashboard\n');
after(() => rmSync(dir, { recursive: true, force: true }));

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'; form-action 'self'; require-trusted-types-for 'script'";

/** Starts the CLI; resolves once it prints the dashboard token line. */
function start(args) {
  const child = spawn(process.execPath, [bin, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let buffer = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop();
      lines.push(...parts);
      const tokenLine = lines.find((l) => l.startsWith('Dashboard token'));
      const listening = lines.map((l) => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(l)).find(Boolean);
      if (tokenLine && listening) {
        const token = /^Dashboard token: ([A-Za-z0-9_-]{43})$/.exec(tokenLine)?.[1] ?? null;
        resolve({ child, lines, base: listening[1], token, stop: () => stop(child) });
      }
    });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${lines.join('\n')} ${err}`)));
  });
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('recipro-receiver CLI', () => {
  const db = join(dir, 'results.sqlite');
  let server;
  const api = (path, { token = server.token, ...init } = {}) =>
    fetch(server.base + path, { ...init, headers: token ? { authorization: `Bearer ${token}` } : {} });

  before(async () => {
    server = await start(['--db', db, '--origin', ORIGIN, '--dashboard-dir', dashboardDir]);
  });
  after(() => server?.stop());

  it('prints the submit-url to paste, the dashboard URL and a new token', () => {
    assert.ok(
      server.lines.includes(`Paste on your elements: submit-url="${server.base}/results"`),
      server.lines.join('\n'),
    );
    assert.ok(server.lines.includes(`Dashboard: ${server.base}/`));
    assert.match(server.token, /^[A-Za-z0-9_-]{43}$/);
  });

  it('answers the dashboard API 401 without the token or with a wrong one', async () => {
    for (const path of ['/api/session', '/api/results', '/api/results/00000000000000000000aa', '/api/nothing']) {
      for (const token of [null, 'wrong', server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A')]) {
        const response = await api(path, { token });
        assert.equal(response.status, 401, `${path} with ${token}`);
        assert.equal(response.headers.get('www-authenticate'), 'Bearer');
        assert.equal((await response.json()).ok, false);
      }
    }
    const erase = await api('/api/results?key=anything', { token: null, method: 'DELETE' });
    assert.equal(erase.status, 401);
  });

  it('stores the token only as its SHA-256: the database does not contain it', async () => {
    const bytes = [db, `${db}-wal`]
      .filter(existsSync)
      .map((f) => readFileSync(f).toString('latin1'))
      .join('');
    assert.equal(bytes.includes(server.token), false);
    assert.ok(bytes.includes(createHash('sha256').update(server.token).digest('hex')));
  });

  it('receives a result on /results and shows it through the API, then deletes and erases', async () => {
    assert.deepEqual(await (await api('/api/session')).json(), { ok: true });
    const payload = quizPayload({ locale: 'en' });
    const submit = (p, origin = ORIGIN) =>
      fetch(`${server.base}/results`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin },
        body: JSON.stringify(p),
      });
    assert.equal((await submit(payload, 'https://evil.example')).status, 403);
    const created = await submit(payload);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('access-control-allow-origin'), ORIGIN);
    const { id } = await created.json();

    const list = await (await api('/api/results?definition=reciprocity-balance&limit=10')).json();
    assert.deepEqual(
      list.results.map((r) => r.id),
      [id],
    );
    assert.equal(list.next, null);
    assert.equal(list.results[0].payload, undefined, 'the list holds summaries');
    const detail = await (await api(`/api/results/${id}`)).json();
    assert.deepEqual(detail.record.payload, payload);
    assert.equal((await api('/api/results?limit=501')).status, 400);
    assert.equal((await api('/api/results?since=yesterday')).status, 400);
    assert.equal((await api('/api/results/00000000000000000000aa')).status, 404);

    assert.equal((await api(`/api/results/${id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await api(`/api/results/${id}`, { method: 'DELETE' })).status, 404);
    const other = quizPayload();
    await submit(other);
    const erased = await api(`/api/results?key=${encodeURIComponent(other.key)}`, { method: 'DELETE' });
    assert.deepEqual(await erased.json(), { deleted: 1 });
    assert.deepEqual((await (await api('/api/results')).json()).results, []);
  });

  it("serves the dashboard's files under the strict CSP, and nothing outside them", async () => {
    const index = await fetch(`${server.base}/`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(index.headers.get('content-security-policy'), CSP);
    assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(index.headers.get('referrer-policy'), 'no-referrer');
    const script = await fetch(`${server.base}/dashboard/dashboard.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await script.text(), 'export {};\n');
    for (const path of [
      '/dashboard/..%2fsecret.txt',
      '/dashboard/%2e%2e/secret.txt',
      '/dashboard/.hidden',
      '/dashboard/',
    ]) {
      const response = await fetch(server.base + path);
      assert.equal(response.status, 404, path);
      assert.equal((await response.text()).includes('outside'), false);
    }
    assert.equal((await fetch(`${server.base}/elsewhere`)).status, 404);
  });

  it('refuses a body over 64 KB through the node adapter', async () => {
    const response = await fetch(`${server.base}/results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...quizPayload(), padding: 'x'.repeat(100_000) }),
    });
    assert.equal(response.status, 413);
    assert.equal((await response.json()).ok, false);
  });

  it('logs one line per request without keys, answers or the token', () => {
    const requestLines = server.lines.filter((l) => /^(GET|POST|DELETE|PUT|OPTIONS) /.test(l));
    assert.ok(requestLines.length >= 10);
    for (const line of requestLines) assert.match(line, /^[A-Z]+ \/\S* \d{3} \d+B \d+ms$/);
    const log = requestLines.join('\n');
    assert.equal(log.includes(server.token), false);
    assert.equal(log.includes('key='), false);
    assert.equal(log.includes('reciprocity-balance'), false);
  });
});

describe('recipro-receiver CLI: the token across restarts', () => {
  it('keeps the token on restart, and --reset-token replaces it', async () => {
    const db = join(dir, 'token.sqlite');
    const first = await start(['--db', db, '--dashboard-dir', dashboardDir]);
    await first.stop();
    const second = await start(['--db', db, '--dashboard-dir', dashboardDir]);
    assert.equal(second.token, null, 'not shown again');
    const session = (s, token) => fetch(`${s.base}/api/session`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal((await session(second, first.token)).status, 200);
    await second.stop();
    const third = await start(['--db', db, '--dashboard-dir', dashboardDir, '--reset-token']);
    assert.match(third.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal((await session(third, first.token)).status, 401);
    assert.equal((await session(third, third.token)).status, 200);
    await third.stop();
  });

  it("answers a readable 503 page when the dashboard's files are missing", async () => {
    const s = await start(['--db', join(dir, 'bare.sqlite'), '--dashboard-dir', join(dir, 'nothing-here')]);
    const response = await fetch(`${s.base}/`);
    assert.equal(response.status, 503);
    assert.match(await response.text(), /dashboard is not built/);
    assert.equal(response.headers.get('content-security-policy'), CSP);
    await s.stop();
  });

  it("is the package's recipro-receiver command, a Node script", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(new URL(`../../${pkg.bin['recipro-receiver']}`, import.meta.url).pathname, bin);
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.equal(pkg.peerDependenciesMeta['better-sqlite3'].optional, true);
  });

  it('refuses unknown options with the usage', async () => {
    const child = spawn(process.execPath, [bin, '--no-such-option'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(err, /Usage:/);
  });
});
