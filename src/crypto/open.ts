import { envelopeAad, ENVELOPE_INFO, fromBase64Url, keyIdOf, type ResultEnvelope } from '../core/envelope.js';
import { parseResultPayload, type ResultPayload } from '../core/payload-schema.js';
import { hpkeSuite } from './suite.js';

/** Why an envelope could not be opened, for a person to read. */
export type OpenFailure =
  /** The text pasted is not a private key of this suite. */
  | 'invalid-key'
  /** The envelope was sealed to another public key (its keyId differs). */
  | 'wrong-key'
  /** The ciphertext or its clear fields were changed, or the key does not open it. */
  | 'corrupt'
  /** It opened, but what is inside is not a result payload matching the clear fields. */
  | 'mismatch';

export type OpenResult = { ok: true; payload: ResultPayload } | { ok: false; reason: OpenFailure; message: string };

const MESSAGES: Record<OpenFailure, string> = {
  'invalid-key': 'This is not a private key from `recipro-receiver keygen` (a JSON Web Key for P-256).',
  'wrong-key': 'This result was encrypted for a different key.',
  corrupt: 'This result could not be decrypted: it was changed, or this key does not open it.',
  mismatch: 'This result decrypted, but what it holds does not match its envelope.',
};

const fail = (reason: OpenFailure): OpenResult => ({ ok: false, reason, message: MESSAGES[reason] });

/**
 * A private key as a JSON Web Key (P-256, with `d`, `x` and `y`: what `recipro-receiver keygen`
 * writes) and its public key's id, or undefined when the text is not one.
 */
export async function importPrivateKey(text: string): Promise<{ key: CryptoKey; keyId: string } | undefined> {
  try {
    const jwk = JSON.parse(text) as JsonWebKey;
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y) return undefined;
    const key = await hpkeSuite().kem.importKey('jwk', { ...jwk, key_ops: ['deriveBits'] }, false);
    const point = new Uint8Array([4, ...fromBase64Url(jwk.x), ...fromBase64Url(jwk.y)]);
    return { key, keyId: await keyIdOf(point) };
  } catch {
    return undefined;
  }
}

/**
 * Opens an envelope with the practice's private key (a JSON Web Key, as `recipro-receiver keygen`
 * writes it), in the browser or in Node. Never throws; the key never leaves this function.
 */
export async function openEnvelope(envelope: ResultEnvelope, privateKey: string): Promise<OpenResult> {
  const imported = await importPrivateKey(privateKey);
  if (!imported) return fail('invalid-key');
  if (imported.keyId !== envelope.keyId) return fail('wrong-key');
  let plaintext: ArrayBuffer;
  try {
    plaintext = await hpkeSuite().open(
      {
        recipientKey: imported.key,
        enc: fromBase64Url(envelope.enc),
        info: new TextEncoder().encode(ENVELOPE_INFO),
      },
      fromBase64Url(envelope.ciphertext),
      envelopeAad(envelope),
    );
  } catch {
    return fail('corrupt');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    return fail('mismatch');
  }
  const parsed = parseResultPayload(json);
  if (!parsed.ok) return fail('mismatch');
  const { payload } = parsed;
  const same =
    payload.key === envelope.key &&
    payload.definition.id === envelope.definition.id &&
    payload.definition.version === envelope.definition.version &&
    payload.completedAt === envelope.completedAt;
  return same ? { ok: true, payload } : fail('mismatch');
}
