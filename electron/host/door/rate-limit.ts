/**
 * Token buckets: each key may spend `capacity` at once and gets it back at `capacity` per
 * `perMs`. The door keeps one set per kind of request, keyed by device (or, before joining, by
 * the phone's network address).
 */
export class RateLimit {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxKeys: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor({ capacity, perMs, maxKeys = 10_000 }: { capacity: number; perMs: number; maxKeys?: number }) {
    this.#capacity = capacity;
    this.#refillPerMs = capacity / perMs;
    this.#maxKeys = maxKeys;
  }

  /** Spends one token of `key`; false when none is left (the request is refused). */
  take(key: string, now = performance.now()): boolean {
    const bucket = this.#refilled(key, now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** True while `key` still has a token (nothing is spent). */
  allows(key: string, now = performance.now()): boolean {
    return this.#refilled(key, now).tokens >= 1;
  }

  clear() {
    this.#buckets.clear();
  }

  #refilled(key: string, now: number) {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      // Keys come from the network: never let them grow without bound.
      if (this.#buckets.size >= this.#maxKeys) this.#buckets.clear();
      bucket = { tokens: this.#capacity, at: now };
      this.#buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.at) * this.#refillPerMs);
    bucket.at = now;
    return bucket;
  }
}
