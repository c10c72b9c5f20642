import { SubmitController, type SubmitClock } from '../../src/components/shared/submit-controller.js';
import { createResultPayload, scoreQuiz, type ResultPayload } from '../../src/core/index.js';
import { smallQuiz } from '../fixtures/definitions.js';

// What the delivery tests share: a bare host for a SubmitController, a clock turned by hand, and
// a spy on the requests a page makes; the scripted test receiver (test/server/receiver.mjs).

/** A session id of its own for the scripted receiver. */
const ids = { n: 0 };
export const newId = () => `t${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${ids.n++}`;

/** The statuses the scripted receiver answers in turn (then 200). */
export async function script(id: string, statuses: number[]): Promise<void> {
  await fetch(`/__receiver/${id}/script`, { method: 'POST', body: JSON.stringify(statuses) });
}

/** What the scripted receiver was sent, in order. */
export async function log(id: string): Promise<{ headers: Record<string, string>; body: string }[]> {
  return (await fetch(`/__receiver/${id}/log`)).json();
}

/** smallQuiz's result for the answers 5, 1, 1, 5, 1: "You carry more". */
export const payload = (): ResultPayload =>
  createResultPayload(scoreQuiz(smallQuiz, { g1: 5, g2: 1, r1: 1, r2: 5, safe: 1 }));

/** A minimal host for the controllers. */
export class Host extends HTMLElement {
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

/** A clock turned by hand: a retry waits until the test runs it. `random` sets the jitter. */
export function manualClock(
  random = 0.5,
): SubmitClock & { waiting: () => number[]; ran: number[]; runNext: () => void } {
  let last = 0;
  const timers = new Map<number, { callback: () => void; ms: number }>();
  const ran: number[] = [];
  return {
    setTimeout(callback, ms) {
      timers.set(++last, { callback, ms });
      return last;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    random: () => random,
    /** The delays of the retries waiting now. */
    waiting: () => [...timers.values()].map((t) => t.ms),
    /** The delays of the retries run so far, in order. */
    ran,
    /** Runs the earliest waiting retry now. */
    runNext() {
      const [first] = timers;
      if (!first) throw new Error('no retry is waiting');
      timers.delete(first[0]);
      ran.push(first[1].ms);
      first[1].callback();
    },
  };
}

export function controllerFor(
  url: string,
  options: ConstructorParameters<typeof SubmitController>[2] = {},
): { host: Host; controller: SubmitController; events: CustomEvent[] } {
  const host = document.createElement('submit-test-host') as Host;
  const controller = new SubmitController(host as never, () => url, options);
  const events: CustomEvent[] = [];
  host.addEventListener('recipro-submit', (e) => events.push(e as CustomEvent));
  host.addEventListener('recipro-submit-error', (e) => events.push(e as CustomEvent));
  document.body.append(host);
  return { host, controller, events };
}

/** Records every request the page makes with fetch or sendBeacon, at the moment it is made. */
export function spyOnRequests(): { requests: string[]; restore: () => void } {
  const requests: string[] = [];
  const { fetch } = window;
  const beacon = navigator.sendBeacon;
  window.fetch = (input, init) => {
    requests.push(`fetch ${new URL(input instanceof Request ? input.url : String(input), location.href).pathname}`);
    return fetch(input, init);
  };
  navigator.sendBeacon = (url, data) => {
    requests.push(`beacon ${new URL(String(url), location.href).pathname}`);
    return beacon.call(navigator, url, data);
  };
  return {
    requests,
    restore() {
      window.fetch = fetch;
      navigator.sendBeacon = beacon;
    },
  };
}
