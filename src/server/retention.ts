import type { ResultStore } from './store.js';

export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

export interface RetentionOptions {
  /** Results received more than this many days ago are deleted. Default 90. */
  days?: number;
  /** The clock (tests inject one). */
  now?: () => number;
  /** How often to sweep, in ms. Default: daily. */
  intervalMs?: number;
  /** Timers (tests inject fakes). The interval is `unref`'d where possible: it never keeps a process alive. */
  setInterval?: (run: () => void, ms: number) => unknown;
  clearInterval?: (timer: unknown) => void;
  /** Told how many results each sweep deleted (never which). */
  onSweep?: (deleted: number) => void;
  /** Told when a sweep fails. */
  onError?: (error: unknown) => void;
}

export interface Retention {
  /** Sweeps now: the number of results deleted. */
  run(): Promise<number>;
  stop(): void;
}

/** Deletes results older than `days` now, then once a day, until `stop()`. */
export function scheduleRetention(store: ResultStore, options: RetentionOptions = {}): Retention {
  const days = options.days ?? DEFAULT_RETENTION_DAYS;
  if (!(days > 0)) throw new RangeError(`retention must be a positive number of days (got ${days})`);
  const now = options.now ?? Date.now;
  const run = async () => {
    const deleted = await store.deleteOlderThan(new Date(now() - days * DAY_MS));
    options.onSweep?.(deleted);
    return deleted;
  };
  const sweep = () => void run().catch((error) => options.onError?.(error));
  const set = options.setInterval ?? ((fn: () => void, ms: number) => setInterval(fn, ms));
  const clear = options.clearInterval ?? ((timer: unknown) => clearInterval(timer as ReturnType<typeof setInterval>));
  const timer = set(sweep, options.intervalMs ?? DAY_MS);
  (timer as { unref?: () => void } | null)?.unref?.();
  sweep();
  return { run, stop: () => clear(timer) };
}
