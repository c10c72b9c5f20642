import { expect } from '@open-wc/testing';
import type { ResultPayload } from '../../src/core/index.js';
import { Submitter } from '../../src/components/shared/submit.js';
import { smallQuiz } from '../fixtures/definitions.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import '../../src/components/quiz/quiz.js';
import '../../src/components/checklist/checklist.js';
import { buttonNamed, completeQuiz, settle, until } from '../helpers.js';
import { controllerFor, Host, log, manualClock, newId, payload, script, spyOnRequests } from './submit-fixture.js';

/** Runs each retry as soon as it is scheduled, until `done`. */
async function runRetries(clock: ReturnType<typeof manualClock>, done: () => boolean): Promise<void> {
  await until(() => {
    if (!done() && clock.waiting().length) clock.runNext();
    return done();
  });
}

/**
 * Starts recording the resources fetched from now on (any kind: fetch, beacon, script, image);
 * returns their paths so far. The page's buffer holds 250 entries and drops the rest: it is
 * emptied first, so what this test's code fetches is recorded.
 */
function recordResources(): () => string[] {
  performance.clearResourceTimings();
  const since = performance.now();
  // The library's own code loading on demand (the result screen's module) is not data leaving the page.
  const ownCode = (e: PerformanceResourceTiming) =>
    e.initiatorType === 'script' && new URL(e.name).origin === location.origin && /\.(js|ts)$/.test(e.name);
  return () =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.startTime >= since && !ownCode(e))
      .map((e) => new URL(e.name).pathname);
}

describe('sending results to submit-url', () => {
  afterEach(() => {
    document.querySelectorAll('submit-test-host').forEach((h) => h.remove());
  });

  it('POSTs the payload as JSON with its idempotency key, without cookies', async () => {
    const id = newId();
    await script(id, [201]);
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`, { clock: manualClock() });
    document.cookie = 'session=secret; path=/';
    const p = payload();
    controller.send(p);
    await until(() => events.length > 0);
    const [request] = await log(id);
    expect(request!.headers['content-type']).to.equal('application/json');
    expect(request!.headers['idempotency-key']).to.equal(p.key);
    expect(request!.headers.cookie).to.equal('');
    expect(JSON.parse(request!.body)).to.deep.equal(p);
    expect(events[0]!.type).to.equal('recipro-submit');
    expect(events[0]!.detail).to.deep.equal({ status: 201, key: p.key });
  });

  it('retries 500, 500 then succeeds: one logical submission with one key', async () => {
    const id = newId();
    await script(id, [500, 500, 200]);
    const clock = manualClock(0.5);
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`, { clock });
    const p = payload();
    controller.send(p);
    await runRetries(clock, () => events.length > 0);
    const requests = await log(id);
    expect(requests).to.have.length(3);
    expect(new Set(requests.map((r) => r.headers['idempotency-key']))).to.deep.equal(new Set([p.key]));
    expect(events.map((e) => e.type)).to.deep.equal(['recipro-submit']);
    // Half (the jitter) of 1 s, then of 2 s.
    expect(clock.ran).to.deep.equal([500, 1000]);
    expect(controller.pending).to.equal(0);
  });

  it('retries 408 and 429 too', async () => {
    const id = newId();
    await script(id, [408, 429, 200]);
    const clock = manualClock();
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`, { clock });
    controller.send(payload());
    await runRetries(clock, () => events.length > 0);
    expect(await log(id)).to.have.length(3);
    expect(events.map((e) => e.type)).to.deep.equal(['recipro-submit']);
  });

  it('does not retry a 400, and reports the failure', async () => {
    const id = newId();
    await script(id, [400, 200]);
    const clock = manualClock();
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`, { clock });
    const p = payload();
    controller.send(p);
    await until(() => events.length > 0);
    // A retry only ever runs from the clock: none is waiting, so none will come.
    expect(clock.waiting()).to.deep.equal([]);
    expect(controller.pending).to.equal(0);
    expect(await log(id)).to.have.length(1);
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([
      ['recipro-submit-error', { reason: 'HTTP 400', key: p.key }],
    ]);
  });

  it('tries six times by default, waiting up to 1, 2, 4, 8 and 16 s between tries, then gives up', async () => {
    const id = newId();
    await script(id, [503, 503, 503, 503, 503, 503, 200]);
    const clock = manualClock(0.5);
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`, { clock });
    const p = payload();
    controller.send(p);
    await runRetries(clock, () => events.length > 0);
    expect(clock.ran).to.deep.equal([500, 1000, 2000, 4000, 8000]);
    expect(await log(id)).to.have.length(6);
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([
      ['recipro-submit-error', { reason: 'HTTP 503', key: p.key }],
    ]);
    expect(clock.waiting()).to.deep.equal([]);
  });

  it('caps each wait at maxMs and stops after the attempts it is given', async () => {
    const id = newId();
    await script(id, [503, 503, 503, 503, 503, 503]);
    const clock = manualClock(0.25);
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`, {
      clock,
      timing: { maxMs: 3000, attempts: 5 },
    });
    controller.send(payload());
    await runRetries(clock, () => events.length > 0);
    // A quarter of 1 s, 2 s, then of the 3 s cap.
    expect(clock.ran).to.deep.equal([250, 500, 750, 750]);
    expect(await log(id)).to.have.length(5);
    expect(events[0]!.detail.reason).to.equal('HTTP 503');
  });

  it('waits while offline and sends when the browser is online again', async () => {
    const id = newId();
    await script(id, [200]);
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const spy = spyOnRequests();
    const clock = manualClock();
    try {
      const { controller, events } = controllerFor(`/__receiver/${id}/submit`, { clock });
      controller.send(payload());
      // Offline, nothing is sent and no retry is waiting: only the `online` event can send it.
      expect(spy.requests).to.deep.equal([]);
      expect(clock.waiting()).to.deep.equal([]);
      expect(controller.pending).to.equal(1);
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', online);
      window.dispatchEvent(new Event('online'));
      await until(() => events.length > 0);
      expect(spy.requests).to.deep.equal([`fetch /__receiver/${id}/submit`]);
      expect(await log(id)).to.have.length(1);
    } finally {
      spy.restore();
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('keeps at most ten results waiting, dropping the oldest and saying so', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { controller, events } = controllerFor('/__receiver/never/submit', { clock: manualClock() });
      const sent = Array.from({ length: 11 }, () => payload());
      sent.forEach((p) => controller.send(p));
      expect(controller.pending).to.equal(10);
      expect(events.map((e) => [e.type, e.detail])).to.deep.equal([
        ['recipro-submit-error', { reason: 'queue-full', key: sent[0]!.key }],
      ]);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('hands a pending result to sendBeacon when the page is hidden', async () => {
    const id = newId();
    await script(id, [503, 503, 503, 503, 503]);
    const clock = manualClock();
    const beacons: [string, Blob][] = [];
    const original = navigator.sendBeacon;
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      beacons.push([String(url), data as Blob]);
      return true;
    };
    try {
      const { controller } = controllerFor(`/__receiver/${id}/submit`, { clock });
      const p = payload();
      controller.send(p);
      // The first attempt has failed and a retry waits on the clock.
      await until(() => clock.waiting().length === 1);
      window.dispatchEvent(new Event('pagehide'));
      expect(beacons).to.have.length(1);
      expect(beacons[0]![0]).to.equal(`/__receiver/${id}/submit`);
      expect(JSON.parse(await beacons[0]![1].text()).key).to.equal(p.key);
      expect(controller.pending).to.equal(0);
      expect(clock.waiting(), 'the retry is cancelled').to.deep.equal([]);
      expect(await log(id)).to.have.length(1);
    } finally {
      navigator.sendBeacon = original;
    }
  });

  it('a Submitter loads the controller and hands it its timing and clock', async () => {
    const id = newId();
    await script(id, [503, 503, 200]);
    const host = document.createElement('submit-test-host') as Host;
    const errors: CustomEvent[] = [];
    host.addEventListener('recipro-submit-error', (e) => errors.push(e as CustomEvent));
    document.body.append(host);
    const clock = manualClock(0.5);
    const submitter = new Submitter(host as never, () => `/__receiver/${id}/submit`, {
      clock,
      timing: { baseMs: 100, attempts: 2 },
    });
    submitter.send(payload());
    await runRetries(clock, () => errors.length > 0);
    expect(clock.ran).to.deep.equal([50]);
    expect(await log(id)).to.have.length(2);
    expect(errors[0]!.detail.reason).to.equal('HTTP 503');
  });

  it('sends nothing anywhere without submit-url', async () => {
    const fetched = recordResources();
    const spy = spyOnRequests();
    const el = document.createElement('recipro-quiz') as ReciproQuiz;
    el.definition = smallQuiz;
    document.body.append(el);
    try {
      await settle(el);
      let completed = 0;
      el.addEventListener('recipro-complete', () => completed++);
      expect(await completeQuiz(el)).to.equal('Your result');
      // By the time the element has settled after completing, a quiz with submit-url has made its
      // request (the next test checks that): this one made none.
      await settle(el);
      expect(completed).to.equal(1);
      el.remove();
      expect(spy.requests).to.deep.equal([]);
      expect(fetched()).to.deep.equal([]);
    } finally {
      spy.restore();
      el.remove();
    }
  });

  it('a quiz with submit-url posts exactly its completed result and nothing else', async () => {
    const id = newId();
    await script(id, [200]);
    const el = document.createElement('recipro-quiz') as ReciproQuiz;
    el.definition = smallQuiz;
    el.setAttribute('submit-url', `/__receiver/${id}/submit`);
    el.setAttribute('submit-include', 'scores answers');
    document.body.append(el);
    const fetched = recordResources();
    const spy = spyOnRequests();
    try {
      const sent = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('recipro-submit', (e) => resolve(e as CustomEvent)),
      );
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      for (const value of [5, 1, 1, 5, 1]) {
        await settle(el);
        el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[value - 1]!.click();
        await settle(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      }
      await settle(el);
      expect(spy.requests, 'requested once the element has settled').to.deep.equal([`fetch /__receiver/${id}/submit`]);
      const event = await sent;
      el.remove();
      expect(spy.requests).to.deep.equal([`fetch /__receiver/${id}/submit`]);
      // Every other resource, of any kind, requested before the answer came back has arrived by now.
      await until(() => fetched().includes(`/__receiver/${id}/submit`));
      expect(fetched()).to.deep.equal([`/__receiver/${id}/submit`]);
      spy.restore();
      const [request] = await log(id);
      const body = JSON.parse(request!.body) as ResultPayload;
      expect(body.key).to.equal(event.detail.key);
      expect(body.answers).to.deep.equal({ g1: 5, g2: 1, r1: 1, r2: 5, safe: 1 });
    } finally {
      spy.restore();
      el.remove();
    }
  });
});

describe('submit-url on the checklist', () => {
  it('posts the result when the reader asks for the takeaway, checked ids only when asked', async () => {
    const id = newId();
    await script(id, [200]);
    const el = document.createElement('recipro-checklist');
    el.setAttribute('submit-url', `/__receiver/${id}/submit`);
    el.setAttribute('submit-include', 'answers');
    document.body.append(el);
    try {
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await el.updateComplete;
      const sent = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('recipro-submit', (e) => resolve(e as CustomEvent)),
      );
      buttonNamed(el.shadowRoot!, 'See what this means')!.click();
      await sent;
      const [request] = await log(id);
      const body = JSON.parse(request!.body) as ResultPayload;
      expect(body.result.kind).to.equal('checklist');
      expect(body.answers).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});
