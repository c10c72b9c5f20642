import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';

/**
 * The one HPKE cipher suite results are sealed with (see core/envelope.ts, ENVELOPE_SUITE):
 * DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, all on the platform's WebCrypto. Made
 * once per page, on first use: only code that seals or opens an envelope imports this module.
 */
let suite: CipherSuite | undefined;

export function hpkeSuite(): CipherSuite {
  return (suite ??= new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() }));
}
