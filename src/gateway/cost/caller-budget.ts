/**
 * Upstream calls per minute per caller, so one caller cannot spend the upstream token's rate limit
 * for everyone. A token bucket per `caller.id`: it holds one minute's calls and refills continuously.
 *
 * A request is charged its estimate before it runs (refused with a wait when the bucket holds less),
 * and settled to its actual calls after: the unused part goes back, and calls beyond the estimate
 * are taken too (the bucket may go below zero; the caller then waits longer). So the budget counts
 * what reached the upstream, and a caller is never let in on calls it has not got.
 */

export interface CallerBudgetOptions {
  /** Calls per minute for a caller that carries no limit of its own; 0 turns the budget off. */
  perMinute: number;
  /** The clock, in ms (tests pass their own). @default Date.now */
  now?: () => number;
  /** Most callers tracked; full buckets are forgotten first. @default 10000 */
  maxCallers?: number;
}

export type Charge =
  | { ok: true; settle(actualCalls: number): void }
  | { ok: false; retryAfterSeconds: number; perMinute: number };

interface Bucket {
  tokens: number;
  at: number;
  perMinute: number;
}

const MINUTE_MS = 60_000;

export interface CallerBudget {
  /** Takes `estimate` calls from the caller's bucket, or says how long to wait. */
  charge(callerId: string, estimate: number, perMinuteOverride?: number): Charge;
  /** Whether `calls` would be let through now, taking nothing. */
  check(callerId: string, calls: number, perMinuteOverride?: number): { ok: true } | Extract<Charge, { ok: false }>;
}

export function createCallerBudget(options: CallerBudgetOptions): CallerBudget {
  const now = options.now ?? Date.now;
  const maxCallers = options.maxCallers ?? 10_000;
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number) => {
    const elapsed = Math.max(0, at - bucket.at);
    bucket.tokens = Math.min(bucket.perMinute, bucket.tokens + (elapsed * bucket.perMinute) / MINUTE_MS);
    bucket.at = at;
  };

  const forgetFull = (at: number) => {
    for (const [id, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= bucket.perMinute) buckets.delete(id);
    }
  };

  const charge: CallerBudget['charge'] = (callerId, estimate, perMinuteOverride) => {
      const perMinute = perMinuteOverride ?? options.perMinute;
      if (!(perMinute > 0)) return { ok: true, settle: () => {} };
      const at = now();
      let bucket = buckets.get(callerId);
      if (!bucket) {
        if (buckets.size >= maxCallers) forgetFull(at);
        bucket = { tokens: perMinute, at, perMinute };
        buckets.set(callerId, bucket);
      }
      if (bucket.perMinute !== perMinute) {
        // The caller's limit changed (a reloaded key): keep what it spent, within the new size.
        bucket.tokens = Math.min(bucket.tokens, perMinute);
        bucket.perMinute = perMinute;
      }
      refill(bucket, at);
      if (bucket.tokens < estimate) {
        // An estimate over the whole budget can never fit: tell it to wait the full minute.
        const missing = Math.min(estimate, perMinute) - bucket.tokens;
        const waitMs = estimate > perMinute ? MINUTE_MS : (missing * MINUTE_MS) / perMinute;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), perMinute };
      }
      bucket.tokens -= estimate;
      const charged = bucket;
      let settled = false;
      return {
        ok: true,
        settle(actualCalls) {
          if (settled) return;
          settled = true;
          refill(charged, now());
          charged.tokens = Math.min(charged.perMinute, charged.tokens + estimate - actualCalls);
        },
      };
  };

  return {
    charge,
    check(callerId, calls, perMinuteOverride) {
      const result = charge(callerId, calls, perMinuteOverride);
      if (!result.ok) return result;
      result.settle(0);
      return { ok: true };
    },
  };
}
