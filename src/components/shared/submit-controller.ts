import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResultPayload } from '../../core/index.js';
import { emit } from '../../events.js';

/** Retry timing; tests shorten it. Delays grow as base × 2^attempt with full jitter, capped. */
export const submitTiming = { baseMs: 1000, maxMs: 30_000, attempts: 6 };

/** At most this many results wait to be sent; the oldest is dropped (and reported) past that. */
export const QUEUE_LIMIT = 10;

const RETRYABLE = (status: number) => status === 408 || status === 429 || status >= 500;
const offline = () => navigator.onLine === false;

interface Pending {
  payload: ResultPayload;
  body: string;
  attempt: number;
  timer?: ReturnType<typeof setTimeout>;
  sending?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Sends result payloads to the host's `submit-url`, reliably: one POST per result with its
 * idempotency key in the body and the `Idempotency-Key` header; retries with backoff and jitter
 * on network errors, 408, 429 and 5xx (never other 4xx); waits while the browser is offline;
 * sends what is still pending with `sendBeacon` when the page is hidden. Nothing is stored: the
 * queue lives in memory and is capped.
 */
export class SubmitController implements ReactiveController {
  private readonly queue: Pending[] = [];

  constructor(
    private readonly host: Host,
    private readonly url: () => string | null | undefined,
  ) {
    host.addController(this);
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

  send(payload: ResultPayload): void {
    if (!this.url()) return;
    this.queue.push({ payload, body: JSON.stringify(payload), attempt: 0 });
    while (this.queue.length > QUEUE_LIMIT) {
      const dropped = this.queue.shift()!;
      clearTimeout(dropped.timer);
      emit(this.host, 'recipro-submit-error', { reason: 'queue-full', key: dropped.payload.key });
    }
    this.flush();
  }

  private flush(): void {
    for (const item of this.queue) if (!item.timer && !item.sending) void this.attempt(item);
  }

  private finish(item: Pending): void {
    clearTimeout(item.timer);
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
        headers: { 'content-type': 'application/json', 'idempotency-key': item.payload.key },
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
      emit(this.host, 'recipro-submit', { status, key: item.payload.key });
      return;
    }
    item.attempt += 1;
    if ((status !== 0 && !RETRYABLE(status)) || item.attempt >= submitTiming.attempts) {
      this.finish(item);
      emit(this.host, 'recipro-submit-error', {
        reason: status ? `HTTP ${status}` : 'network error',
        key: item.payload.key,
      });
      return;
    }
    if (status === 0 && offline()) return;
    const ceiling = Math.min(submitTiming.maxMs, submitTiming.baseMs * 2 ** (item.attempt - 1));
    item.timer = setTimeout(() => {
      item.timer = undefined;
      void this.attempt(item);
    }, Math.random() * ceiling);
  }

  private beaconAll(): void {
    const url = this.url();
    for (const item of [...this.queue]) {
      clearTimeout(item.timer);
      let sent = false;
      try {
        sent = !!url && navigator.sendBeacon(url, new Blob([item.body], { type: 'application/json' }));
      } catch {
        sent = false;
      }
      if (sent) {
        this.finish(item);
      } else {
        item.timer = undefined;
      }
    }
  }
}
