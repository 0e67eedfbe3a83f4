/** How many requests one client may make: a burst, refilled at a steady pace. */
export interface RateLimit {
  burst: number;
  perMinute: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * An in-memory token bucket per client. Each process keeps its own buckets, which is enough for
 * one reference server; a fleet would keep them in a shared store.
 */
export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limit: RateLimit, now: () => number) {
    this.#limit = limit;
    this.#now = now;
  }

  /** Takes one token. Answers 0 when allowed, else the seconds to wait before trying again. */
  take(client: string): number {
    const now = this.#now();
    const { burst, perMinute } = this.#limit;
    const perMs = perMinute / 60_000;
    const bucket = this.#buckets.get(client) ?? { tokens: burst, updatedAt: now };
    bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
    this.#buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.#forgetFullBuckets(now, perMs);
      return 0;
    }
    return perMs > 0 ? Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) : 60;
  }

  /** Drops buckets that have refilled, so memory does not grow with every client ever seen. */
  #forgetFullBuckets(now: number, perMs: number): void {
    if (this.#buckets.size < 10_000) return;
    for (const [client, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * perMs >= this.#limit.burst) this.#buckets.delete(client);
    }
  }
}
