/**
 * Redis killed (SIGKILL, by PID) in the middle of a load on two replicas, then restarted on the same
 * port. The load stays within the upstream's budget (about 9 calls a second against 10), so every
 * operation should get its data: a failure here can only come from the outage. Each replica warns
 * exactly once, says when Redis is back, and spends from Redis again afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { KEY_PREFIX } from '../../src/gateway/shared/redis.js';
import { busiestWindow, mixedLoad, repeatedWrites, runOpenLoop, statusCounts } from './paced-load.js';
import { startTestRedis, type TestRedis } from './redis-server.js';

const LIMIT_PER_WINDOW = 100;

let redis: TestRedis;
let api: LocalApi;
const gateways: RunningGateway[] = [];
const logs: string[][] = [[], []];

beforeAll(async () => {
  redis = await startTestRedis();
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true, rateLimit: LIMIT_PER_WINDOW * 6 });
  for (const log of logs) {
    gateways.push(
      await startGateway(
        { upstream: api.url, token: api.token, port: 0, host: '127.0.0.1', redis: redis.url },
        { logging: false, log: (message) => log.push(message) },
      ),
    );
  }
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await api?.close();
  await redis?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Redis going away under load', () => {
  it('fails no request, warns once per replica, and resumes the shared budget when Redis is back', async () => {
    const items = mixedLoad(api, 40, 10);
    const load = runOpenLoop(
      gateways.map((gateway) => gateway.graphqlUrl),
      items,
      { perSecond: 1.5, durationMs: 16_000 },
    );
    await sleep(4_000);
    const killedAt = Date.now();
    await redis.kill();
    await sleep(4_000);
    const duringOutage = logs.map((log) => log.length);
    const restartedAt = Date.now();
    await redis.restart();
    const results = await load;

    const received = api.received!.all();
    // The replicas really served upstream calls while Redis was away.
    expect(received.filter((entry) => entry.at > killedAt && entry.at < restartedAt).length).toBeGreaterThan(0);
    expect(statusCounts(received)[429] ?? 0).toBe(0);
    expect(busiestWindow(received)).toBeLessThanOrEqual(LIMIT_PER_WINDOW);
    expect(repeatedWrites(received)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(20);
    expect(results.filter((r) => r.outcome !== 'data').map((r) => `${r.status} ${r.body.slice(0, 300)}`)).toEqual([]);

    for (const [i, log] of logs.entries()) {
      expect(duringOutage[i]).toBe(1);
      expect(log.filter((m) => m.includes('Redis is unavailable'))).toHaveLength(1);
      expect(log.filter((m) => m.includes('Redis is back'))).toHaveLength(1);
      expect(gateways[i]!.shared.redis!.available).toBe(true);
    }
    // The restarted Redis started empty: counters in it now were written after it came back.
    expect((await gateways[0]!.shared.redis!.client.keys(`${KEY_PREFIX}pace:*`)).length).toBeGreaterThan(0);
  }, 60_000);

  it('starts and serves with Redis down, and joins it when it comes up', async () => {
    await redis.kill();
    const log: string[] = [];
    const gateway = await startGateway(
      { upstream: api.url, token: api.token, port: 0, host: '127.0.0.1', redis: redis.url },
      { logging: false, log: (message) => log.push(message) },
    );
    try {
      const [result] = await runOpenLoop([gateway.graphqlUrl], mixedLoad(api, 1, 100), { perSecond: 1, durationMs: 1 });
      expect(result?.outcome).toBe('data');
      expect(log.filter((m) => m.includes('Redis is unavailable'))).toHaveLength(1);
      await redis.restart();
      expect(await gateway.shared.redis!.ready(5_000)).toBe(true);
      expect(log.filter((m) => m.includes('Redis is back'))).toHaveLength(1);
      expect(log.filter((m) => m.includes('Redis is unavailable'))).toHaveLength(1);
    } finally {
      await gateway.close();
    }
  }, 30_000);
});
