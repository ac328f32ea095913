/**
 * A token bucket per remote address: `perMinute` requests in a burst, refilled at the same rate.
 * It answers every request before the token check, so guessing tokens is as slow as any other
 * flood. The map of addresses is bounded: when it is full, addresses whose bucket has refilled
 * (they look like any newcomer) are forgotten first, then the longest-idle ones.
 */

export interface RateLimiterOptions {
  perMinute: number;
  maxAddresses?: number;
  now: () => number;
}

export interface RateLimiter {
  /** Takes one token for `address`; false when its bucket is empty. */
  allow(address: string): boolean;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter({ perMinute, maxAddresses = 1_000, now }: RateLimiterOptions): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, at: number): number =>
    Math.min(perMinute, bucket.tokens + (at - bucket.at) * perMs);

  const makeRoom = (at: number): void => {
    for (const [address, bucket] of buckets) {
      if (refilled(bucket, at) >= perMinute) buckets.delete(address);
    }
    // Still full: the map's order is "least recently seen first".
    for (const address of buckets.keys()) {
      if (buckets.size < maxAddresses) return;
      buckets.delete(address);
    }
  };

  return {
    allow(address) {
      const at = now();
      const existing = buckets.get(address);
      if (!existing && buckets.size >= maxAddresses) makeRoom(at);
      const tokens = existing ? refilled(existing, at) : perMinute;
      buckets.delete(address);
      if (tokens < 1) {
        buckets.set(address, { tokens, at });
        return false;
      }
      buckets.set(address, { tokens: tokens - 1, at });
      return true;
    },
  };
}
