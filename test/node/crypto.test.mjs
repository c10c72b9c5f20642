// End-to-end encryption in Node: results sealed to a public key (crypto/seal.ts) open with its
// private key (crypto/open.ts) and with nothing else, and `recipro-receiver keygen` writes a key
// pair that works. The sources are bundled with esbuild first (keygen and the crypto modules are
// not entries of the npm build). The last part reads the browser builds (`npm run build`).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;
const work = await mkdtemp(join(tmpdir(), 'recipro-crypto-'));
await build({
  absWorkingDir: root,
  entryPoints: {
    seal: 'src/crypto/seal.ts',
    open: 'src/crypto/open.ts',
    keys: 'src/crypto/keys.ts',
    keygen: 'src/server/keygen.ts',
    core: 'src/core/index.ts',
  },
  outdir: join(work, 'build'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'error',
});
const load = (name) => import(join(work, 'build', `${name}.js`));
const { sealPayload, PublicKeyError } = await load('seal');
const { openEnvelope } = await load('open');
const { generateKeyPair } = await load('keys');
const { runKeygen } = await load('keygen');
const { createResultPayload, parseEnvelope, scoreQuiz, toBase64Url } = await load('core');

const quiz = {
  kind: 'quiz',
  id: 'sealed-quiz',
  version: '3',
  title: 'Sealed quiz',
  disclaimer: 'A reflection tool, not a diagnosis.',
  scales: [{ id: 'agree', options: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })) }],
  dimensions: [
    { id: 'give', label: 'Give' },
    { id: 'receive', label: 'Receive' },
  ],
  items: [
    { id: 'g1', text: 'I help.', scale: 'agree', dimension: 'give' },
    { id: 'r1', text: 'I am helped.', scale: 'agree', dimension: 'receive' },
  ],
  scores: [{ id: 'lean', kind: 'difference', of: ['give', 'receive'] }],
  bandings: [
    {
      id: 'overall',
      score: 'lean',
      bands: [
        { id: 'receive-more', min: -100, max: -20, label: 'You receive more', summary: '…' },
        { id: 'balanced', min: -20, max: 20, label: 'Balanced', summary: '…' },
        { id: 'carry-more', min: 20, max: 100, label: 'You carry more', summary: '…' },
      ],
    },
  ],
};
const payload = createResultPayload(scoreQuiz(quiz, { g1: 5, r1: 1 }), {
  include: ['scores', 'answers'],
  answers: { g1: 5, r1: 1 },
  locale: 'en',
  now: new Date('2026-11-30T10:00:00.000Z'),
});
const pair = await generateKeyPair();
const privateKey = JSON.stringify(pair.privateKeyJwk);

after(() => rm(work, { recursive: true, force: true }));

describe('sealing a result (crypto/seal.ts)', () => {
  it('seals to an envelope that opens with the private key to the same payload', async () => {
    const envelope = await sealPayload(payload, pair.publicKey);
    assert.deepEqual(parseEnvelope(JSON.parse(JSON.stringify(envelope))), { ok: true, envelope });
    assert.deepEqual(
      { ...envelope, enc: '…', ciphertext: '…' },
      {
        schema: 'https://recipro-widgets.dev/schemas/envelope/v1',
        schemaVersion: 1,
        key: payload.key,
        definition: { id: 'sealed-quiz', version: '3' },
        completedAt: '2026-11-30T10:00:00.000Z',
        suite: 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM',
        keyId: pair.keyId,
        enc: '…',
        ciphertext: '…',
      },
    );
    // The encapsulated key is an uncompressed P-256 point: 65 bytes, 87 base64url characters.
    assert.equal(envelope.enc.length, 87);
    assert.deepEqual(await openEnvelope(envelope, privateKey), { ok: true, payload });
  });

  it('leaves nothing of the result readable: no band, no score, no answer, no language', async () => {
    // The payload itself holds each of these words (else their absence below proves nothing).
    assert.deepEqual(payload.result.band, { id: 'carry-more', label: 'You carry more' });
    assert.deepEqual([Object.keys(payload.answers), payload.locale], [['g1', 'r1'], 'en']);
    const { enc, ciphertext, ...clear } = await sealPayload(payload, pair.publicKey);
    const text = JSON.stringify(clear);
    const sealed = Buffer.concat([Buffer.from(enc, 'base64url'), Buffer.from(ciphertext, 'base64url')]);
    for (const word of ['carry-more', 'You carry more', 'lean', 'answers', 'g1', '"en"', 'locale', 'result']) {
      assert.equal(text.includes(word), false, `${word} is in the clear fields`);
      // Long enough words cannot turn up by chance in the sealed bytes.
      if (word.length >= 6) assert.equal(sealed.includes(word), false, `${word} is in the sealed bytes`);
    }
    assert.equal(sealed.includes(JSON.stringify(payload.result)), false);
  });

  it('seals each time anew: two envelopes of one payload differ', async () => {
    const [a, b] = await Promise.all([sealPayload(payload, pair.publicKey), sealPayload(payload, pair.publicKey)]);
    assert.notEqual(a.enc, b.enc);
    assert.notEqual(a.ciphertext, b.ciphertext);
  });

  it('another private key says wrong-key', async () => {
    const other = await generateKeyPair();
    const envelope = await sealPayload(payload, pair.publicKey);
    const opened = await openEnvelope(envelope, JSON.stringify(other.privateKeyJwk));
    assert.equal(opened.ok, false);
    assert.equal(opened.reason, 'wrong-key');
  });

  it('a changed clear field (time, key, definition) or ciphertext says corrupt', async () => {
    const envelope = await sealPayload(payload, pair.publicKey);
    const flipped = envelope.ciphertext.startsWith('A')
      ? `B${envelope.ciphertext.slice(1)}`
      : `A${envelope.ciphertext.slice(1)}`;
    for (const changed of [
      { ...envelope, completedAt: '2026-11-30T10:00:01.000Z' },
      { ...envelope, key: `${envelope.key}x` },
      { ...envelope, definition: { id: 'sealed-quiz', version: '4' } },
      { ...envelope, ciphertext: flipped },
    ]) {
      const opened = await openEnvelope(changed, privateKey);
      assert.equal(opened.ok, false);
      assert.equal(opened.reason, 'corrupt');
    }
  });

  it('refuses a public key that is not one, saying why', async () => {
    const point = Buffer.from(pair.publicKey, 'base64url');
    const offCurve = Buffer.from(point);
    offCurve[64] ^= 1;
    const cases = [
      ['', /submit-key is not a valid public key: it is 0 bytes long/],
      ['not a key!', /submit-key is not a valid public key: it is not base64url text/],
      [toBase64Url(point.subarray(0, 64)), /it is 64 bytes long, not an uncompressed 65-byte P-256 point/],
      [toBase64Url(Buffer.concat([Buffer.from([2]), point.subarray(1, 33)])), /it is 33 bytes long/],
      [toBase64Url(offCurve), /it is not a point on the P-256 curve/],
      [privateKey, /it is not base64url text/],
    ];
    for (const [key, message] of cases) {
      await assert.rejects(sealPayload(payload, key), (error) => {
        assert.ok(error instanceof PublicKeyError);
        assert.equal(error.reason, 'submit-key is not a valid public key');
        assert.match(error.message, message);
        assert.match(error.message, /recipro-receiver keygen/);
        return true;
      });
    }
  });
});

describe('recipro-receiver keygen (server/keygen.ts)', () => {
  let dir;
  const run = async (args) => {
    const log = [];
    const error = [];
    const code = await runKeygen(args, { log: (line) => log.push(line), error: (line) => error.push(line) });
    return { code, log: log.join('\n'), error: error.join('\n') };
  };
  before(async () => {
    dir = join(work, 'keys', 'nested');
  });

  it('writes the private key (mode 0600) and the public key, and prints the attribute', async () => {
    const { code, log, error } = await run(['--out', dir]);
    assert.equal(code, 0);
    assert.equal(error, '');
    const privateText = await readFile(join(dir, 'recipro-private-key.jwk.json'), 'utf8');
    const publicText = (await readFile(join(dir, 'recipro-public-key.txt'), 'utf8')).trim();
    assert.equal((await stat(join(dir, 'recipro-private-key.jwk.json'))).mode & 0o777, 0o600);
    assert.deepEqual(Object.keys(JSON.parse(privateText)).sort(), ['crv', 'd', 'kty', 'x', 'y']);
    assert.equal(JSON.parse(privateText).crv, 'P-256');
    assert.match(publicText, /^[A-Za-z0-9_-]{87}$/);
    assert.ok(log.includes(`  submit-key="${publicText}"`), log);
    assert.match(log, /Keep the private key OFF the server/);
    // The pair works: sealed to the printed key, opened with the written one.
    const sealed = await sealPayload(payload, publicText);
    assert.deepEqual(await openEnvelope(sealed, privateText), { ok: true, payload });
  });

  it('refuses to replace a private key, and leaves both files as they were', async () => {
    const before = await readFile(join(dir, 'recipro-private-key.jwk.json'), 'utf8');
    const publicBefore = await readFile(join(dir, 'recipro-public-key.txt'), 'utf8');
    const { code, log, error } = await run([`--out=${dir}`]);
    assert.equal(code, 1);
    assert.equal(log, '');
    assert.match(error, /recipro-private-key\.jwk\.json already exists: keygen does not replace a private key/);
    assert.match(error, /--force/);
    assert.equal(await readFile(join(dir, 'recipro-private-key.jwk.json'), 'utf8'), before);
    assert.equal(await readFile(join(dir, 'recipro-public-key.txt'), 'utf8'), publicBefore);
  });

  it('replaces it with --force, still mode 0600 even over a readable file', async () => {
    const path = join(dir, 'recipro-private-key.jwk.json');
    const before = await readFile(path, 'utf8');
    await writeFile(path, before, { mode: 0o644 });
    const { code } = await run(['--out', dir, '--force']);
    assert.equal(code, 0);
    assert.notEqual(await readFile(path, 'utf8'), before);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
  });

  it('answers a bad option with the usage, writing nothing', async () => {
    const empty = join(work, 'unused');
    for (const args of [['--out'], ['--outdir', empty], ['--out', empty, 'extra']]) {
      const { code, error } = await run(args);
      assert.equal(code, 2);
      assert.match(error, /Usage: recipro-receiver keygen \[--out <dir>\] \[--force\]/);
    }
    assert.equal(existsSync(empty), false);
  });
});

describe('the sealing code in the builds', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const read = (path) => readFileSync(new URL(path, dist), 'utf8');
  for (const build of ['', 'cdn/']) {
    it(`dist/${build}: a chunk of its own, imported only on demand by the delivery code`, () => {
      const manifest = JSON.parse(read(`${build}manifest.json`));
      const holders = Object.keys(manifest).filter((file) =>
        manifest[file].modules.some((m) => m.includes('@hpke/') || m === 'src/crypto/seal.ts'),
      );
      assert.equal(holders.length, 1, holders.join(', '));
      const [seal] = holders;
      assert.match(seal, /^chunks\/seal-[\w-]+\.js$/);
      assert.deepEqual(manifest[seal].imports, [], 'it imports no other chunk (no zod)');
      const importers = Object.keys(manifest).filter((file) => manifest[file].imports.includes(seal));
      const loaders = Object.keys(manifest).filter((file) => manifest[file].dynamicImports.includes(seal));
      assert.deepEqual(importers, []);
      assert.equal(loaders.length, 1);
      assert.match(loaders[0], /^chunks\/submit-controller-[\w-]+\.js$/);
    });
  }

  it('the built, minified chunk seals what openEnvelope opens', async () => {
    for (const build of ['', 'cdn/']) {
      const [file] = readdirSync(new URL(`${build}chunks/`, dist)).filter((f) => /^seal-.*\.js$/.test(f));
      const built = await import(new URL(`${build}chunks/${file}`, dist).href);
      const envelope = await built.sealPayload(payload, pair.publicKey);
      assert.deepEqual(await openEnvelope(envelope, privateKey), { ok: true, payload });
      await assert.rejects(built.sealPayload(payload, 'nope'), /submit-key is not a valid public key/);
    }
  });

  it('recipro.iife.js has none of it, and says why submit-key cannot work there', () => {
    const iife = read('recipro.iife.js');
    assert.equal(iife.includes('Invalid public key for the ciphersuite'), false);
    assert.ok(iife.includes('recipro.iife.js cannot encrypt results'));
    const [seal] = readdirSync(new URL('chunks/', dist)).filter((f) => /^seal-.*\.js$/.test(f));
    assert.ok(read(`chunks/${seal}`).includes('Invalid public key for the ciphersuite'));
  });

  it('the npm build leaves @hpke/core to the app (a dependency, like lit and zod)', () => {
    assert.match(read('npm/crypto/suite.js'), /from '@hpke\/core'/);
    assert.equal(existsSync(new URL('npm/node_modules', dist)), false);
  });
});
