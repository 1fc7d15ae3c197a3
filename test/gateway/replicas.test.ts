/**
 * Three gateway replicas share one upstream rate budget through a real redis-server. The local API
 * allows 100 calls per 10-second window (`rateLimit: 600`); an open-loop load of mixed reference
 * queries and contact updates offers about ten times that for 60 s (16 operations a second at ~6
 * upstream calls each unpaced, on the demo seed), spread over the three replicas. The upstream must
 * answer no 429, never receive more than 100 calls in a window, never receive a write twice; every
 * caller gets data or RATE_LIMITED with retryAfter, never a 5xx.
 * The local API's windows follow the wall clock, so this runs the full 60 s (plus the last answers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { busiestWindow, mixedLoad, repeatedWrites, runOpenLoop, statusCounts } from './paced-load.js';
import { startTestRedis, type TestRedis } from './redis-server.js';
import { KEY_PREFIX } from '../../src/gateway/shared/redis.js';

const DURATION_MS = 60_000;
const OPERATIONS_PER_SECOND = 16;
const LIMIT_PER_WINDOW = 100;

let redis: TestRedis;
let api: LocalApi;
const gateways: RunningGateway[] = [];
const logs: string[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true, rateLimit: LIMIT_PER_WINDOW * 6 });
  for (let i = 0; i < 3; i++) {
    gateways.push(
      await startGateway(
        { upstream: api.url, token: api.token, port: 0, host: '127.0.0.1', redis: redis.url },
        { logging: false, log: (message) => logs.push(message) },
      ),
    );
  }
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await api?.close();
  await redis?.stop();
});

describe('three replicas on one shared rate budget', () => {
  it('keep the upstream within its limit under ten times the load it allows, for 60 s', async () => {
    const items = mixedLoad(api, (OPERATIONS_PER_SECOND * DURATION_MS) / 1000 + 10, 10);
    const results = await runOpenLoop(
      gateways.map((gateway) => gateway.graphqlUrl),
      items,
      { perSecond: OPERATIONS_PER_SECOND, durationMs: DURATION_MS },
    );
    const received = api.received!.all();
    const statuses = statusCounts(received);
    const summary = {
      operations: results.length,
      data: results.filter((r) => r.outcome === 'data').length,
      rateLimited: results.filter((r) => r.outcome === 'rate-limited').length,
      upstreamCalls: received.length,
      busiestWindow: busiestWindow(received),
      statuses,
    };
    console.log('replicas:', JSON.stringify(summary));

    expect(statuses[429] ?? 0).toBe(0);
    expect(summary.busiestWindow).toBeLessThanOrEqual(LIMIT_PER_WINDOW);
    expect(repeatedWrites(received)).toEqual([]);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => r.outcome === 'other').map((r) => r.body.slice(0, 300))).toEqual([]);
    // The load really was over the budget (some refused) and the budget really was used (most of it).
    expect(summary.rateLimited).toBeGreaterThan(0);
    expect(summary.data).toBeGreaterThan(0);
    expect(summary.upstreamCalls).toBeGreaterThan(((DURATION_MS / 10_000) * LIMIT_PER_WINDOW) / 2);
    // The budget was spent in Redis, and Redis never went away.
    expect((await gateways[0]!.shared.redis!.client.keys(`${KEY_PREFIX}pace:*`)).length).toBeGreaterThan(0);
    expect(logs).toEqual([]);
  }, DURATION_MS + 60_000);
});
