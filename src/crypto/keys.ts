import { keyIdOf, toBase64Url } from '../core/envelope-format.js';

/** A new key pair for encrypted results (see core/envelope.ts). */
export interface ReciproKeyPair {
  /** The public key for `submit-key`: base64url of the raw uncompressed P-256 point (65 bytes). */
  publicKey: string;
  /** The private key as a JSON Web Key (P-256, with `d`): what a dashboard opens results with. */
  privateKeyJwk: JsonWebKey;
  /** The public key's id, as envelopes carry it. */
  keyId: string;
}

/**
 * Makes a P-256 key pair for sealing results with WebCrypto (Node 20 and browsers alike). The
 * private key is returned as a JSON Web Key with only `kty`, `crv`, `x`, `y` and `d`.
 */
export async function generateKeyPair(): Promise<ReciproKeyPair> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const { kty, crv, x, y, d } = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return { publicKey: toBase64Url(raw), privateKeyJwk: { kty, crv, x, y, d }, keyId: await keyIdOf(raw) };
}
