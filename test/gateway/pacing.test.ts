/**
 * Pacing on the upstream's X-RateLimit-* headers, over real HTTP: the local API allows 10 calls per
 * 10-second window (`rateLimit: 60`), and a load that needs many times that goes through one gateway.
 * The upstream must answer no 429, never receive more than 10 calls in a window, never receive a
 * write twice; each caller gets its data or RATE_LIMITED with retryAfter, never a 5xx.
 * A request that cannot be served before its deadline (10 s by default) is refused as soon as that is
 * known, so this takes from one to about twelve seconds, depending on where in a window it starts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { busiestWindow, mixedLoad, repeatedWrites, runLoad, statusCounts } from './paced-load.js';

let api: LocalApi;
let gateway: RunningGateway;

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true, rateLimit: 60 });
  gateway = await startGateway({ upstream: api.url, token: api.token, port: 0, host: '127.0.0.1' }, { logging: false });
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
    expect(busiestWindow(received)).toBeLessThanOrEqual(10);
    expect(repeatedWrites(received)).toEqual([]);
    // The load needed more than one window, so pacing really held calls back.
    expect(received.length).toBeGreaterThan(10);

    expect(results).toHaveLength(items.length);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => r.outcome === 'other').map((r) => r.body)).toEqual([]);
    expect(results.some((r) => r.outcome === 'data')).toBe(true);
    // 40 operations need far more than the ~30 calls the test's windows allow: some must be refused.
    expect(results.some((r) => r.outcome === 'rate-limited')).toBe(true);
  }, 60_000);
});
