/** Small helpers for answers in JSON, shared by the receiver and the dashboard API. */
export interface ErrorIssue {
  path: string;
  message: string;
}

export const JSON_HEADERS: Record<string, string> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** `{"ok":false,"error":…,"issues"?:[…]}` with this status. */
export function jsonError(
  status: number,
  error: string,
  headers: Record<string, string> = {},
  issues?: readonly ErrorIssue[],
): Response {
  const body = issues?.length
    ? { ok: false, error, issues: issues.map(({ path, message }) => ({ path, message })) }
    : { ok: false, error };
  return json(status, body, headers);
}

/** The lower-cased media type of a Content-Type header, and its charset if any. */
export function mediaType(header: string | null): { type: string; charset: string | undefined } {
  const [type = '', ...params] = (header ?? '').split(';');
  const charset = params
    .map((p) => p.trim().split('='))
    .find(([name]) => name?.trim().toLowerCase() === 'charset')?.[1]
    ?.trim()
    .replace(/^"|"$/g, '')
    .toLowerCase();
  return { type: type.trim().toLowerCase(), charset };
}

/** A request's path, for logs: never its query (an erasure request carries a key there). */
export function pathOf(request: Request): string {
  try {
    const path = new URL(request.url).pathname;
    return path.length > 200 ? `${path.slice(0, 200)}…` : path;
  } catch {
    return '?';
  }
}

/** One log line: method, path, status, bytes received, duration. Nothing from the body, the query or the headers. */
export function logLine(method: string, path: string, status: number, bytes: number, ms: number): string {
  return `${method} ${path} ${status} ${bytes}B ${Math.round(ms)}ms`;
}
