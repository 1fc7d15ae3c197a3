/**
 * Pacing on the upstream's X-RateLimit-* headers, over real HTTP: the local API allows 10 calls per
 * 2-second window (`rateLimit: 300`, `rateWindowSeconds: 2`; the gateway told the same window
 * length), and a load that needs many times that goes through one gateway. The upstream must answer
 * no 429, never receive more than 10 calls in a window, never receive a write twice; each caller gets
 * its data or RATE_LIMITED with retryAfter, never a 5xx.
 * A request that cannot be served before its deadline (4 s here, of which the pacer may wait 3) is
 * refused as soon as that is known, so this takes from about one to four seconds, depending on where
 * in a window it starts. Short windows, not Intercom's 10 s: what is paced is the same, the wait is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { busiestWindow, mixedLoad, repeatedWrites, runLoad, statusCounts } from './paced-load.js';

const WINDOW_SECONDS = 2;
const PER_WINDOW = 10;

let api: LocalApi;
let gateway: RunningGateway;

beforeAll(async () => {
  api = await startLocalApi({
    port: 0,
    seed: 'demo',
    recordRequests: true,
    rateLimit: (PER_WINDOW * 60) / WINDOW_SECONDS,
    rateWindowSeconds: WINDOW_SECONDS,
  });
  gateway = await startGateway(
    { upstream: api.url, token: api.token, port: 0, host: '127.0.0.1', requestTimeoutMs: 4_000 },
    { logging: false, upstreamWindowMs: WINDOW_SECONDS * 1000 },
  );
});

afterAll(async () => {
  await gateway?.close();
  await api?.close();
});

describe('pacing on the upstream rate limit', () => {
  it('spreads a load of many windows so the upstream never answers 429 and no write goes out twice', async () => {
    const items = mixedLoad(api, 40, 4);
    const results = await runLoad([gateway.graphqlUrl], items, { concurrency: items.length });
    const received = api.received!.all();

    expect(statusCounts(received)[429] ?? 0).toBe(0);
    expect(busiestWindow(received, WINDOW_SECONDS * 1000)).toBeLessThanOrEqual(PER_WINDOW);
    expect(repeatedWrites(received)).toEqual([]);
    // The load needed more than one window, so pacing really held calls back.
    expect(received.length).toBeGreaterThan(PER_WINDOW);

    expect(results).toHaveLength(items.length);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => r.outcome === 'other').map((r) => r.body)).toEqual([]);
    expect(results.some((r) => r.outcome === 'data')).toBe(true);
    // 40 operations need far more than the ~20 calls the windows within a request's deadline allow: some must be refused.
    expect(results.some((r) => r.outcome === 'rate-limited')).toBe(true);
  });
});
