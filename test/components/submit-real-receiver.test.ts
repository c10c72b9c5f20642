import { expect } from '@open-wc/testing';
import type { ResultPayload } from '../../src/core/index.js';
import { until } from '../helpers.js';
import { controllerFor, manualClock, payload } from './submit-fixture.js';

// Delivery (retries, idempotency, the beacon) against the real receiver: the shipped
// createReceiver through its node adapter (test/server/real-receiver.mjs), storing in SQLite.
// A scripted proxy in front fails requests on demand, or loses the receiver's answer.

interface StoredRecord {
  key: string;
  kind: string | null;
  band: { id: string; label: string } | null;
  payload?: ResultPayload;
}

const ids = { n: 0 };
const session = () => `sqlite-delivery-${Date.now()}-${ids.n++}`;
const url = (id: string) => `/__real-receiver/${id}/results`;
const script = (id: string, steps: (number | 'lost')[]) =>
  fetch(`/__real-receiver/${id}/script`, { method: 'POST', body: JSON.stringify(steps) });
const records = async (id: string): Promise<StoredRecord[]> => (await fetch(`/__real-receiver/${id}/records`)).json();

describe('delivering results to the real receiver', () => {
  afterEach(() => document.querySelectorAll('submit-test-host').forEach((el) => el.remove()));

  it('retries past two failures; the receiver stores the result once, with its band', async () => {
    const id = session();
    await script(id, [503, 503]);
    const clock = manualClock();
    const { controller, events } = controllerFor(url(id), { clock });
    const p = payload();
    controller.send(p);
    await until(() => {
      if (!events.length && clock.waiting().length) clock.runNext();
      return events.length > 0;
    });
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['recipro-submit', { status: 201, key: p.key }]]);
    const stored = await records(id);
    expect(stored.map((r) => [r.key, r.kind, r.band?.label])).to.deep.equal([[p.key, 'quiz', 'You carry more']]);
    expect(stored[0]!.payload).to.deep.equal(p);
  });

  it('a retry after a lost answer is a duplicate: answered 200, stored once', async () => {
    const id = session();
    await script(id, ['lost']);
    const clock = manualClock();
    const { controller, events } = controllerFor(url(id), { clock });
    const p = payload();
    controller.send(p);
    await until(() => clock.waiting().length === 1);
    expect(
      (await records(id)).map((r) => r.key),
      'stored on the first try',
    ).to.deep.equal([p.key]);
    clock.runNext();
    await until(() => events.length > 0);
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['recipro-submit', { status: 200, key: p.key }]]);
    expect((await records(id)).map((r) => r.key)).to.deep.equal([p.key]);
  });

  it('hands a pending result to sendBeacon when the page is hidden, and the receiver stores it', async () => {
    const id = session();
    await script(id, [503]);
    const clock = manualClock();
    const { controller } = controllerFor(url(id), { clock });
    const p = payload();
    controller.send(p);
    await until(() => clock.waiting().length === 1);
    expect(await records(id)).to.deep.equal([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(controller.pending).to.equal(0);
    expect(clock.waiting(), 'the retry is cancelled').to.deep.equal([]);
    await until(async () => (await records(id)).length === 1);
    expect((await records(id)).map((r) => [r.key, r.band?.id])).to.deep.equal([[p.key, 'carry-more']]);
  });
});
