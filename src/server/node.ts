import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from './body.js';

/** A Fetch-API handler, as `createReceiver` returns; the adapter passes `{ clientAddress }` beside the request. */
export type FetchHandler = (request: Request, context: { clientAddress?: string }) => Promise<Response> | Response;

export interface NodeHandlerOptions {
  /** Read at most this many bytes of a body (one chunk more tells the handler it is too large). Default 64 KB. */
  maxBodyBytes?: number;
  /** The origin requests are addressed to, for `request.url`. Default: `http://<Host header>`. */
  origin?: string;
}

/** A `node:http` request's body as a web stream that stops reading the socket past `limit`. */
function bodyOf(req: IncomingMessage, limit: number, state: { unread: boolean }): ReadableStream<Uint8Array> {
  let received = 0;
  let finished = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const stop = () => {
        finished = true;
        req.off('data', onData);
        req.pause();
      };
      const onData = (chunk: Buffer) => {
        if (finished) return;
        received += chunk.byteLength;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (received > limit) {
          // Enough to know it is too large: the rest stays unread, and the connection closes after the answer.
          state.unread = true;
          stop();
          controller.close();
        } else if ((controller.desiredSize ?? 1) <= 0) req.pause();
      };
      req.on('data', onData);
      req.on('end', () => {
        if (finished) return;
        finished = true;
        controller.close();
      });
      req.on('error', (error) => {
        if (finished) return;
        finished = true;
        controller.error(error);
      });
      req.pause();
    },
    pull() {
      if (!finished) req.resume();
    },
    cancel() {
      finished = true;
      state.unread = !req.complete;
      req.pause();
    },
  });
}

/** Turns a `node:http` request into a Fetch `Request` (the body streamed, with the size limit). */
export function toRequest(req: IncomingMessage, options: NodeHandlerOptions = {}, state = { unread: false }): Request {
  const origin = options.origin ?? `http://${req.headers.host ?? 'localhost'}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? bodyOf(req, options.maxBodyBytes ?? MAX_BODY_BYTES, state) : null,
    // Required by Node's fetch for a streamed body.
    duplex: 'half',
  } as RequestInit);
}

/** Writes a Fetch `Response` to a `node:http` response, streaming its body. */
export async function writeResponse(response: Response, res: ServerResponse, closeAfter = false): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  if (closeAfter) headers.connection = 'close';
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
    }
  } finally {
    res.end();
  }
}

/**
 * Serves a Fetch-API handler (such as `createReceiver(…)`) with `node:http`:
 * `http.createServer(toNodeHandler(receiver)).listen(8787)`. The handler gets the socket's address
 * as `clientAddress` (the receiver rate-limits by it; `X-Forwarded-For` counts only with `trustProxy`).
 */
export function toNodeHandler(handler: FetchHandler, options: NodeHandlerOptions = {}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const state = { unread: false };
    let response: Response;
    try {
      const request = toRequest(req, options, state);
      response = await handler(request, { clientAddress: req.socket.remoteAddress });
    } catch {
      response = new Response(JSON.stringify({ ok: false, error: 'The server could not answer this request.' }), {
        status: 500,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    }
    try {
      await writeResponse(response, res, state.unread || !req.complete);
    } catch {
      res.destroy();
    }
  };
}

/** The dashboard's API and pages, for a Node server of your own (the CLI's, without the CLI). */
export { createDashboard, DASHBOARD_CSP, type DashboardOptions, type DashboardHandler } from './dashboard.js';
/** The dashboard token: `ensureToken(store)` creates one at first start (returned once; only its hash is kept). */
export { ensureToken, createToken } from './token.js';
