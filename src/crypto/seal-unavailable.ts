import type { ResultEnvelope } from '../core/envelope.js';
import type { ResultPayload } from '../core/payload-schema.js';

/**
 * What `recipro.iife.js` has in place of crypto/seal.ts (see rollup.config.mjs): a classic script
 * cannot load code on demand, and the encryption code (HPKE) would weigh on every page that uses
 * it. An element with `submit-key` there fails closed: it reports why, and sends nothing.
 */
export const INVALID_PUBLIC_KEY = 'submit-key is not a valid public key';

export class SealError extends Error {
  override name = 'SealError';
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export class PublicKeyError extends SealError {}

export async function sealPayload(_payload: ResultPayload, _publicKey: string): Promise<ResultEnvelope> {
  throw new SealError(
    'recipro.iife.js cannot encrypt results',
    'submit-key needs recipro.js (<script type="module">) or the CDN autoloader: recipro.iife.js, the ' +
      'classic-script build, has no encryption code',
  );
}
