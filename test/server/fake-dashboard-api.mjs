// A fake of the receiver's dashboard API (issue 20's contract) for the dashboard's browser tests,
// served by the test runner under /__dashboard/:
//   POST /__dashboard/seed        body: { token, records: RecordDetail[] } → replaces the store, clears the log
//   POST /__dashboard/stop        stops recording requests
//   GET  /__dashboard/requests    → every request the server saw since the seed: { method, url, headers, body }
//   /__dashboard/api/...          the contract: session, results (filters, paging), one result, delete, erase
//   /__dashboard/                 the built page (dist/dashboard/index.html) under the receiver's CSP, with
//   /__dashboard/dashboard/<file> the test pages' recorder (test/pages/record.js) added first; its files.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** The receiver's policy for the dashboard page, word for word from the contract. */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

const state = { token: '', records: [], log: [], recording: false };

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const summaryOf = ({ payload: _payload, envelope: _envelope, ...summary }) => summary;

function list(query) {
  const limit = Math.min(Number(query.get('limit') ?? 100), 500);
  let rows = [...state.records].sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1));
  const definition = query.get('definition');
  const band = query.get('band');
  const language = query.get('language');
  const since = query.get('since');
  const until = query.get('until');
  const before = query.get('before');
  if (before) rows = rows.slice(rows.findIndex((r) => r.id === before) + 1);
  rows = rows.filter(
    (r) =>
      (!definition || r.definitionId === definition) &&
      (!band || r.band?.id === band) &&
      (!language || r.language === language) &&
      (!since || r.completedAt >= since) &&
      (!until || r.completedAt <= until),
  );
  const page = rows.slice(0, limit);
  return { results: page.map(summaryOf), next: rows.length > limit ? page.at(-1).id : null };
}

async function api(ctx, path) {
  if (ctx.get('authorization') !== `Bearer ${state.token}`) {
    ctx.status = 401;
    ctx.body = { ok: false, error: 'A valid token is needed.' };
    return;
  }
  const one = /^results\/([\w-]+)$/.exec(path);
  if (path === 'session' && ctx.method === 'GET') ctx.body = { ok: true };
  else if (path === 'results' && ctx.method === 'GET') ctx.body = list(ctx.URL.searchParams);
  else if (path === 'results' && ctx.method === 'DELETE') {
    const key = ctx.URL.searchParams.get('key');
    const before = state.records.length;
    state.records = state.records.filter((r) => r.key !== key);
    ctx.body = { deleted: before - state.records.length };
  } else if (one) {
    const record = state.records.find((r) => r.id === one[1]);
    if (!record) {
      ctx.status = 404;
      ctx.body = { ok: false, error: 'No such result.' };
    } else if (ctx.method === 'GET') ctx.body = { record };
    else if (ctx.method === 'DELETE') {
      state.records = state.records.filter((r) => r !== record);
      ctx.status = 204;
    } else ctx.status = 405;
  } else {
    ctx.status = 404;
    ctx.body = { ok: false, error: 'No such route.' };
  }
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.map': 'application/json' };

async function page(ctx, file) {
  const path = normalize(join(root, 'dist/dashboard', file));
  if (!path.startsWith(join(root, 'dist/dashboard'))) return (ctx.status = 404);
  let body;
  try {
    body = await readFile(path, 'utf8');
  } catch {
    return (ctx.status = 404);
  }
  if (file === 'index.html') {
    body = body.replace('<head>', '<head><script src="/test/pages/record.js"></script>');
    // The tests open the page in an iframe, which `frame-ancestors 'none'` forbids: only that directive differs.
    ctx.set('Content-Security-Policy', DASHBOARD_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
  }
  ctx.type = TYPES[extname(path)] ?? 'application/octet-stream';
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = body;
}

export async function fakeDashboardApi(ctx, next) {
  if (state.recording) {
    const body = ctx.path.startsWith('/__dashboard/api/') ? await readBody(ctx.req) : '';
    state.log.push({ method: ctx.method, url: ctx.url, headers: { ...ctx.headers }, body });
  }
  if (!ctx.path.startsWith('/__dashboard/')) return next();
  const path = ctx.path.slice('/__dashboard/'.length);
  if (path === 'seed' && ctx.method === 'POST') {
    const { token, records } = JSON.parse(await readBody(ctx.req));
    Object.assign(state, { token, records, log: [], recording: true });
    ctx.status = 204;
  } else if (path === 'stop' && ctx.method === 'POST') {
    Object.assign(state, { log: [], recording: false });
    ctx.status = 204;
  } else if (path === 'requests') {
    ctx.body = state.log;
  } else if (path.startsWith('api/')) {
    await api(ctx, path.slice('api/'.length));
  } else if (path === '') {
    await page(ctx, 'index.html');
  } else if (path.startsWith('dashboard/')) {
    await page(ctx, path.slice('dashboard/'.length));
  } else {
    return next();
  }
}
