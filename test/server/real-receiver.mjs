// The real receiver (dist/npm/server) for the browser tests, as a koa middleware for the test
// runner, through the shipped node adapter. Each test uses its own session id:
//   POST|OPTIONS /__real-receiver/<id>/results   the receiver (any origin, no rate limit, 64 KB)
//   GET          /__real-receiver/<id>/records   → every stored record, newest first (RecordDetail[])
//   GET          /__real-receiver/<id>/raw       → the stored rows as the database holds them (SQLite sessions)
//   POST         /__real-receiver/<id>/reset     forgets the session
//   POST         /__real-receiver/<id>/script    body: [503, "lost", …] → the next POSTs to /results, in turn: a
//                                                number is answered by a failing proxy in front (the receiver never
//                                                sees it); "lost" reaches the receiver, whose answer is then lost (502)
//   POST         /__real-receiver/<id>/token     → a fresh dashboard token for this session (only its hash is kept)
//   *            /__real-receiver/<id>/site/...  the receiver's real dashboard routes (`/`, `/dashboard/…`, `/api/…`)
// A session whose id starts with `sqlite-` stores in an SQLite file in a temporary folder; others in memory.
// Wiring (web-test-runner.config.mjs): `middleware: [..., realReceiverMiddleware]`. Needs `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const sessions = new Map();
let folder;
let server;

async function session(id) {
  if (!sessions.has(id)) {
    sessions.set(
      id,
      (async () => {
        server ??= await import('../../dist/npm/server/index.js');
        const { toNodeHandler, createDashboard } = await import('../../dist/npm/server/node.js');
        let path;
        let store;
        if (id.startsWith('sqlite-')) {
          folder ??= mkdtempSync(join(tmpdir(), 'recipro-wtr-'));
          path = join(folder, `${id}.sqlite`);
          store = await server.openSqliteStore({ path, retentionDays: false });
        } else {
          store = server.createMemoryStore();
        }
        const receiver = server.createReceiver({ store, origins: ['*'], rateLimit: false, log: false });
        const dashboard = createDashboard({ store, dashboardDir: join(root, 'dist', 'dashboard') });
        const prefix = `/__real-receiver/${id}/site`;
        const site = async (request) => {
          const url = new URL(request.url);
          url.pathname = url.pathname.slice(prefix.length) || '/';
          return (await dashboard(new Request(url, request))) ?? new Response('Not found', { status: 404 });
        };
        return { store, path, receiver, handle: toNodeHandler(receiver), site: toNodeHandler(site) };
      })(),
    );
  }
  return sessions.get(id);
}

async function records(store) {
  const out = [];
  let before;
  do {
    const page = await store.list({ limit: 500, before });
    for (const summary of page.results) out.push(await store.get(summary.id));
    before = page.next ?? undefined;
  } while (before);
  return out;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function realReceiverMiddleware(ctx, next) {
  const match = /^\/__real-receiver\/([\w-]+)\/(results|records|raw|reset|script|token|site(?:\/.*)?)$/.exec(ctx.path);
  if (!match) return next();
  const [, id, action] = match;
  if (action === 'reset') {
    const s = await sessions.get(id);
    sessions.delete(id);
    await s?.store.close();
    ctx.status = 204;
    return;
  }
  const s = await session(id);
  const scripted = action === 'results' && ctx.method === 'POST' ? s.script?.shift() : undefined;
  if (action === 'script') {
    s.script = JSON.parse(await readBody(ctx.req));
    ctx.status = 204;
  } else if (typeof scripted === 'number') {
    ctx.status = scripted;
    ctx.body = { ok: false, error: 'scripted failure in front of the receiver' };
  } else if (scripted === 'lost') {
    // The receiver stores the result; its answer never reaches the page.
    const { toRequest } = await import('../../dist/npm/server/node.js');
    const response = await s.receiver(toRequest(ctx.req), { clientAddress: '127.0.0.1' });
    await response.arrayBuffer();
    ctx.status = 502;
    ctx.body = { ok: false, error: 'the answer was lost' };
  } else if (action === 'results' || action.startsWith('site')) {
    ctx.respond = false; // the node adapter writes the answer
    await (action === 'results' ? s.handle : s.site)(ctx.req, ctx.res);
  } else if (action === 'token') {
    const { ensureToken } = await import('../../dist/npm/server/node.js');
    ctx.body = { token: await ensureToken(s.store, true) };
  } else if (action === 'records') {
    ctx.body = await records(s.store);
  } else if (s.path) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(s.path, { readonly: true });
    try {
      ctx.body = db.prepare('SELECT * FROM results ORDER BY id DESC').all();
    } finally {
      db.close();
    }
  } else {
    ctx.status = 404;
  }
}

process.once('exit', () => folder && rmSync(folder, { recursive: true, force: true }));
