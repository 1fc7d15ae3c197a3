/**
 * The rate budget's shared counters on a real redis-server: replicas taking from one window at the
 * same time never get more than its allowance between them (the Lua script is atomic), `raise`
 * only ever raises, and with Redis away the counters keep answering from this process, with one
 * warning, and go back to Redis when it returns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedRedis } from '../../src/gateway/shared/redis.js';
import { SharedWindowCounters } from '../../src/gateway/shared/shared-window-counters.js';
import { startTestRedis, type TestRedis } from './redis-server.js';

let redis: TestRedis;
const opened: Array<{ close(): unknown }> = [];

function connect(log: (message: string) => void = () => undefined): { connection: SharedRedis; counters: SharedWindowCounters } {
  const connection = new SharedRedis({ url: redis.url, log });
  const counters = new SharedWindowCounters(connection);
  opened.push(connection, counters); // closed in reverse: the counters leave the replica count before the connection goes
  return { connection, counters };
}

beforeAll(async () => {
  redis = await startTestRedis();
});

afterAll(async () => {
  for (const item of opened.reverse()) await item.close();
  await redis?.stop();
});

describe('shared window counters in Redis', () => {
  it('never grant more than the allowance to replicas taking at once', async () => {
    const replicas = [connect(), connect(), connect()];
    await Promise.all(replicas.map((replica) => replica.connection.ready()));
    const takes = replicas.flatMap((replica) => Array.from({ length: 40 }, () => replica.counters.take('test:atomic', 1, 37, 10_000)));
    const granted = await Promise.all(takes);
    expect(granted.reduce((sum, n) => sum + n, 0)).toBe(37);
    expect(granted.filter((n) => n === 0)).toHaveLength(120 - 37);
  });

  it('raise never lowers and add always adds', async () => {
    const { connection, counters } = connect();
    await connection.ready();
    expect(await counters.take('test:raise', 3, 10, 10_000)).toBe(3);
    await counters.raise('test:raise', 2, 10_000);
    expect(await counters.take('test:raise', 10, 10, 10_000)).toBe(7);
    await counters.raise('test:raise-2', 8, 10_000);
    await counters.add('test:raise-2', 1, 10_000);
    expect(await counters.take('test:raise-2', 5, 10, 10_000)).toBe(1);
  });

  it('keeps counting in-process while Redis is away, warns once, and uses Redis again when it is back', async () => {
    // Alone: the earlier tests' replicas leave, so this one's share while Redis is away is the whole allowance.
    for (const item of opened.splice(0).reverse()) await item.close();
    const messages: string[] = [];
    const { connection, counters } = connect((message) => messages.push(message));
    await connection.ready();
    await redis.kill();
    // Commands now fail or find no connection: every one of them must still answer.
    expect(await counters.take('test:away', 4, 5, 10_000)).toBe(4);
    expect(await counters.take('test:away', 4, 5, 10_000)).toBe(1);
    expect(messages.filter((m) => m.includes('unavailable'))).toHaveLength(1);
    await redis.restart();
    await connection.ready(5_000);
    expect(connection.available).toBe(true);
    // A fresh (empty) Redis: the shared counter starts again there.
    expect(await counters.take('test:away', 2, 5, 10_000)).toBe(2);
    expect(Number(await connection.client.get('test:away'))).toBe(2);
    expect(messages.filter((m) => m.includes('unavailable'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('Redis is back'))).toHaveLength(1);
  }, 20_000);
});
