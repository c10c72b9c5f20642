import type { OpenResult } from '../crypto/open.js';
import type { ResultEnvelope } from '../core/envelope.js';

/**
 * The HPKE code (and the payload validator) load only once a private key is pasted: a counsellor
 * without encrypted results never downloads them. Opening happens here, in this browser; nothing
 * here makes a request.
 */
const crypto = () => import('../crypto/open.js');

/** True when the text is a private key of the envelope's suite (a P-256 JWK with `d`). */
export async function isPrivateKey(text: string): Promise<boolean> {
  return (await (await crypto()).importPrivateKey(text)) !== undefined;
}

export async function open(envelope: ResultEnvelope, privateKey: string): Promise<OpenResult> {
  return (await crypto()).openEnvelope(envelope, privateKey);
}

export const NOT_A_KEY = 'This is not a private key from recipro-receiver keygen (a JSON Web Key for P-256, with "d").';
