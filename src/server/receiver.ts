import { isEnvelope, parseEnvelope } from '../core/envelope.js';
import { parseResultPayload } from '../core/payload-schema.js';
import { MAX_BODY_BYTES, readBody } from './body.js';
import { ALLOWED_METHODS, corsPolicy } from './cors.js';
import { json, jsonError, logLine, mediaType, pathOf } from './http.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { findDefinition, indexDefinitions, rescore } from './rescore.js';
import type { NewRecord, ResultStore } from './store.js';

/**
 * What a platform passes beside the request, when it does: the Node adapter's `{ clientAddress }`,
 * Deno.serve's `info` (`remoteAddr.hostname`), Bun's server (`requestIP`). Anything else is ignored.
 */
export interface ReceiverContext {
  clientAddress?: string;
  remoteAddr?: { hostname?: string };
  requestIP?: (request: Request) => { address?: string } | null;
}

/** A Fetch-API handler: Node (through `toNodeHandler`), Deno, Bun, Cloudflare Workers, route handlers. */
export type Receiver = (request: Request, context?: unknown) => Promise<Response>;

export interface ReceiverOptions {
  /** Where results go: `createMemoryStore()`, `await openSqliteStore({ path })`, or your own. */
  store: ResultStore;
  /**
   * Origins whose pages may submit (exact, such as `https://practice.example`); a request with any
   * other Origin header is refused (403) and nothing is stored. Requests without an Origin header (not
   * from a browser) are accepted. `['*']` accepts any origin (development only). Default: none.
   */
  origins?: readonly string[];
  /** Answer `Access-Control-Allow-Credentials: true` to listed origins (never with `*`). Default false. */
  credentials?: boolean;
  /**
   * The definitions results may be for: parsed definitions, objects or JSON text. When given, a result
   * for any other id/version is refused (422), and one that includes its answers is re-scored.
   */
  definitions?: readonly unknown[];
  /** A token bucket per client address; `false` turns it off. Default: 30 at once, 0.5 more a second. */
  rateLimit?: RateLimitOptions | false;
  /** The client's address, for the rate limit. Default: what the platform passes (the socket's address). */
  clientAddress?: (request: Request, context: ReceiverContext | undefined) => string | null | undefined;
  /** Take the client's address from `X-Forwarded-For` (its last entry, added by your proxy): only behind your proxy. */
  trustProxy?: boolean;
  /** The largest body accepted. Default 64 KB. */
  maxBodyBytes?: number;
  /** Gets one line per request (method, path, status, bytes received, ms); `false` for none. Default `console.log`. */
  log?: ((line: string) => void) | false;
  /** The clock (tests inject one): the time results are received. */
  now?: () => number;
}

const ACCEPTED_TYPES = new Set(['application/json', 'text/plain']);

function lastForwarded(header: string | null): string | undefined {
  const entries = (header ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return entries[entries.length - 1];
}

/**
 * Creates a receiver for result payloads and envelopes: validates, de-duplicates on the payload key,
 * re-scores what it can, stores, and answers in JSON (see receiver-api.md). Mount it on one path;
 * it answers POST (and OPTIONS for CORS) there.
 */
export function createReceiver(options: ReceiverOptions): Receiver {
  const { store } = options;
  if (!store || typeof store.put !== 'function') throw new TypeError('createReceiver needs a store');
  const cors = corsPolicy(options.origins ?? [], options.credentials ?? false);
  const definitions = options.definitions ? indexDefinitions(options.definitions) : undefined;
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit ?? {});
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = options.log === false ? undefined : (options.log ?? ((line: string) => console.log(line)));
  const now = options.now ?? Date.now;

  const addressOf = (request: Request, context: ReceiverContext | undefined): string => {
    if (options.clientAddress) return options.clientAddress(request, context) || 'unknown';
    if (options.trustProxy) {
      const forwarded = lastForwarded(request.headers.get('x-forwarded-for'));
      if (forwarded) return forwarded;
    }
    return (
      context?.clientAddress ||
      context?.remoteAddr?.hostname ||
      (typeof context?.requestIP === 'function' ? context.requestIP(request)?.address : undefined) ||
      'unknown'
    );
  };

  async function handle(
    request: Request,
    context: ReceiverContext | undefined,
    counted: { bytes: number },
  ): Promise<Response> {
    const origin = request.headers.get('origin');
    const allowed = cors.allows(origin);
    const corsHeaders = allowed ? cors.headers(origin) : {};

    if (request.method === 'OPTIONS') {
      if (!allowed) return jsonError(403, 'This origin may not submit results here.');
      if (origin !== null && request.headers.has('access-control-request-method'))
        return cors.preflight(origin, request);
      return new Response(null, { status: 204, headers: { allow: ALLOWED_METHODS, ...corsHeaders } });
    }
    if (request.method !== 'POST') {
      return jsonError(405, `${request.method} is not accepted here: send results with POST.`, {
        allow: ALLOWED_METHODS,
        ...corsHeaders,
      });
    }
    if (!allowed) return jsonError(403, 'This origin may not submit results here.');

    if (limiter) {
      const decision = limiter.take(addressOf(request, context));
      if (!decision.ok) {
        return jsonError(429, 'Too many requests: try again later.', {
          'retry-after': String(decision.retryAfterSeconds),
          ...corsHeaders,
        });
      }
    }

    const { type, charset } = mediaType(request.headers.get('content-type'));
    if (!ACCEPTED_TYPES.has(type) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
      return jsonError(415, 'Send the result as application/json or text/plain (UTF-8).', corsHeaders);
    }

    const body = await readBody(request, limit);
    if (!body.ok) {
      counted.bytes = body.received;
      return jsonError(413, `The body is larger than ${limit} bytes.`, corsHeaders);
    }
    counted.bytes = body.bytes.byteLength;

    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes));
    } catch {
      return jsonError(400, 'The body is not valid JSON (UTF-8).', corsHeaders);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return jsonError(400, 'The body must be a JSON object: a result payload or an envelope.', corsHeaders);
    }

    const receivedAt = new Date(now()).toISOString();
    let record: NewRecord;
    if (isEnvelope(value)) {
      const parsed = parseEnvelope(value);
      if (!parsed.ok) return jsonError(422, 'This is not a valid result envelope.', corsHeaders, parsed.issues);
      const { envelope } = parsed;
      record = {
        key: envelope.key,
        receivedAt,
        completedAt: envelope.completedAt,
        definitionId: envelope.definition.id,
        definitionVersion: envelope.definition.version,
        encrypted: true,
        kind: null,
        band: null,
        language: null,
        relationship: null,
        envelope,
      };
    } else {
      const parsed = parseResultPayload(value);
      if (!parsed.ok) return jsonError(422, 'This is not a valid result payload.', corsHeaders, parsed.issues);
      const { payload } = parsed;
      record = {
        key: payload.key,
        receivedAt,
        completedAt: payload.completedAt,
        definitionId: payload.definition.id,
        definitionVersion: payload.definition.version,
        encrypted: false,
        kind: payload.result.kind,
        band: 'band' in payload.result && payload.result.band ? payload.result.band : null,
        language: payload.locale ?? null,
        relationship: payload.relationship ?? null,
        payload,
      };
    }

    const headerKey = request.headers.get('idempotency-key');
    if (headerKey !== null && headerKey !== record.key) {
      return jsonError(422, 'The Idempotency-Key header does not match the key in the body.', corsHeaders);
    }

    if (definitions) {
      const definition = findDefinition(definitions, record.definitionId, record.definitionVersion);
      if (!definition) {
        return jsonError(422, 'Unknown definition: this receiver does not take results for it.', corsHeaders, [
          { path: 'definition', message: 'no definition with this id and version is configured' },
        ]);
      }
      if (record.payload) {
        const checked = rescore(record.payload, definition);
        if (!checked.ok) return jsonError(422, `Rejected: ${checked.error}.`, corsHeaders);
      }
    }

    const { id, created } = await store.put(record);
    return created
      ? json(201, { ok: true, id }, corsHeaders)
      : json(200, { ok: true, id, duplicate: true }, corsHeaders);
  }

  return async (request, context) => {
    const started = performance.now();
    const counted = { bytes: 0 };
    let response: Response;
    try {
      response = await handle(request, context as ReceiverContext | undefined, counted);
    } catch {
      // The error itself is not logged: a store's message could quote what it was given.
      const origin = request.headers.get('origin');
      const headers = cors.allows(origin) ? cors.headers(origin) : {};
      response = jsonError(500, 'The result could not be stored: try again later.', headers);
    }
    log?.(logLine(request.method, pathOf(request), response.status, counted.bytes, performance.now() - started));
    return response;
  };
}
