/**
 * Bounds for one load run that let even a slow target answer a few times: `maxSeconds` stretched to
 * `minRequests` sequential requests of `requestMs` each (plus a second), for one client.
 */
export function boundsFor(options: LoadOptions, requestMs: number, minRequests = 3): LoadOptions {
  const needed = (minRequests * requestMs) / 1000 + 1;
  return { ...options, maxSeconds: Math.max(options.maxSeconds, Math.ceil(needed)) };
}

/**
 * Load on one GraphQL endpoint with autocannon, bounded twice: at most `amount` requests and at most
 * `maxSeconds` of wall time (autocannon alone ignores its duration once an amount is set, so a slow
 * target — the naive gateway at 20 ms upstream latency — is stopped by our own timer).
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  amount: number;
  maxSeconds: number;
  /** Concurrent clients. The latency target is about one client. */
  connections: number;
  /** Hold the pace at this many requests a second (all clients together); as fast as possible when absent. */
  ratePerSecond?: number;
}

export interface LoadResult {
  /** Responses received (any status). */
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
  reqPerSec: number;
  /** null when no response came back within the bounds. */
  p50Ms: number | null;
  p99Ms: number | null;
}

export function runLoad(url: string, body: string, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let stopTimer: NodeJS.Timeout | undefined;
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
        connections: options.connections,
        amount: options.amount,
        timeout: 60,
        ...(options.ratePerSecond ? { overallRate: options.ratePerSecond } : {}),
      },
      (error, result) => {
        clearTimeout(stopTimer);
        if (error) {
          reject(error);
          return;
        }
        const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
        // Our own clock: autocannon's `duration` is coarse for short runs.
        const seconds = (performance.now() - started) / 1000;
        resolve({
          requests,
          non2xx: result.non2xx,
          errors: result.errors,
          seconds,
          reqPerSec: seconds > 0 ? requests / seconds : 0,
          // autocannon reports 0 for an empty histogram; no response is no latency, not zero latency.
          p50Ms: requests > 0 ? result.latency.p50 : null,
          p99Ms: requests > 0 ? result.latency.p99 : null,
        });
      },
    );
    stopTimer = setTimeout(() => instance.stop(), options.maxSeconds * 1000);
  });
}
