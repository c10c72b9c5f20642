import {
  envelopeAad,
  ENVELOPE_INFO,
  ENVELOPE_SCHEMA,
  ENVELOPE_SUITE,
  ENVELOPE_VERSION,
  fromBase64Url,
  keyIdOf,
  toBase64Url,
} from '../core/envelope-format.js';
import type { ResultEnvelope } from '../core/envelope.js';
import type { ResultPayload } from '../core/payload-schema.js';
import { hpkeSuite } from './suite.js';

/** The text a public key that cannot be used is reported with (the element's `recipro-submit-error` reason). */
export const INVALID_PUBLIC_KEY = 'submit-key is not a valid public key';

/**
 * Why a result could not be sealed: `reason` in a few words (an element's `recipro-submit-error`),
 * `message` in full (the console).
 */
export class SealError extends Error {
  override name = 'SealError';
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** A `submit-key` (or a public key given to {@link sealPayload}) that is not a P-256 public key. */
export class PublicKeyError extends SealError {
  override name = 'PublicKeyError';
  constructor(detail: string) {
    super(
      INVALID_PUBLIC_KEY,
      `${INVALID_PUBLIC_KEY}: ${detail} (expected the base64url text that \`recipro-receiver keygen\` prints)`,
    );
  }
}

/**
 * A public key as `recipro-receiver keygen` prints it (base64url of the raw uncompressed P-256
 * point, 65 bytes), imported for HPKE, with its {@link keyIdOf}. Throws a {@link PublicKeyError}
 * that says what is wrong with anything else.
 */
export async function importPublicKey(text: string): Promise<{ key: CryptoKey; keyId: string }> {
  if (!globalThis.crypto?.subtle)
    throw new SealError(
      'encryption needs a secure (https) page',
      'submit-key needs WebCrypto, which browsers offer only on secure (https) pages',
    );
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(text);
  } catch {
    throw new PublicKeyError('it is not base64url text');
  }
  if (bytes.length !== 65 || bytes[0] !== 4)
    throw new PublicKeyError(`it is ${bytes.length} bytes long, not an uncompressed 65-byte P-256 point`);
  let key: CryptoKey;
  try {
    key = await hpkeSuite().kem.deserializePublicKey(bytes);
  } catch {
    throw new PublicKeyError('it is not a point on the P-256 curve');
  }
  return { key, keyId: await keyIdOf(bytes) };
}

/**
 * Seals a result payload to the practice's public key (HPKE base mode, see core/envelope.ts):
 * only the idempotency key, the definition id and version and the completion time stay readable,
 * and they are bound to the ciphertext as its additional data. Runs in the browser and in Node
 * (WebCrypto). Throws a {@link PublicKeyError} for a key that is not one; never returns the
 * payload in the clear.
 */
export async function sealPayload(payload: ResultPayload, publicKey: string): Promise<ResultEnvelope> {
  const { key, keyId } = await importPublicKey(publicKey);
  const clear = {
    key: payload.key,
    definition: { id: payload.definition.id, version: payload.definition.version },
    completedAt: payload.completedAt,
  };
  const { enc, ct } = await hpkeSuite().seal(
    { recipientPublicKey: key, info: new TextEncoder().encode(ENVELOPE_INFO) },
    new TextEncoder().encode(JSON.stringify(payload)),
    envelopeAad(clear),
  );
  return {
    schema: ENVELOPE_SCHEMA,
    schemaVersion: ENVELOPE_VERSION,
    ...clear,
    suite: ENVELOPE_SUITE,
    keyId,
    enc: toBase64Url(new Uint8Array(enc)),
    ciphertext: toBase64Url(new Uint8Array(ct)),
  };
}
