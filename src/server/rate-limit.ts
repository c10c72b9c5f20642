/** A token bucket per client address: `capacity` requests at once, refilled at `refillPerSecond`. */
export interface RateLimitOptions {
  /** Requests a client may make in a burst. Default 30. */
  capacity?: number;
  /** Tokens added back per second. Default 0.5 (30 a minute). */
  refillPerSecond?: number;
  /** The clock, in ms (tests inject one). */
  now?: () => number;
  /** Buckets kept at most; full ones are forgotten first. Default 10 000. */
  maxClients?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(client: string): RateDecision;
}

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const capacity = options.capacity ?? 30;
  const refill = options.refillPerSecond ?? 0.5;
  if (!(capacity >= 1) || !(refill > 0)) throw new RangeError('rate limit: capacity ≥ 1 and refillPerSecond > 0');
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const level = (bucket: { tokens: number; at: number }, t: number) =>
    Math.min(capacity, bucket.tokens + (Math.max(0, t - bucket.at) / 1000) * refill);

  const prune = (t: number) => {
    for (const [client, bucket] of buckets) if (level(bucket, t) >= capacity) buckets.delete(client);
    // Still too many (a flood of addresses): forget the oldest, which lets them retry sooner, never later.
    for (const client of buckets.keys()) {
      if (buckets.size <= maxClients) break;
      buckets.delete(client);
    }
  };

  return {
    take(client) {
      const t = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= maxClients) prune(t);
        bucket = { tokens: capacity, at: t };
        buckets.set(client, bucket);
      }
      bucket.tokens = level(bucket, t);
      bucket.at = t;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refill)) };
    },
  };
}
