import { expect } from '@open-wc/testing';
import { isEnvelope, parseEnvelope } from '../../src/core/index.js';
import type { ResultEnvelope } from '../../src/core/envelope.js';
import { generateKeyPair } from '../../src/crypto/keys.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import '../../src/components/quiz/quiz.js';
import { smallQuiz } from '../fixtures/definitions.js';
import { settle, until } from '../helpers.js';
import { controllerFor, log, manualClock, newId, payload, script, spyOnRequests } from './submit-fixture.js';

// This file must not import crypto/seal.ts, crypto/open.ts or @hpke/core statically: the first test
// proves that a page without submit-key never fetches them.

/** Every resource the page fetches from now on (a PerformanceObserver sees them all, whatever the buffer holds). */
function observeResources(): { entries: PerformanceResourceTiming[]; stop: () => void } {
  const entries: PerformanceResourceTiming[] = [];
  const observer = new PerformanceObserver((list) =>
    entries.push(...(list.getEntries() as PerformanceResourceTiming[])),
  );
  observer.observe({ type: 'resource' });
  return {
    entries,
    stop() {
      entries.push(...(observer.takeRecords() as PerformanceResourceTiming[]));
      observer.disconnect();
    },
  };
}
const isSealingCode = (e: PerformanceResourceTiming) =>
  /\/src\/crypto\/seal\.ts$|\/@hpke\//.test(new URL(e.name).pathname);

/** Captures console.warn; returns the messages and the undo. */
function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => void warnings.push(String(message));
  return { warnings, restore: () => void (console.warn = original) };
}

/** A controller for `url` that seals with `key`, on a clock turned by hand. */
function keyedController(url: string, key: string, clock = manualClock()) {
  return { ...controllerFor(url, { clock, key: () => key }), clock };
}

/** A quiz with these attributes, answered 5, 1, 1, 5, 1 ("You carry more") to its result. */
async function answeredQuiz(attributes: Record<string, string>): Promise<{ el: ReciproQuiz; events: CustomEvent[] }> {
  const el = document.createElement('recipro-quiz') as ReciproQuiz;
  el.definition = smallQuiz;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const events: CustomEvent[] = [];
  el.addEventListener('recipro-submit', (e) => events.push(e as CustomEvent));
  el.addEventListener('recipro-submit-error', (e) => events.push(e as CustomEvent));
  document.body.append(el);
  await settle(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  for (const value of [5, 1, 1, 5, 1]) {
    await settle(el);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[value - 1]!.click();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
  }
  await settle(el);
  expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Your result');
  return { el, events };
}

describe('submit-key: results sealed in the browser', () => {
  afterEach(() => {
    document.querySelectorAll('recipro-quiz, submit-test-host').forEach((el) => el.remove());
  });

  // First in this file: once any test has loaded the sealing code, the page keeps it.
  it('without submit-key, a quiz that sends its result never fetches the sealing code', async () => {
    const id = newId();
    await script(id, [201]);
    const resources = observeResources();
    try {
      const { el, events } = await answeredQuiz({ 'submit-url': `/__receiver/${id}/submit` });
      await until(() => events.length > 0);
      expect(events.map((e) => e.type)).to.deep.equal(['recipro-submit']);
      const [request] = await log(id);
      expect(JSON.parse(request!.body)).to.deep.equal(el.value, 'sent in the clear, as before');
      // Proof that nothing fetched the sealing code so far, even a request still in flight: a
      // module is fetched once per page, so the import below makes the one request for it, now.
      const asked = performance.now();
      await import('../../src/crypto/seal.js');
      await until(() => {
        resources.stop();
        return resources.entries.some((e) => /\/src\/crypto\/seal\.ts$/.test(e.name));
      });
      const sealing = resources.entries.filter(isSealingCode);
      expect(sealing.length, 'seal.ts and @hpke/core').to.be.greaterThan(1);
      expect(sealing.filter((e) => e.startTime < asked).map((e) => e.name)).to.deep.equal([]);
    } finally {
      resources.stop();
    }
  });

  it('with submit-url and submit-key, a quiz sends only an envelope, which opens to its result', async () => {
    const pair = await generateKeyPair();
    const id = newId();
    await script(id, [201]);
    const { el, events } = await answeredQuiz({
      'submit-url': `/__receiver/${id}/submit`,
      'submit-key': pair.publicKey,
      'submit-include': 'scores answers',
    });
    await until(() => events.length > 0);
    const value = el.value!;
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['recipro-submit', { status: 201, key: value.key }]]);
    const requests = await log(id);
    expect(requests).to.have.length(1);
    const [{ headers, body }] = requests as [{ headers: Record<string, string>; body: string }];
    expect(headers['content-type']).to.equal('application/json');
    expect(headers['idempotency-key']).to.equal(value.key);
    const envelope = JSON.parse(body) as ResultEnvelope;
    expect(isEnvelope(envelope)).to.equal(true);
    expect(parseEnvelope(envelope).ok).to.equal(true);
    expect(Object.keys(envelope).sort()).to.deep.equal(
      ['ciphertext', 'completedAt', 'definition', 'enc', 'key', 'keyId', 'schema', 'schemaVersion', 'suite'].sort(),
    );
    expect(envelope.keyId).to.equal(pair.keyId);
    expect(envelope.definition).to.deep.equal({ id: 'small-quiz', version: '1.0.0' });
    expect(envelope.completedAt).to.equal(value.completedAt);
    // The payload had its band and answers; the body has neither, in any form.
    expect(value.answers).to.deep.equal({ g1: 5, g2: 1, r1: 1, r2: 5, safe: 1 });
    const band = (value.result as { band: { id: string; label: string } }).band;
    expect(band.label).to.equal('You carry more');
    for (const clear of [band.label, band.id, 'answers', 'scores', 'I help my partner', '"en"'])
      expect(body.includes(clear), clear).to.equal(false);
    const { openEnvelope } = await import('../../src/crypto/open.js');
    expect(await openEnvelope(envelope, JSON.stringify(pair.privateKeyJwk))).to.deep.equal({
      ok: true,
      payload: value,
    });
    const other = await generateKeyPair();
    const wrong = await openEnvelope(envelope, JSON.stringify(other.privateKeyJwk));
    expect(wrong.ok ? 'opened' : wrong.reason).to.equal('wrong-key');
  });

  for (const [what, key] of [
    ['not a key', 'not-a-public-key'],
    ['an empty submit-key', ''],
    ['a private key', '{"kty":"EC","crv":"P-256"}'],
    ['a 64-byte key', 'A'.repeat(86)],
  ] as const) {
    it(`${what}: sends nothing, reports recipro-submit-error and warns`, async () => {
      const id = newId();
      await script(id, [201]);
      const spy = spyOnRequests();
      const console = captureWarnings();
      try {
        const { el, events } = await answeredQuiz({ 'submit-url': `/__receiver/${id}/submit`, 'submit-key': key });
        await until(() => events.length > 0);
        expect(events.map((e) => [e.type, e.detail])).to.deep.equal([
          ['recipro-submit-error', { reason: 'submit-key is not a valid public key', key: el.value!.key }],
        ]);
        // The error is reported where the result would have been queued: nothing was, nor will be.
        expect(spy.requests).to.deep.equal([]);
        spy.restore();
        expect(await log(id)).to.deep.equal([]);
        expect(console.warnings).to.have.length(1);
        expect(console.warnings[0]).to.match(
          /^recipro: submit-key is not a valid public key: .*recipro-receiver keygen/,
        );
      } finally {
        spy.restore();
        console.restore();
      }
    });
  }

  it('warns once per element about a bad key, and reports each result', async () => {
    const warned = captureWarnings();
    try {
      const { controller, events } = keyedController('/__receiver/never/submit', 'bad key');
      const [a, b] = [payload(), payload()];
      controller.send(a);
      controller.send(b);
      await until(() => events.length === 2);
      expect(events.map((e) => [e.type, e.detail])).to.deep.equal([
        ['recipro-submit-error', { reason: 'submit-key is not a valid public key', key: a.key }],
        ['recipro-submit-error', { reason: 'submit-key is not a valid public key', key: b.key }],
      ]);
      expect(warned.warnings).to.have.length(1);
      expect(controller.pending).to.equal(0);
    } finally {
      warned.restore();
    }
  });

  it('retries and beacons the envelope, with the result key, never the payload', async () => {
    const pair = await generateKeyPair();
    const id = newId();
    await script(id, [503, 503, 503]);
    const beacons: Blob[] = [];
    const original = navigator.sendBeacon;
    navigator.sendBeacon = (_url: string | URL, data?: BodyInit | null) => {
      beacons.push(data as Blob);
      return true;
    };
    try {
      const { controller, clock } = keyedController(`/__receiver/${id}/submit`, pair.publicKey);
      const p = payload();
      controller.send(p);
      await until(() => clock.waiting().length === 1);
      window.dispatchEvent(new Event('pagehide'));
      expect(beacons).to.have.length(1);
      const [posted] = await log(id);
      const beaconed = await beacons[0]!.text();
      expect(posted!.headers['idempotency-key']).to.equal(p.key);
      // The very envelope that was posted is handed to the beacon: one result, one ciphertext.
      expect(beaconed).to.equal(posted!.body);
      expect(isEnvelope(JSON.parse(beaconed))).to.equal(true);
      expect(JSON.parse(beaconed).key).to.equal(p.key);
      expect(controller.pending).to.equal(0);
    } finally {
      navigator.sendBeacon = original;
    }
  });

  it('posts results sealed one after the other in the order they were sent', async () => {
    const pair = await generateKeyPair();
    const id = newId();
    await script(id, [200, 200, 200]);
    const posted: string[] = [];
    const { fetch } = window;
    window.fetch = (input, init) => {
      posted.push((JSON.parse(String(init?.body)) as ResultEnvelope).key);
      return fetch(input, init);
    };
    try {
      const { controller, events } = keyedController(`/__receiver/${id}/submit`, pair.publicKey);
      const sent = [payload(), payload(), payload()];
      sent.forEach((p) => controller.send(p));
      await until(() => events.length === 3);
      expect(events.map((e) => e.type)).to.deep.equal(['recipro-submit', 'recipro-submit', 'recipro-submit']);
      expect(posted).to.deep.equal(sent.map((p) => p.key));
    } finally {
      window.fetch = fetch;
    }
  });

  it('recipro.iife.js has no sealing code: its stand-in fails closed, saying why', async () => {
    const { sealPayload, SealError } = await import('../../src/crypto/seal-unavailable.js');
    const failure = await sealPayload(payload(), 'anything').catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(SealError);
    expect((failure as InstanceType<typeof SealError>).reason).to.equal('recipro.iife.js cannot encrypt results');
    expect((failure as Error).message).to.match(/submit-key needs recipro\.js .* or the CDN autoloader/);
  });
});
