/**
 * Load on one GraphQL endpoint: `connections` clients, each sending the next request when its last
 * answer is in (a closed loop, optionally held to `ratePerSecond` overall), bounded twice — at most
 * `amount` requests and at most `maxSeconds` of wall time; requests still out at the deadline are
 * aborted and not counted. Every response is read whole and judged (response-check.ts).
 *
 * Written on undici rather than autocannon: autocannon turns each network chunk of a body into a
 * string on its own, so a multi-byte character split between chunks (the seed has "Chloé",
 * "São Paulo") comes out mangled and a byte-for-byte check of every response cannot be trusted.
 */
import { Pool } from 'undici';
import { countFailure, createResponseChecker, NO_FAILURES, totalFailures, type FailureCounts } from './response-check.js';

export interface LoadOptions {
  amount: number;
  maxSeconds: number;
  /** Concurrent clients. The latency target is about one client. */
  connections: number;
  /** Hold the pace at this many requests a second (all clients together); as fast as possible when absent. */
  ratePerSecond?: number;
}

export interface LoadResult {
  /** Responses received (any status, any body). */
  requests: number;
  /** Requests that failed the check, by kind; `failed` is their sum. */
  failures: FailureCounts;
  failed: number;
  /** The first failing response, cut short: what went wrong, for the report. */
  firstFailure: string | null;
  seconds: number;
  reqPerSec: number;
  /** null when no response came back within the bounds. */
  p50Ms: number | null;
  p99Ms: number | null;
}

/**
 * Bounds for one load run that let even a slow target answer a few times: `maxSeconds` stretched to
 * `minRequests` sequential requests of `requestMs` each (plus a second), for one client.
 */
export function boundsFor(options: LoadOptions, requestMs: number, minRequests = 3): LoadOptions {
  const needed = (minRequests * requestMs) / 1000 + 1;
  return { ...options, maxSeconds: Math.max(options.maxSeconds, Math.ceil(needed)) };
}

/** The `p`-th percentile (0–100) of `sorted` by nearest rank; null when empty. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * @param expected the answer every response must equal byte for byte, or null to check only that
 *   each response is a 200 without `errors`.
 */
export async function runLoad(url: string, body: string, options: LoadOptions, expected: string | null): Promise<LoadResult> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: options.connections, pipelining: 1, headersTimeout: 60_000, bodyTimeout: 60_000 });
  const check = createResponseChecker(expected);
  const stop = new AbortController();
  const latencies: number[] = [];
  const failures: FailureCounts = { ...NO_FAILURES };
  let firstFailure: string | null = null;
  let issued = 0;

  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const timer = setTimeout(() => stop.abort(), options.maxSeconds * 1000);
  const interval = options.ratePerSecond ? 1000 / options.ratePerSecond : 0;

  const fail = (why: string) => {
    if (firstFailure === null) firstFailure = why.slice(0, 300);
  };

  async function client(): Promise<void> {
    while (!stop.signal.aborted && issued < options.amount) {
      const slot = issued;
      issued += 1;
      if (interval > 0) {
        const due = started + slot * interval;
        const wait = due - performance.now();
        if (due >= deadline) return;
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (stop.signal.aborted) return;
      }
      const sent = performance.now();
      try {
        const response = await pool.request({
          path: `${target.pathname}${target.search}`,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body,
          signal: stop.signal,
        });
        const bytes = new Uint8Array(await response.body.arrayBuffer());
        latencies.push(performance.now() - sent);
        const verdict = check(response.statusCode, bytes);
        if (verdict === 'ok') continue;
        countFailure(failures, verdict);
        fail(`${verdict}: ${response.statusCode} ${Buffer.from(bytes).toString('utf8')}`);
      } catch (error) {
        // Cut off by the time bound: neither an answer nor a failure.
        if (stop.signal.aborted) return;
        failures.noResponse += 1;
        fail(`no response: ${(error as Error).message}`);
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: options.connections }, () => client()));
  } finally {
    clearTimeout(timer);
    await pool.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    failed: totalFailures(failures),
    firstFailure,
    seconds,
    reqPerSec: seconds > 0 ? latencies.length / seconds : 0,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}
