import type { ResultEnvelope } from './envelope.js';

/**
 * The envelope's constants and byte helpers (see envelope.ts, which documents the format and
 * re-exports all of these): kept free of zod, so that the code sealing a result in the browser
 * (crypto/seal.ts) stays small.
 */
export const ENVELOPE_SCHEMA = 'https://recipro-widgets.dev/schemas/envelope/v1';
export const ENVELOPE_VERSION = 1;
export const ENVELOPE_SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';
export const ENVELOPE_INFO = 'recipro-widgets result envelope v1';

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
