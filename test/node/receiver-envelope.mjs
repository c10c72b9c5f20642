// An encrypted result envelope for the receiver's tests, sealed with @hpke/core as an element with
// `submit-key` seals it (see src/core/envelope.ts), and opened again to prove it is real.
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import {
  ENVELOPE_INFO,
  ENVELOPE_SCHEMA,
  ENVELOPE_SUITE,
  ENVELOPE_VERSION,
  envelopeAad,
  fromBase64Url,
  keyIdOf,
  toBase64Url,
} from '../../dist/npm/core/index.js';

const suite = new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() });
const info = new TextEncoder().encode(ENVELOPE_INFO);

export async function sealPayload(payload) {
  const pair = await suite.kem.generateKeyPair();
  const publicKey = new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey));
  const clear = { key: payload.key, definition: payload.definition, completedAt: payload.completedAt };
  const sealed = await suite.seal(
    { recipientPublicKey: pair.publicKey, info },
    new TextEncoder().encode(JSON.stringify(payload)),
    envelopeAad(clear),
  );
  const envelope = {
    schema: ENVELOPE_SCHEMA,
    schemaVersion: ENVELOPE_VERSION,
    ...clear,
    suite: ENVELOPE_SUITE,
    keyId: await keyIdOf(publicKey),
    enc: toBase64Url(new Uint8Array(sealed.enc)),
    ciphertext: toBase64Url(new Uint8Array(sealed.ct)),
  };
  return { envelope, privateKey: pair.privateKey };
}

/** Opens an envelope with its private key: the payload, parsed. */
export async function openSealed(envelope, privateKey) {
  const plain = await suite.open(
    { recipientKey: privateKey, enc: fromBase64Url(envelope.enc), info },
    fromBase64Url(envelope.ciphertext),
    envelopeAad(envelope),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}
