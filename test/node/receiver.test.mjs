// The receiver's handler with Fetch `Request`s (issue 20): every rejection path answers a 4xx JSON
// error and stores nothing; duplicates, CORS, the rate limit, re-scoring, logs, retention, erasure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryStore, createReceiver, scheduleRetention } from '../../dist/npm/server/index.js';
import {
  checkListing,
  checklistPayload,
  manualClock,
  newKey,
  ORIGIN,
  post,
  quizAnswers,
  quizPayload,
  reciprocityBalance,
  romanticSigns,
} from './receiver-helpers.mjs';
import { sealPayload } from './receiver-envelope.mjs';

function setup(options = {}) {
  const store = options.store ?? createMemoryStore();
  const lines = [];
  const receiver = createReceiver({ store, origins: [ORIGIN], log: (line) => lines.push(line), ...options });
  const count = async () => (await store.list({ limit: 500 })).results.length;
  return { store, receiver, lines, count };
}

async function expectError(response, status) {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const body = await response.json();
  assert.equal(body.ok, false);
  assert.equal(typeof body.error, 'string');
  assert.ok(body.error.length > 5, body.error);
  return body;
}

describe('receiver: what it accepts', () => {
  it('stores a payload sent as application/json: 201 with a URL-safe id', async () => {
    const { receiver, store } = setup();
    const payload = quizPayload({ locale: 'en', relationship: 'friend' });
    const response = await receiver(post(payload));
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.ok, true);
    assert.match(body.id, /^[0-9a-z]{22}$/);
    const record = await store.get(body.id);
    assert.equal(record.key, payload.key);
    assert.equal(record.encrypted, false);
    assert.equal(record.kind, 'quiz');
    assert.equal(record.definitionId, 'reciprocity-balance');
    assert.equal(record.definitionVersion, '2.0.0');
    assert.equal(record.language, 'en');
    assert.equal(record.relationship, 'friend');
    assert.deepEqual(record.band, payload.result.band);
    assert.deepEqual(record.payload, payload);
  });

  it('stores a payload sent as text/plain (what sendBeacon sends)', async () => {
    const { receiver, count } = setup();
    const response = await receiver(post(checklistPayload(), { type: 'text/plain;charset=UTF-8' }));
    assert.equal(response.status, 201);
    assert.equal(await count(), 1);
  });

  it('accepts requests without an Origin header (not from a browser)', async () => {
    const { receiver } = setup();
    assert.equal((await receiver(post(quizPayload(), { origin: null }))).status, 201);
  });
});

describe('receiver: each rejection answers a 4xx JSON error and stores nothing', () => {
  const cases = [
    ['GET', 405, () => new Request('http://receiver.test/results', { headers: { origin: ORIGIN } })],
    [
      'PUT',
      405,
      () => new Request('http://receiver.test/results', { method: 'PUT', body: JSON.stringify(quizPayload()) }),
    ],
    ['a form post', 415, () => post('a=1', { type: 'application/x-www-form-urlencoded' })],
    ['no content type', 415, () => post(new TextEncoder().encode(JSON.stringify(quizPayload())), { type: null })],
    ['JSON in another charset', 415, () => post(quizPayload(), { type: 'application/json; charset=utf-16' })],
    ['a body over 64 KB', 413, () => post({ ...quizPayload(), padding: 'x'.repeat(70_000) })],
    ['malformed JSON', 400, () => post('{"schema": "recipro-result",')],
    ['JSON that is not an object', 400, () => post('[1, 2]')],
    ['bytes that are not UTF-8', 400, () => post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))],
    ['a wrong schema version', 422, () => post({ ...quizPayload(), schemaVersion: 2 })],
    ['a payload without its key', 422, () => post({ ...quizPayload(), key: undefined })],
    ['a broken envelope', 422, () => post({ schema: 'https://recipro-widgets.dev/schemas/envelope/v1', key: 'k' })],
    [
      'an Idempotency-Key that is not the key',
      422,
      () => post(quizPayload(), { headers: { 'idempotency-key': 'other-key-1' } }),
    ],
    ['a wrong origin', 403, () => post(quizPayload(), { origin: 'https://evil.example' })],
  ];
  for (const [name, status, request] of cases) {
    it(`${name} → ${status}`, async () => {
      const { receiver, count } = setup();
      const body = await expectError(await receiver(request()), status);
      if (status === 405) assert.equal(body.error.includes('POST'), true);
      assert.equal(await count(), 0);
    });
  }

  it('405 names the allowed methods in Allow', async () => {
    const { receiver } = setup();
    const response = await receiver(new Request('http://receiver.test/results', { method: 'DELETE' }));
    assert.equal(response.headers.get('allow'), 'POST, OPTIONS');
  });

  it('schema errors list their issues with paths', async () => {
    const { receiver } = setup();
    const body = await expectError(await receiver(post({ ...quizPayload(), schemaVersion: 2 })), 422);
    assert.ok(
      body.issues.some((issue) => issue.path === 'schemaVersion'),
      JSON.stringify(body.issues),
    );
  });

  it('refuses a body whose Content-Length understates it, counting the bytes that arrive', async () => {
    const { receiver, count } = setup();
    const big = JSON.stringify({ ...quizPayload(), padding: 'x'.repeat(80_000) });
    let pulled = 0;
    const stream = new ReadableStream({
      pull(controller) {
        const chunk = new TextEncoder().encode(big.slice(pulled, pulled + 16_384));
        pulled += 16_384;
        if (chunk.byteLength) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request('http://receiver.test/results', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '100' },
      body: stream,
      duplex: 'half',
    });
    await expectError(await receiver(request), 413);
    assert.equal(await count(), 0);
    // It stopped reading soon after the limit: not the whole 80 KB.
    assert.ok(pulled < big.length, `read ${pulled} of ${big.length}`);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const { receiver } = setup();
    let read = false;
    const request = new Request('http://receiver.test/results', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '100000' },
      body: new ReadableStream(
        {
          pull(controller) {
            read = true;
            controller.close();
          },
        },
        { highWaterMark: 0 },
      ),
      duplex: 'half',
    });
    await expectError(await receiver(request), 413);
    assert.equal(read, false);
  });
});

describe('receiver: definitions and re-scoring', () => {
  const definitions = [reciprocityBalance, JSON.stringify(romanticSigns)];

  it('accepts a result for a configured definition (object or JSON text) whose answers match', async () => {
    const { receiver, count } = setup({ definitions });
    assert.equal((await receiver(post(quizPayload()))).status, 201);
    assert.equal((await receiver(post(checklistPayload()))).status, 201);
    assert.equal(
      (await receiver(post(quizPayload({ include: ['scores'] })))).status,
      201,
      'no answers, nothing to re-score',
    );
    assert.equal(await count(), 3);
  });

  it('refuses an unknown definition id or version with 422', async () => {
    const { receiver, count } = setup({ definitions });
    const other = quizPayload();
    await expectError(await receiver(post({ ...other, definition: { id: 'not-configured', version: '2.0.0' } })), 422);
    await expectError(
      await receiver(post({ ...other, definition: { id: 'reciprocity-balance', version: '1.0.0' } })),
      422,
    );
    assert.equal(await count(), 0);
  });

  it('refuses a quiz whose scores do not match its answers (tampered)', async () => {
    const { receiver, count } = setup({ definitions });
    const payload = quizPayload();
    const [first] = Object.keys(payload.result.scores);
    const tampered = { ...payload, result: { ...payload.result, scores: { ...payload.result.scores, [first]: 99 } } };
    const body = await expectError(await receiver(post(tampered)), 422);
    assert.match(body.error, /tampered/);
    const otherBand = reciprocityBalance.bandings[0].bands.find((b) => b.id !== payload.result.band.id);
    const banded = { ...payload, result: { ...payload.result, band: { id: otherBand.id, label: 'x' } } };
    assert.match((await expectError(await receiver(post(banded)), 422)).error, /tampered/);
    assert.equal(await count(), 0);
  });

  it('refuses answers changed after scoring, and a false safety flag', async () => {
    const { receiver, count } = setup({ definitions });
    const payload = quizPayload();
    const answers = quizAnswers();
    const [item] = Object.keys(answers);
    const scale = reciprocityBalance.scales.find((s) => s.id === reciprocityBalance.items[0].scale);
    answers[item] = scale.options.at(-1).value;
    await expectError(await receiver(post({ ...payload, answers })), 422);
    await expectError(await receiver(post({ ...payload, safetyConcern: true })), 422);
    assert.equal(await count(), 0);
  });

  it('refuses a checklist whose score does not match its checked items', async () => {
    const { receiver, count } = setup({ definitions });
    const payload = checklistPayload();
    await expectError(await receiver(post({ ...payload, result: { ...payload.result, score: 0 } })), 422);
    await expectError(await receiver(post({ ...payload, answers: [...payload.answers, 'no-such-item'] })), 422);
    assert.equal(await count(), 0);
  });

  it('ignores band labels (a translated definition says the same band in other words)', async () => {
    const { receiver } = setup({ definitions });
    const payload = quizPayload();
    const relabelled = {
      ...payload,
      result: { ...payload.result, band: { ...payload.result.band, label: 'Autre mot' } },
    };
    assert.equal((await receiver(post(relabelled))).status, 201);
  });

  it('refuses to start with an invalid definition', () => {
    assert.throws(() => setup({ definitions: [{ kind: 'quiz' }] }), /definitions\[0\]/);
  });
});

describe('receiver: idempotent on the payload key', () => {
  it('answers a repeat 200 with the first id, duplicate: true', async () => {
    const { receiver, count } = setup();
    const payload = quizPayload();
    const first = await (await receiver(post(payload))).json();
    const again = await receiver(post(payload, { type: 'text/plain' }));
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { ok: true, id: first.id, duplicate: true });
    assert.equal(await count(), 1);
  });

  it('stores one row for 50 concurrent POSTs of one key (memory store)', async () => {
    const { receiver, count } = setup({ rateLimit: false });
    const payload = quizPayload();
    const responses = await Promise.all(Array.from({ length: 50 }, () => receiver(post(payload))));
    const statuses = responses.map((r) => r.status).sort();
    const bodies = await Promise.all(responses.map((r) => r.json()));
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    assert.equal(statuses.filter((s) => s === 200).length, 49);
    assert.equal(new Set(bodies.map((b) => b.id)).size, 1);
    assert.equal(await count(), 1);
  });
});

describe('receiver: CORS', () => {
  it('answers a preflight from a listed origin with the methods and headers, Vary: Origin', async () => {
    const { receiver } = setup();
    const response = await receiver(
      new Request('http://receiver.test/results', {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, idempotency-key',
        },
      }),
    );
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
    assert.match(response.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    assert.match(response.headers.get('vary'), /Origin/);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  it('refuses a preflight from another origin (403, no CORS headers)', async () => {
    const { receiver } = setup();
    const response = await receiver(
      new Request('http://receiver.test/results', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      }),
    );
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('echoes the exact origin on a submission, never *', async () => {
    const { receiver } = setup({ origins: ['https://practice.example/', 'https://other.example'], credentials: true });
    const response = await receiver(post(quizPayload(), { origin: 'https://other.example' }));
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://other.example');
    assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
    assert.equal((await receiver(post(quizPayload()))).status, 201, 'a trailing slash in the list is the same origin');
  });

  it('never allows credentials with *', () => {
    assert.throws(() => setup({ origins: ['*'], credentials: true }), /credentials/);
    const { receiver } = setup({ origins: ['*'] });
    return receiver(post(quizPayload(), { origin: 'https://any.example' })).then((response) => {
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
    });
  });
});

describe('receiver: rate limit per client address (token bucket)', () => {
  it('answers 429 with Retry-After once a client has used its burst, and refills with time', async () => {
    const clock = manualClock();
    const { receiver, count } = setup({
      rateLimit: { capacity: 3, refillPerSecond: 0.5, now: clock },
      clientAddress: (request) => request.headers.get('x-test-client'),
    });
    const from = (client) => post(quizPayload(), { headers: { 'x-test-client': client } });
    for (let i = 0; i < 3; i++) assert.equal((await receiver(from('a'))).status, 201);
    const limited = await receiver(from('a'));
    await expectError(limited, 429);
    assert.equal(limited.headers.get('retry-after'), '2');
    assert.equal((await receiver(from('b'))).status, 201, 'another client has its own bucket');
    clock.advance(1999);
    assert.equal((await receiver(from('a'))).status, 429);
    clock.advance(1);
    assert.equal((await receiver(from('a'))).status, 201, 'one token back after 2 s');
    assert.equal(await count(), 5);
  });

  it('uses the address the platform passes, and X-Forwarded-For only with trustProxy', async () => {
    const clock = manualClock();
    const rateLimit = { capacity: 1, refillPerSecond: 0.001, now: clock };
    const spoofed = (ip) => post(quizPayload(), { headers: { 'x-forwarded-for': ip } });
    const plain = setup({ rateLimit });
    assert.equal((await plain.receiver(spoofed('10.0.0.1'), { clientAddress: '192.0.2.1' })).status, 201);
    assert.equal((await plain.receiver(spoofed('10.0.0.2'), { clientAddress: '192.0.2.1' })).status, 429);
    const proxied = setup({ rateLimit, trustProxy: true });
    assert.equal((await proxied.receiver(spoofed('10.0.0.1'), { clientAddress: '127.0.0.1' })).status, 201);
    assert.equal((await proxied.receiver(spoofed('10.0.0.2'), { clientAddress: '127.0.0.1' })).status, 201);
    assert.equal((await proxied.receiver(spoofed('10.0.0.2'), { clientAddress: '127.0.0.1' })).status, 429);
  });
});

describe('receiver: envelopes and failures', () => {
  it("checks an envelope's clear definition against the definitions, and stores it encrypted", async () => {
    const { receiver, store } = setup({ definitions: [reciprocityBalance] });
    const { envelope } = await sealPayload(quizPayload());
    const unknown = { ...envelope, definition: { id: 'other', version: '1' } };
    await expectError(await receiver(post(unknown)), 422);
    const response = await receiver(post(envelope));
    assert.equal(response.status, 201);
    const record = await store.get((await response.json()).id);
    assert.equal(record.encrypted, true);
    assert.deepEqual(record.envelope, envelope);
    assert.equal(record.payload, undefined);
  });

  it('answers 500 in JSON when the store fails, and logs no detail of it', async () => {
    const store = createMemoryStore();
    store.put = async () => {
      throw new Error('disk full near SECRET-DETAIL');
    };
    const { receiver, lines } = setup({ store });
    const response = await receiver(post(quizPayload()));
    await expectError(response, 500);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(lines[0], /^POST \/results 500 /);
    assert.equal(lines.join('').includes('SECRET'), false);
  });
});

describe('receiver: logs', () => {
  it('logs one line per request (method, path, status, bytes, ms), never answers, notes, keys or queries', async () => {
    const { receiver, lines } = setup({ definitions: [reciprocityBalance] });
    const payload = quizPayload({ key: 'secret-key-4242-abcd', relationship: 'friend', locale: 'fr' });
    const notes = { one: { two: 'MY-PRIVATE-NOTE' } };
    await receiver(post(payload, { url: 'http://receiver.test/results?token=QUERY-SECRET' }));
    await receiver(post({ ...payload, notes }));
    await receiver(post('{"answers": {"x": "broken'));
    await receiver(post({ ...payload, result: { ...payload.result, scores: {} } }));
    assert.equal(lines.length, 4);
    assert.match(lines[0], /^POST \/results 201 \d+B \d+ms$/);
    assert.match(lines[1], /^POST \/results 200 /);
    assert.match(lines[2], /^POST \/results 400 /);
    assert.match(lines[3], /^POST \/results 422 /);
    const text = lines.join('\n');
    for (const secret of ['secret-key-4242', 'MY-PRIVATE-NOTE', 'QUERY-SECRET', 'friend', payload.result.band.label]) {
      assert.equal(text.includes(secret), false, `the log holds ${secret}`);
    }
    for (const value of Object.keys(payload.answers)) assert.equal(text.includes(value), false);
  });
});

describe('store: retention and erasure', () => {
  it('deletes results older than the retention at start and then daily (injected clock and timer)', async () => {
    const clock = manualClock();
    const { receiver, store, count } = setup({ now: clock });
    await receiver(post(quizPayload()));
    clock.advance(60 * 86_400_000);
    await receiver(post(quizPayload()));
    let tick;
    const retention = scheduleRetention(store, {
      days: 90,
      now: clock,
      setInterval: (fn) => (tick = fn),
      clearInterval: () => {},
    });
    assert.equal(await retention.run(), 0);
    assert.equal(await count(), 2);
    clock.advance(31 * 86_400_000); // the first is now 91 days old, the second 31
    tick();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(await count(), 1);
    clock.advance(60 * 86_400_000);
    assert.equal(await retention.run(), 1);
    assert.equal(await count(), 0);
    retention.stop();
  });

  it('erases by key and deletes by id', async () => {
    const { receiver, store, count } = setup();
    const payload = quizPayload();
    const kept = await (await receiver(post(quizPayload()))).json();
    await receiver(post(payload));
    assert.equal(await store.eraseByKey(payload.key), 1);
    assert.equal(await store.eraseByKey(payload.key), 0);
    assert.equal(await count(), 1);
    assert.equal((await receiver(post(payload))).status, 201, 'an erased key can be sent again');
    assert.equal(await store.delete(kept.id), true);
    assert.equal(await store.delete(kept.id), false);
    assert.equal(await store.get(kept.id), null);
  });

  it('lists newest first with filters and pages', async () => {
    await checkListing(createMemoryStore());
  });
});

export { newKey };
