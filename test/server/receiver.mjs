// A result receiver for the browser tests, served by the test runner on 127.0.0.1.
//   POST /__receiver/<id>/script   body: [500, 500, 200]  → the statuses to answer in turn (then 200)
//   POST /__receiver/<id>/submit   a submission: recorded, answered with the next scripted status
//   GET  /__receiver/<id>/log      → [{ headers, body }] of every submission
const sessions = new Map();

function session(id) {
  if (!sessions.has(id)) sessions.set(id, { statuses: [], log: [] });
  return sessions.get(id);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function receiverMiddleware(ctx, next) {
  const match = /^\/__receiver\/([\w-]+)\/(script|submit|log)$/.exec(ctx.path);
  if (!match) return next();
  const [, id, action] = match;
  const s = session(id);
  if (action === 'script' && ctx.method === 'POST') {
    s.statuses = JSON.parse(await readBody(ctx.req));
    s.log = [];
    ctx.status = 204;
  } else if (action === 'submit' && ctx.method === 'POST') {
    const body = await readBody(ctx.req);
    s.log.push({
      headers: {
        'content-type': ctx.get('content-type'),
        'idempotency-key': ctx.get('idempotency-key'),
        cookie: ctx.get('cookie'),
      },
      body,
    });
    ctx.status = s.statuses.length ? s.statuses.shift() : 200;
    ctx.body = { ok: ctx.status < 300 };
  } else if (action === 'log') {
    ctx.body = s.log;
  } else {
    ctx.status = 405;
  }
}

/** The strict policy from the README, applied to the test pages under /test/pages/. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export async function cspMiddleware(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/pages/') && ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
}
