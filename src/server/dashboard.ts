import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { json, jsonError } from './http.js';
import { RECORD_ID, type ListQuery, type ResultStore } from './store.js';
import { TOKEN_META, tokenMatches } from './token.js';

/** The dashboard page's policy (receiver-api.md). */
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

const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': DASHBOARD_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-cache',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DashboardOptions {
  store: ResultStore;
  /** The dashboard's built files (index.html, dashboard.js, …). */
  dashboardDir: string;
}

/** Handles the dashboard's routes; null for any other path (the caller answers those). */
export type DashboardHandler = (request: Request) => Promise<Response | null>;

const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Dashboard not built</title></head>
<body>
<h1>The dashboard is not built</h1>
<p>This receiver is running and storing results, but the dashboard's files are missing.</p>
<p>Run <code>npm run build</code> in recipro-widgets (it writes <code>dist/dashboard/</code>),
then reload this page.</p>
</body>
</html>
`;

function page(status: number, body: string, type = 'text/html; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...PAGE_HEADERS, 'content-type': type } });
}

/** A file under `dir` for a URL path below /dashboard/, or undefined for anything that could leave it. */
function safeFile(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const parts = decoded.split('/');
  if (parts.some((part) => part === '' || part.startsWith('.'))) return undefined;
  const file = resolve(dir, ...parts);
  return file.startsWith(resolve(dir) + sep) ? file : undefined;
}

function queryOf(url: URL): { ok: true; query: ListQuery } | { ok: false; error: string } {
  const query: ListQuery = {};
  const p = url.searchParams;
  for (const name of ['definition', 'band', 'language'] as const) {
    const value = p.get(name);
    if (value === null || value === '') continue;
    if (value.length > 200) return { ok: false, error: `${name} is too long` };
    query[name] = value;
  }
  for (const name of ['since', 'until'] as const) {
    const value = p.get(name);
    if (value === null || value === '') continue;
    if (Number.isNaN(Date.parse(value))) return { ok: false, error: `${name} must be a date (ISO 8601)` };
    query[name] = new Date(value).toISOString();
  }
  const limit = p.get('limit');
  if (limit !== null && limit !== '') {
    if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > 500)
      return { ok: false, error: 'limit must be a whole number from 1 to 500' };
    query.limit = Number(limit);
  }
  const before = p.get('before');
  if (before !== null && before !== '') {
    if (!RECORD_ID.test(before)) return { ok: false, error: 'before must be a record id' };
    query.before = before;
  }
  return { ok: true, query };
}

/**
 * The dashboard's API and pages (receiver-api.md): `/api/…` needs `Authorization: Bearer <token>`,
 * checked against the token's hash in the store; `/` and `/dashboard/<file>` serve the built page
 * under a strict CSP.
 */
export function createDashboard(options: DashboardOptions): DashboardHandler {
  const { store } = options;
  const dir = resolve(options.dashboardDir);

  const authorized = async (request: Request) => {
    const match = /^Bearer ([^\s]+)$/.exec(request.headers.get('authorization') ?? '');
    const stored = await store.getMeta(TOKEN_META);
    return !!match && !!stored && tokenMatches(match[1]!, stored);
  };

  async function api(request: Request, url: URL): Promise<Response> {
    if (!(await authorized(request))) {
      return jsonError(401, 'Sign in with the dashboard token.', { 'www-authenticate': 'Bearer' });
    }
    const path = url.pathname;
    const method = request.method;
    if (path === '/api/session') {
      return method === 'GET' ? json(200, { ok: true }) : jsonError(405, 'Use GET.', { allow: 'GET' });
    }
    if (path === '/api/results') {
      if (method === 'GET') {
        const parsed = queryOf(url);
        if (!parsed.ok) return jsonError(400, parsed.error);
        return json(200, await store.list(parsed.query));
      }
      if (method === 'DELETE') {
        const key = url.searchParams.get('key');
        if (!key) return jsonError(400, 'Name the payload key to erase: DELETE /api/results?key=…');
        return json(200, { deleted: await store.eraseByKey(key) });
      }
      return jsonError(405, 'Use GET or DELETE.', { allow: 'GET, DELETE' });
    }
    const one = /^\/api\/results\/([^/]+)$/.exec(path);
    if (one) {
      const id = one[1]!;
      if (method === 'GET') {
        const record = RECORD_ID.test(id) ? await store.get(id) : null;
        return record ? json(200, { record }) : jsonError(404, 'No such result.');
      }
      if (method === 'DELETE') {
        const deleted = RECORD_ID.test(id) && (await store.delete(id));
        return deleted ? new Response(null, { status: 204 }) : jsonError(404, 'No such result.');
      }
      return jsonError(405, 'Use GET or DELETE.', { allow: 'GET, DELETE' });
    }
    return jsonError(404, 'No such route.');
  }

  async function file(request: Request, path: string): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed\n', {
        status: 405,
        headers: { ...PAGE_HEADERS, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
      });
    try {
      await stat(join(dir, 'index.html'));
    } catch {
      return page(503, NOT_BUILT);
    }
    if (!path) return page(404, 'Not found\n', 'text/plain; charset=utf-8');
    try {
      const real = await realpath(path);
      if (!real.startsWith((await realpath(dir)) + sep) || !(await stat(real)).isFile()) throw new Error('not a file');
      const body = await readFile(real);
      const type = TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...PAGE_HEADERS, 'content-type': type, 'content-length': String(body.byteLength) },
      });
    } catch {
      return page(404, 'Not found\n', 'text/plain; charset=utf-8');
    }
  }

  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return api(request, url);
    if (url.pathname === '/') return file(request, join(dir, 'index.html'));
    if (url.pathname.startsWith('/dashboard/')) {
      return file(request, safeFile(dir, url.pathname.slice('/dashboard/'.length)) ?? '');
    }
    return null;
  };
}
