import { expect } from '@open-wc/testing';
import { createResultPayload, scoreQuiz, type ResultPayload } from '../../src/core/index.js';
import { SubmitController, submitTiming } from '../../src/components/shared/submit-controller.js';
import { smallQuiz } from '../fixtures/definitions.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import '../../src/components/quiz/quiz.js';
import '../../src/components/checklist/checklist.js';
import { settle } from '../helpers.js';

const ids = { n: 0 };
const newId = () => `t${Date.now()}-${ids.n++}`;

async function script(id: string, statuses: number[]): Promise<void> {
  await fetch(`/__receiver/${id}/script`, { method: 'POST', body: JSON.stringify(statuses) });
}
async function log(id: string): Promise<{ headers: Record<string, string>; body: string }[]> {
  return (await fetch(`/__receiver/${id}/log`)).json();
}
const payload = (): ResultPayload => createResultPayload(scoreQuiz(smallQuiz, { g1: 5, g2: 1, r1: 1, r2: 5, safe: 1 }));

/** A minimal host for the controller. */
class Host extends HTMLElement {
  controllers: { hostConnected?: () => void; hostDisconnected?: () => void }[] = [];
  addController(c: { hostConnected?: () => void }) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {}
  updateComplete = Promise.resolve(true);
  connectedCallback() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  disconnectedCallback() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}
customElements.define('submit-test-host', Host);

function controllerFor(url: string): { host: Host; controller: SubmitController; events: CustomEvent[] } {
  const host = document.createElement('submit-test-host') as Host;
  const controller = new SubmitController(host as never, () => url);
  const events: CustomEvent[] = [];
  host.addEventListener('recipro-submit', (e) => events.push(e as CustomEvent));
  host.addEventListener('recipro-submit-error', (e) => events.push(e as CustomEvent));
  document.body.append(host);
  return { host, controller, events };
}

async function until(condition: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('sending results to submit-url', () => {
  const saved = { ...submitTiming };
  beforeEach(() => Object.assign(submitTiming, { baseMs: 20, maxMs: 50, attempts: 6 }));
  afterEach(() => {
    Object.assign(submitTiming, saved);
    document.querySelectorAll('submit-test-host').forEach((h) => h.remove());
  });

  it('POSTs the payload as JSON with its idempotency key, without cookies', async () => {
    const id = newId();
    await script(id, [201]);
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`);
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
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`);
    const p = payload();
    controller.send(p);
    await until(() => events.length > 0);
    const requests = await log(id);
    expect(requests).to.have.length(3);
    expect(new Set(requests.map((r) => r.headers['idempotency-key']))).to.deep.equal(new Set([p.key]));
    expect(events.map((e) => e.type)).to.deep.equal(['recipro-submit']);
    expect(controller.pending).to.equal(0);
  });

  it('retries 408 and 429 too', async () => {
    const id = newId();
    await script(id, [408, 429, 200]);
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`);
    controller.send(payload());
    await until(() => events.length > 0);
    expect(await log(id)).to.have.length(3);
    expect(events[0]!.type).to.equal('recipro-submit');
  });

  it('does not retry a 400, and reports the failure', async () => {
    const id = newId();
    await script(id, [400, 200]);
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`);
    const p = payload();
    controller.send(p);
    await until(() => events.length > 0);
    await new Promise((r) => setTimeout(r, 150));
    expect(await log(id)).to.have.length(1);
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([
      ['recipro-submit-error', { reason: 'HTTP 400', key: p.key }],
    ]);
  });

  it('gives up after the last attempt on a server that keeps failing', async () => {
    const id = newId();
    submitTiming.attempts = 3;
    await script(id, [503, 503, 503, 503]);
    const { controller, events } = controllerFor(`/__receiver/${id}/submit`);
    controller.send(payload());
    await until(() => events.length > 0);
    expect(await log(id)).to.have.length(3);
    expect(events[0]!.detail.reason).to.equal('HTTP 503');
  });

  it('waits while offline and sends when the browser is online again', async () => {
    const id = newId();
    await script(id, [200]);
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { controller, events } = controllerFor(`/__receiver/${id}/submit`);
      controller.send(payload());
      await new Promise((r) => setTimeout(r, 100));
      expect(await log(id)).to.have.length(0);
      expect(controller.pending).to.equal(1);
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', online);
      window.dispatchEvent(new Event('online'));
      await until(() => events.length > 0);
      expect(await log(id)).to.have.length(1);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('hands a pending result to sendBeacon when the page is hidden', async () => {
    const id = newId();
    await script(id, [503, 503, 503, 503, 503]);
    submitTiming.baseMs = 10_000;
    submitTiming.maxMs = 10_000;
    const beacons: [string, Blob][] = [];
    const original = navigator.sendBeacon;
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      beacons.push([String(url), data as Blob]);
      return true;
    };
    try {
      const { controller } = controllerFor(`/__receiver/${id}/submit`);
      const p = payload();
      controller.send(p);
      // The first attempt has failed and a retry is scheduled far ahead.
      await until(async () => (await log(id)).length === 1);
      await new Promise((r) => setTimeout(r, 50));
      window.dispatchEvent(new Event('pagehide'));
      expect(beacons).to.have.length(1);
      expect(beacons[0]![0]).to.equal(`/__receiver/${id}/submit`);
      expect(JSON.parse(await beacons[0]![1].text()).key).to.equal(p.key);
      expect(controller.pending).to.equal(0);
    } finally {
      navigator.sendBeacon = original;
    }
  });

  it('sends nothing anywhere without submit-url', async () => {
    const requests: string[] = [];
    // The library's own code loading on demand (the result screen's module) is not a result leaving the page.
    const ownCode = (e: PerformanceResourceTiming) =>
      e.initiatorType === 'script' && new URL(e.name).origin === location.origin && /\.(js|ts)$/.test(e.name);
    const observer = new PerformanceObserver((list) =>
      (list.getEntries() as PerformanceResourceTiming[]).forEach((e) => ownCode(e) || requests.push(e.name)),
    );
    observer.observe({ type: 'resource', buffered: false });
    const el = document.createElement('recipro-quiz') as ReciproQuiz;
    el.definition = smallQuiz;
    document.body.append(el);
    try {
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      for (const value of [5, 1, 1, 5, 1]) {
        await settle(el);
        el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[value - 1]!.click();
        await settle(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      }
      await settle(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Your result');
      expect(requests, requests.join(' ')).to.deep.equal([]);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('a quiz with submit-url posts exactly its completed result and nothing else', async () => {
    const id = newId();
    await script(id, [200]);
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => requests.push(new URL(e.name).pathname)),
    );
    observer.observe({ type: 'resource', buffered: false });
    const el = document.createElement('recipro-quiz') as ReciproQuiz;
    el.definition = smallQuiz;
    el.setAttribute('submit-url', `/__receiver/${id}/submit`);
    el.setAttribute('submit-include', 'scores answers');
    document.body.append(el);
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
      const event = await sent;
      const [request] = await log(id);
      const body = JSON.parse(request!.body) as ResultPayload;
      expect(body.key).to.equal(event.detail.key);
      expect(body.answers).to.deep.equal({ g1: 5, g2: 1, r1: 1, r2: 5, safe: 1 });
      await new Promise((r) => setTimeout(r, 50));
      expect(
        requests.filter((path) => !/\/(log|script)$/.test(path)),
        requests.join(' '),
      ).to.deep.equal([`/__receiver/${id}/submit`]);
    } finally {
      observer.disconnect();
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
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.textContent!.trim() === 'See what this means')!
        .click();
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
