import type { ResultEnvelope } from '../core/envelope.js';
import type { ResultPayload } from '../core/payload-schema.js';
import type { SealCode } from '../components/shared/submit-controller.js';

/**
 * What `recipro.iife.js` has in place of crypto/seal.ts (see rollup.config.mjs): a classic script
 * cannot load code on demand, and the encryption code (HPKE) would weigh on every page that uses
 * it. An element with `submit-key` there fails closed: it reports why, and sends nothing. Only
 * what the delivery code (submit-controller.ts) uses of seal.ts is here.
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

export async function sealPayload(_payload: ResultPayload, _publicKey: string): Promise<ResultEnvelope> {
  throw new SealError(
    'recipro.iife.js cannot encrypt results',
    'submit-key needs recipro.js (<script type="module">) or the CDN autoloader: recipro.iife.js, the ' +
      'classic-script build, has no encryption code',
  );
}

/** Fails to compile when this stand-in lacks what the delivery code uses of seal.ts. */
export type StandIn<T extends SealCode = typeof import('./seal-unavailable.js')> = T;
