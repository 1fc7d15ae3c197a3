/**
 * The in-process company store: served until its TTL, per scope, dropped whole by a write, a read
 * that began before the write not stored, the oldest dropped past its size.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryCompanyStore } from '../../src/gateway/caching/company-cache.js';
import type { Company } from '../../src/intercom/types.js';

const company = (id: string) => ({ type: 'company', id, name: `Company ${id}` }) as unknown as Company;

describe('in-process company store', () => {
  it('serves a company until its TTL, only to its scope', async () => {
    let now = 1_000;
    const store = createMemoryCompanyStore({ ttlMs: 100, now: () => now });
    await store.put('s1', [company('a')], await store.generation());
    expect(await store.get('s1', 'a')).toEqual(company('a'));
    expect(await store.get('s2', 'a')).toBeUndefined();
    now += 99;
    expect(await store.get('s1', 'a')).toEqual(company('a'));
    now += 1;
    expect(await store.get('s1', 'a')).toBeUndefined();
  });

  it('a write drops everything, and a read that began before it is not stored', async () => {
    const store = createMemoryCompanyStore({ ttlMs: 60_000 });
    await store.put('s1', [company('a')], await store.generation());
    const before = await store.generation();
    await store.invalidateAll();
    expect(await store.get('s1', 'a')).toBeUndefined();
    await store.put('s1', [company('b')], before);
    expect(await store.get('s1', 'b')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('keeps at most maxEntries, dropping the oldest stored', async () => {
    const store = createMemoryCompanyStore({ ttlMs: 60_000, maxEntries: 2 });
    const mark = await store.generation();
    await store.put('s1', [company('a'), company('b'), company('c')], mark);
    expect(store.size).toBe(2);
    expect(await store.get('s1', 'a')).toBeUndefined();
    expect(await store.get('s1', 'c')).toEqual(company('c'));
  });

  it('refuses a TTL of 0 (0 means: build none)', () => {
    expect(() => createMemoryCompanyStore({ ttlMs: 0 })).toThrow(RangeError);
  });
});
