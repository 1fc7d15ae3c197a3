/**
 * The company entity cache's Redis store on a real redis-server: one replica's companies are served
 * to another, a write through either makes both miss, a read that began before a write is not
 * stored, one token's companies are not another's, and with Redis away it keeps answering from this
 * process (one warning) and uses Redis again when it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedRedis } from '../../src/gateway/shared/redis.js';
import { createRedisCompanyStore } from '../../src/gateway/shared/redis-company-store.js';
import type { Company } from '../../src/intercom/types.js';
import { startTestRedis, type TestRedis } from './redis-server.js';

let redis: TestRedis;
const opened: SharedRedis[] = [];

async function replica(log: (message: string) => void = () => undefined) {
  const connection = new SharedRedis({ url: redis.url, log });
  opened.push(connection);
  await connection.ready();
  return { connection, store: createRedisCompanyStore(connection, { ttlMs: 60_000 }) };
}

const company = (id: string, name: string) => ({ type: 'company', id, name }) as unknown as Company;

beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  for (const connection of opened) await connection.close();
  await redis?.stop();
});

describe('company store in Redis', () => {
  it('serves what one replica stored to another, per scope, until a write through either', async () => {
    const [a, b] = [await replica(), await replica()];
    await a.store.put('scope-1', [company('c1', 'Acme'), company('c2', 'Globex')], await a.store.generation());
    expect(await b.store.get('scope-1', 'c1')).toEqual(company('c1', 'Acme'));
    expect(await b.store.get('scope-2', 'c1')).toBeUndefined();
    await b.store.invalidateAll();
    expect(await a.store.get('scope-1', 'c1')).toBeUndefined();
    expect(await a.store.get('scope-1', 'c2')).toBeUndefined();
  });

  it('does not store a read that began before a write on another replica', async () => {
    const [a, b] = [await replica(), await replica()];
    const before = await a.store.generation();
    await b.store.invalidateAll();
    await a.store.put('scope-1', [company('c3', 'Old name')], before);
    expect(await b.store.get('scope-1', 'c3')).toBeUndefined();
    await a.store.put('scope-1', [company('c3', 'New name')], await a.store.generation());
    expect(await b.store.get('scope-1', 'c3')).toEqual(company('c3', 'New name'));
  });

  it('with Redis away: answers from this process with one warning, never throws; shared again when back', async () => {
    const logs: string[] = [];
    const { connection, store } = await replica((message) => logs.push(message));
    await redis.kill();
    await expect(store.get('scope-1', 'c1')).resolves.toBeUndefined();
    const local = await store.generation();
    expect(local.startsWith('l:')).toBe(true);
    await store.put('scope-1', [company('c9', 'Local')], local);
    expect(await store.get('scope-1', 'c9')).toEqual(company('c9', 'Local'));
    await store.invalidateAll();
    expect(await store.get('scope-1', 'c9')).toBeUndefined();
    expect(logs.filter((line) => line.includes('unavailable'))).toHaveLength(1);

    await redis.restart();
    expect(await connection.ready(5_000)).toBe(true);
    // Back from an outage, every replica bumps the shared generation (writes while away were not counted there).
    await expect.poll(async () => Number(await connection.client.get('company-generation'))).toBeGreaterThanOrEqual(1);
    const other = await replica();
    await expect
      .poll(async () => {
        await store.put('scope-1', [company('c10', 'Shared')], await store.generation());
        return other.store.get('scope-1', 'c10');
      })
      .toEqual(company('c10', 'Shared'));
    expect(await connection.client.exists('company:scope-1:c10')).toBe(1);
  }, 20_000);
});
