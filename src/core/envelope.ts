import * as z from 'zod/mini';
import { ENVELOPE_SCHEMA, ENVELOPE_SUITE, ENVELOPE_VERSION } from './envelope-format.js';
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
 *   (65 bytes, the `submit-key` attribute), the private key as a JSON Web Key (P-256, with `d`).
 *   `keyId` is {@link keyIdOf} the public key, so a dashboard can say "sealed for another key"
 *   before trying to open it.
 * - The plaintext is the UTF-8 JSON of the result payload; after opening, its `key`,
 *   `definition` and `completedAt` must equal the envelope's.
 */
// The constants and byte helpers live apart from the schema, so the sealing code (crypto/seal.ts)
// does not pull zod into its chunk; they are part of this module's API all the same.
export {
  ENVELOPE_INFO,
  ENVELOPE_SCHEMA,
  ENVELOPE_SUITE,
  ENVELOPE_VERSION,
  envelopeAad,
  fromBase64Url,
  keyIdOf,
  toBase64Url,
} from './envelope-format.js';

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
