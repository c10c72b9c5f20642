import * as z from 'zod/mini';
import type { Issue } from './issues.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * The encrypted result envelope: what an element with `submit-key` sends to `submit-url` in
 * place of the result payload. The payload (see payload-schema.ts) is sealed in the reader's
 * browser with HPKE (RFC 9180, base mode) to the practice's public key; only what a receiver
 * needs to de-duplicate and keep retention travels in the clear: the idempotency key, the
 * definition id and version, and when the result was completed.
 *
 * - Suite: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM: all in WebCrypto everywhere.
 * - `info`: the UTF-8 bytes of {@link ENVELOPE_INFO}.
 * - `aad`: {@link envelopeAad}, which binds the clear fields to the ciphertext: a receiver
 *   that changes one makes the envelope fail to open.
 * - Keys travel as base64url (no padding): the public key as its raw uncompressed point
 *   (65 bytes, the `submit-key` attribute), the private key as a JSON Web Key (P-256, with `d`). `keyId` is {@link keyIdOf} the
 *   public key, so a dashboard can say "sealed for another key" before trying to open it.
 * - The plaintext is the UTF-8 JSON of the result payload; after opening, its `key`,
 *   `definition` and `completedAt` must equal the envelope's.
 */
export const ENVELOPE_SCHEMA = 'https://recipro-widgets.dev/schemas/envelope/v1';
export const ENVELOPE_VERSION = 1;
export const ENVELOPE_SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';
export const ENVELOPE_INFO = 'recipro-widgets result envelope v1';

const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/));

export const envelopeSchema = z.object({
  schema: z.literal(ENVELOPE_SCHEMA),
  schemaVersion: z.literal(ENVELOPE_VERSION),
  /** The result payload's idempotency key: a receiver stores each key once. */
  key: z.string().check(z.minLength(8), z.maxLength(100)),
  definition: z.object({ id: z.string().check(z.maxLength(200)), version: z.string().check(z.maxLength(100)) }),
  completedAt: z.iso.datetime(),
  suite: z.literal(ENVELOPE_SUITE),
  /** Which public key the result was sealed to: {@link keyIdOf}. */
  keyId: z.string().check(z.regex(/^[A-Za-z0-9_-]{16}$/)),
  /** HPKE's encapsulated key (the sender's ephemeral public key), base64url. */
  enc: base64url.check(z.maxLength(200)),
  /** The sealed payload, base64url. */
  ciphertext: base64url.check(z.maxLength(90_000)),
});

export type ResultEnvelope = z.infer<typeof envelopeSchema>;

/** Validates an envelope received by a server or opened by a dashboard. Never throws. */
export function parseEnvelope(input: unknown): { ok: true; envelope: ResultEnvelope } | { ok: false; issues: Issue[] } {
  const parsed = z.safeParse(envelopeSchema, input);
  return parsed.success
    ? { ok: true, envelope: parsed.data }
    : { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
}

/** True when a received body claims to be an envelope (then it must parse as one). */
export function isEnvelope(input: unknown): boolean {
  return typeof input === 'object' && input !== null && (input as { schema?: unknown }).schema === ENVELOPE_SCHEMA;
}

type ClearFields = Pick<ResultEnvelope, 'key' | 'definition' | 'completedAt'>;

/** The additional authenticated data: the clear fields, one per line, as UTF-8. */
export function envelopeAad(clear: ClearFields): Uint8Array {
  return new TextEncoder().encode(
    [ENVELOPE_SCHEMA, clear.key, clear.definition.id, clear.definition.version, clear.completedAt].join('\n'),
  );
}

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) as bytes; throws a readable error on anything else. */
export function fromBase64Url(text: string): Uint8Array {
  const clean = text.trim();
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(clean)) throw new Error('not base64url text');
  const binary = atob(clean.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A public key's id: the first 16 base64url characters of the SHA-256 of its raw bytes. */
export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', publicKey as Uint8Array<ArrayBuffer>);
  return toBase64Url(new Uint8Array(digest)).slice(0, 16);
}
