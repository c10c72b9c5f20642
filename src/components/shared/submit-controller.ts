import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResultPayload } from '../../core/index.js';
import { emit } from '../../events.js';
import { onceEach } from '../../load-once.js';

/** How often and how long to retry: delays grow as base × 2^attempt with full jitter, capped at `maxMs`. */
export interface SubmitTiming {
  readonly baseMs: number;
  readonly maxMs: number;
  /** Tries in all, the first included. */
  readonly attempts: number;
}

/** The timing every element uses. */
export const SUBMIT_TIMING: SubmitTiming = Object.freeze({ baseMs: 1000, maxMs: 30_000, attempts: 6 });

/** Where retries are scheduled and jittered: the page's timers and `Math.random` unless given. */
export interface SubmitClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1): the share of the current ceiling to wait. */
  random(): number;
}

/**
 * Optional settings of a SubmitController (and of the Submitter that creates it). Elements pass
 * their `submit-key` and use the default timing; a test passes its own clock to run retries at
 * once and see each delay, or a shorter timing. Nothing here is shared or mutable: each
 * controller keeps its own.
 */
export interface SubmitOptions {
  timing?: Partial<SubmitTiming>;
  clock?: SubmitClock;
  /**
   * The host's `submit-key`: while it gives a string (even an empty or invalid one), each result is
   * sealed to that public key (see crypto/seal.ts) and only the envelope is sent; a key that cannot
   * be used sends nothing.
   */
  key?: () => string | null | undefined;
}

/** The page's own timers, looked up at each call (so a page that wraps them sees ours). */
const pageClock: SubmitClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

/** At most this many results wait to be sent; the oldest is dropped (and reported) past that. */
export const QUEUE_LIMIT = 10;

const RETRYABLE = (status: number) => status === 408 || status === 429 || status >= 500;
const offline = () => navigator.onLine === false;

interface Pending {
  /** The result's idempotency key. */
  key: string;
  body: string;
  attempt: number;
  timer?: unknown;
  sending?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;
/** What the delivery code uses of seal.ts: all that its stand-in in recipro.iife.js (seal-unavailable.ts) has. */
export type SealCode = Pick<typeof import('../../crypto/seal.js'), 'SealError' | 'sealPayload'>;

/** The sealing code (HPKE): fetched once per page, only by an element with `submit-key`. */
const sealOnce = onceEach<SealCode>();
const loadSeal = () => sealOnce('seal', () => import('../../crypto/seal.js'));

/**
 * Sends result payloads to the host's `submit-url`, reliably: one POST per result with its
 * idempotency key in the body and the `Idempotency-Key` header; retries with backoff and jitter
 * on network errors, 408, 429 and 5xx (never other 4xx); waits while the browser is offline;
 * sends what is still pending with `sendBeacon` when the page is hidden. Nothing is stored: the
 * queue lives in memory and is capped. With `submit-key`, each result is sealed before it is
 * queued, and everything above carries the envelope; it fails closed: a result that cannot be
 * sealed (a key that is not one, the code offline) is reported and never sent in the clear.
 */
export class SubmitController implements ReactiveController {
  private readonly queue: Pending[] = [];
  private readonly timing: SubmitTiming;
  private readonly clock: SubmitClock;

  constructor(
    private readonly host: Host,
    private readonly url: () => string | null | undefined,
    options: SubmitOptions = {},
  ) {
    this.timing = Object.freeze({ ...SUBMIT_TIMING, ...options.timing });
    this.clock = options.clock ?? pageClock;
    this.key = options.key ?? (() => undefined);
    host.addController(this);
    this.hostUpdate();
  }

  private readonly key: () => string | null | undefined;
  /** Results being sealed, in order: each waits for the one before it. */
  private sealing: Promise<void> = Promise.resolve();
  /** What the console was already told about sealing. */
  private readonly warned = new Set<string>();

  /** With `submit-key`, the sealing code is fetched ahead, so the reader's result does not wait for it. */
  hostUpdate(): void {
    if (this.key() != null) void loadSeal();
  }

  private readonly onOnline = () => this.flush();
  private readonly onHidden = () => {
    if (document.visibilityState === 'hidden') this.beaconAll();
  };
  private readonly onPageHide = () => this.beaconAll();

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onHidden);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onHidden);
    // The element is leaving the page: hand what is pending to the browser, and stop all timers.
    this.beaconAll();
  }

  /** Results waiting to be delivered. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues a result; with `submit-key`, once it is sealed (never in the clear). */
  send(payload: ResultPayload): void {
    if (!this.url()) return;
    const key = this.key();
    if (key == null) return this.enqueue(payload.key, JSON.stringify(payload));
    this.sealing = this.sealing.then(() => this.seal(payload, key));
  }

  private async seal(payload: ResultPayload, publicKey: string): Promise<void> {
    const code = await loadSeal();
    if (!code) return this.refuse(payload.key, 'the encryption code could not be loaded');
    let body: string;
    try {
      body = JSON.stringify(await code.sealPayload(payload, publicKey));
    } catch (error) {
      const known = error instanceof code.SealError;
      const reason = known ? error.reason : 'the result could not be encrypted';
      const message = known ? error.message : reason;
      // Once per element and problem: each result still reports it with its own event.
      if (!this.warned.has(message)) console.warn(`recipro: ${message}. The result was not sent.`);
      this.warned.add(message);
      return this.refuse(payload.key, reason);
    }
    this.enqueue(payload.key, body);
  }

  private refuse(key: string, reason: string): void {
    emit(this.host, 'recipro-submit-error', { reason, key });
  }

  private enqueue(key: string, body: string): void {
    this.queue.push({ key, body, attempt: 0 });
    while (this.queue.length > QUEUE_LIMIT) {
      const dropped = this.queue.shift()!;
      this.cancel(dropped);
      emit(this.host, 'recipro-submit-error', { reason: 'queue-full', key: dropped.key });
    }
    this.flush();
  }

  private flush(): void {
    for (const item of this.queue) if (item.timer === undefined && !item.sending) void this.attempt(item);
  }

  private cancel(item: Pending): void {
    if (item.timer !== undefined) this.clock.clearTimeout(item.timer);
    item.timer = undefined;
  }

  private finish(item: Pending): void {
    this.cancel(item);
    const index = this.queue.indexOf(item);
    if (index >= 0) this.queue.splice(index, 1);
  }

  private async attempt(item: Pending): Promise<void> {
    const url = this.url();
    if (!url) return;
    if (offline()) return; // the `online` event flushes
    item.sending = true;
    let status = 0;
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'omit',
        keepalive: item.body.length < 60_000,
        headers: { 'content-type': 'application/json', 'idempotency-key': item.key },
        body: item.body,
      });
      status = response.status;
    } catch {
      status = 0; // network error
    }
    item.sending = false;
    if (!this.queue.includes(item)) return; // sent by beacon meanwhile
    if (status >= 200 && status < 300) {
      this.finish(item);
      emit(this.host, 'recipro-submit', { status, key: item.key });
      return;
    }
    item.attempt += 1;
    if ((status !== 0 && !RETRYABLE(status)) || item.attempt >= this.timing.attempts) {
      this.finish(item);
      emit(this.host, 'recipro-submit-error', {
        reason: status ? `HTTP ${status}` : 'network error',
        key: item.key,
      });
      return;
    }
    if (status === 0 && offline()) return;
    const ceiling = Math.min(this.timing.maxMs, this.timing.baseMs * 2 ** (item.attempt - 1));
    item.timer = this.clock.setTimeout(() => {
      item.timer = undefined;
      void this.attempt(item);
    }, this.clock.random() * ceiling);
  }

  private beaconAll(): void {
    const url = this.url();
    for (const item of [...this.queue]) {
      this.cancel(item);
      let sent = false;
      try {
        sent = !!url && navigator.sendBeacon(url, new Blob([item.body], { type: 'application/json' }));
      } catch {
        sent = false;
      }
      if (sent) this.finish(item);
    }
  }
}
