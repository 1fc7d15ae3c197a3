/**
 * Redis killed (SIGKILL, by PID) 1.5 s into a 5-second load on two replicas, then restarted on the
 * same port 1.5 s later. The whole load (about 75 upstream calls) fits in one window's budget (100),
 * so the pacer never has to hold a call and every operation should get its data: a failure here can
 * only come from the outage, and a 429 or an overfull window only from replicas overspending on
 * their local state. Each replica warns exactly once, says when Redis is back (it reconnects at
 * most 1 s apart, so within the load), and spends from Redis again afterwards.
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

/** The load's timeline: Redis is killed `KILL_AT_MS` into it and restarted `OUTAGE_MS` later. */
const LOAD_MS = 5_000;
const KILL_AT_MS = 1_500;
const OUTAGE_MS = 1_500;
const OPERATIONS_PER_SECOND = 2;

describe('Redis going away under load', () => {
  it('fails no request, warns once per replica, and resumes the shared budget when Redis is back', async () => {
    const items = mixedLoad(api, 40, 10);
    const load = runOpenLoop(
      gateways.map((gateway) => gateway.graphqlUrl),
      items,
      { perSecond: OPERATIONS_PER_SECOND, durationMs: LOAD_MS },
    );
    await sleep(KILL_AT_MS);
    const killedAt = Date.now();
    await redis.kill();
    await sleep(OUTAGE_MS);
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
    // The open loop starts one every 500 ms: 10 in 5 s, maybe one or two fewer on a busy machine.
    expect(results.length).toBeGreaterThanOrEqual(8);
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
