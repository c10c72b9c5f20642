/**
 * CORS for an allow-list of exact origins. A listed origin is echoed back (with `Vary: Origin`),
 * never `*` with credentials; `['*']` allows any origin without credentials (for development).
 */
export const ALLOWED_METHODS = 'POST, OPTIONS';
export const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key';

export interface CorsPolicy {
  /** True when a request from this Origin header (null: none sent) may be answered. */
  allows(origin: string | null): boolean;
  /** The CORS headers for an allowed request's answer. */
  headers(origin: string | null): Record<string, string>;
  /** The answer to a preflight (OPTIONS with Access-Control-Request-Method). */
  preflight(origin: string, request: Request): Response;
}

/** The origin of a URL-like string, or throws a readable error (`https://a.example/` → `https://a.example`). */
export function normalizeOrigin(text: string): string {
  if (text === '*') return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TypeError(`"${text}" is not an origin (such as https://practice.example)`);
  }
  if (url.origin === 'null' || !/^https?:$/.test(url.protocol))
    throw new TypeError(`"${text}" is not an http(s) origin`);
  return url.origin;
}

export function corsPolicy(origins: readonly string[], credentials = false): CorsPolicy {
  const list = new Set(origins.map(normalizeOrigin));
  const any = list.has('*');
  if (any && credentials) throw new TypeError('CORS: credentials cannot be allowed for any origin ("*")');
  const allows = (origin: string | null) => origin === null || any || list.has(origin);
  const headers = (origin: string | null): Record<string, string> => {
    if (origin === null) return any ? {} : { vary: 'Origin' };
    if (any) return { 'access-control-allow-origin': '*' };
    return {
      'access-control-allow-origin': origin,
      vary: 'Origin',
      ...(credentials ? { 'access-control-allow-credentials': 'true' } : {}),
    };
  };
  return {
    allows,
    headers,
    preflight(origin, request) {
      const method = request.headers.get('access-control-request-method');
      const wanted = (request.headers.get('access-control-request-headers') ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      const permitted = ALLOWED_HEADERS.toLowerCase().split(', ');
      const ok = method === 'POST' && wanted.every((h) => permitted.includes(h));
      return new Response(null, {
        status: ok ? 204 : 403,
        headers: {
          ...headers(origin),
          vary: any
            ? 'Access-Control-Request-Method, Access-Control-Request-Headers'
            : 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
          'access-control-allow-methods': ALLOWED_METHODS,
          'access-control-allow-headers': ALLOWED_HEADERS,
          'access-control-max-age': '600',
        },
      });
    },
  };
}
