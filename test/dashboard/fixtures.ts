// Stored results for the fake dashboard API: a clear quiz, a clear checklist whose texts try
// formula injection, and a checklist sealed with HPKE here, straight with @hpke/core (not with the
// library's own sealing), to a key pair made for the test.
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import {
  ENVELOPE_INFO,
  ENVELOPE_SCHEMA,
  ENVELOPE_SUITE,
  envelopeAad,
  keyIdOf,
  toBase64Url,
  type ResultEnvelope,
} from '../../src/core/envelope.js';
import type { ResultPayload } from '../../src/core/payload-schema.js';
import type { RecordDetail } from '../../src/dashboard/types.js';

export const TOKEN = 'right-token-5b1f0c2e9a';

export const quizPayload: ResultPayload = {
  schema: 'recipro-result',
  schemaVersion: 1,
  key: 'key-quiz-000001',
  definition: { id: 'reciprocity-balance', version: '1.0.0' },
  locale: 'en',
  relationship: 'partner',
  completedAt: '2026-11-20T10:00:00.000Z',
  result: {
    kind: 'quiz',
    band: { id: 'balanced', label: 'Mostly balanced' },
    bands: [],
    scores: { giving: 3.5, receiving: 2.25 },
    focus: ['receiving'],
    steps: [],
    completeness: { answered: 12, total: 12, sufficient: true },
  },
  answers: { q1: 4, q2: 2 },
};

export const quizRecord: RecordDetail = {
  id: 'r-quiz',
  key: quizPayload.key,
  receivedAt: '2026-11-20T10:00:05.000Z',
  completedAt: quizPayload.completedAt,
  definitionId: 'reciprocity-balance',
  definitionVersion: '1.0.0',
  encrypted: false,
  kind: 'quiz',
  band: { id: 'balanced', label: 'Mostly balanced' },
  language: 'en',
  relationship: 'partner',
  payload: quizPayload,
};

/** A clear result whose band label and relationship would run as formulas in a spreadsheet. */
export const formulaRecord: RecordDetail = {
  id: 'r-formula',
  key: 'key-formula-0002',
  receivedAt: '2026-11-21T09:30:00.000Z',
  completedAt: '2026-11-21T09:29:00.000Z',
  definitionId: 'my-signs',
  definitionVersion: '2',
  encrypted: false,
  kind: 'checklist',
  band: { id: 'few', label: '=SUM(1,2)' },
  language: 'fr',
  relationship: '@risk "x"',
  payload: {
    schema: 'recipro-result',
    schemaVersion: 1,
    key: 'key-formula-0002',
    definition: { id: 'my-signs', version: '2' },
    locale: 'fr',
    relationship: '@risk "x"',
    completedAt: '2026-11-21T09:29:00.000Z',
    result: {
      kind: 'checklist',
      band: { id: 'few', label: '=SUM(1,2)' },
      score: 1,
      checkedShare: 0.25,
      count: 1,
      total: 4,
    },
  },
};

export const sealedPayload: ResultPayload = {
  schema: 'recipro-result',
  schemaVersion: 1,
  key: 'key-sealed-00003',
  definition: { id: 'one-sided-signs', version: '1.2.0' },
  locale: 'hi',
  relationship: 'friend',
  completedAt: '2026-11-22T08:15:00.000Z',
  result: {
    kind: 'checklist',
    band: { id: 'some', label: 'Some signs of imbalance' },
    score: 3,
    checkedShare: 0.33,
    count: 3,
    total: 9,
  },
  answers: ['starts-plans', 'listens-less', 'forgets'],
};

export interface KeyPair {
  /** The private key as `recipro-receiver keygen` writes it: a P-256 JWK, as text. */
  privateJwk: string;
  /** Its secret part (`d`), to look for in requests. */
  d: string;
  raw: Uint8Array;
}

export async function keyPair(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateJwk: JSON.stringify(jwk, null, 2), d: jwk.d!, raw };
}

/** Seals a payload to a public key as an element with `submit-key` would (see src/core/envelope.ts). */
export async function seal(payload: ResultPayload, publicKey: Uint8Array): Promise<ResultEnvelope> {
  const suite = new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() });
  const recipientPublicKey = await suite.kem.importKey('raw', publicKey.slice().buffer, true);
  const clear = { key: payload.key, definition: payload.definition, completedAt: payload.completedAt };
  const sealed = await suite.seal(
    { recipientPublicKey, info: new TextEncoder().encode(ENVELOPE_INFO) },
    new TextEncoder().encode(JSON.stringify(payload)),
    envelopeAad(clear),
  );
  return {
    schema: ENVELOPE_SCHEMA,
    schemaVersion: 1,
    ...clear,
    suite: ENVELOPE_SUITE,
    keyId: await keyIdOf(publicKey),
    enc: toBase64Url(new Uint8Array(sealed.enc)),
    ciphertext: toBase64Url(new Uint8Array(sealed.ct)),
  };
}

export async function sealedRecord(publicKey: Uint8Array): Promise<RecordDetail> {
  return {
    id: 'r-sealed',
    key: sealedPayload.key,
    receivedAt: '2026-11-22T08:15:02.000Z',
    completedAt: sealedPayload.completedAt,
    definitionId: 'one-sided-signs',
    definitionVersion: '1.2.0',
    encrypted: true,
    kind: null,
    band: null,
    language: null,
    relationship: null,
    envelope: await seal(sealedPayload, publicKey),
  };
}

/** Replaces the fake API's store and starts recording every request the test server sees. */
export async function seed(records: RecordDetail[], token = TOKEN): Promise<void> {
  await fetch('/__dashboard/seed', { method: 'POST', body: JSON.stringify({ token, records }) });
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Every request the test server saw since the seed (the seed itself excluded). */
export async function requests(): Promise<SeenRequest[]> {
  const seen = (await (await fetch('/__dashboard/requests')).json()) as SeenRequest[];
  return seen.filter((r) => !r.url.startsWith('/__dashboard/requests'));
}

/** The dashboard API calls seen, as `METHOD path?query`. */
export async function apiCalls(): Promise<string[]> {
  return (await requests())
    .filter((r) => r.url.startsWith('/__dashboard/api/'))
    .map((r) => `${r.method} ${r.url.slice('/__dashboard/api/'.length)}`);
}

export const stopRecording = () => fetch('/__dashboard/stop', { method: 'POST' });

/** A stepper result with the reader's notes (sent only when the host asks). */
export const stepperRecord: RecordDetail = {
  id: 'r-stepper',
  key: 'key-stepper-0004',
  receivedAt: '2026-11-23T18:00:00.000Z',
  completedAt: '2026-11-23T17:59:00.000Z',
  definitionId: 'recipro-steps',
  definitionVersion: '1.0.0',
  encrypted: false,
  kind: 'stepper',
  band: null,
  language: null,
  relationship: null,
  payload: {
    schema: 'recipro-result',
    schemaVersion: 1,
    key: 'key-stepper-0004',
    definition: { id: 'recipro-steps', version: '1.0.0' },
    completedAt: '2026-11-23T17:59:00.000Z',
    result: {
      kind: 'stepper',
      steps: [
        { id: 'recognise', status: 'done' },
        { id: 'express', status: 'in-progress' },
        { id: 'check', status: 'not-started' },
      ],
      done: 1,
      total: 3,
    },
    notes: { recognise: { first: 'I plan every weekend.\nShe never asks.' } },
  },
};

/** A quiz with too few answers for a band, where a safety rule fired. */
export const partialQuizRecord: RecordDetail = {
  ...quizRecord,
  id: 'r-partial',
  key: 'key-partial-0005',
  receivedAt: '2026-11-19T08:00:00.000Z',
  band: null,
  payload: {
    ...quizPayload,
    key: 'key-partial-0005',
    result: {
      kind: 'quiz',
      band: null,
      bands: [],
      scores: { giving: null },
      focus: [],
      steps: [],
      completeness: { answered: 2, total: 12, sufficient: false },
    },
    answers: undefined,
    safetyConcern: true,
  },
};
