/**
 * The company entity cache (src/gateway/caching/company-cache.ts) in Redis, shared by every replica.
 *
 * One key per company (`company:<scope>:<id>`, expiring after the TTL) holding the company and the
 * invalidation generation it was read in; one counter (`company-generation`) that every write through
 * any replica increments. A company is served only when it was stored in the current generation, so
 * a write through one replica makes every replica's next read miss at once — no key walk, and no
 * reliance on the pub/sub message arriving (that message clears each replica's local fallback).
 * Storing is one Lua script that stores nothing when the generation moved since the read began, so
 * a read that raced a write on another replica never refills the cache with pre-write data.
 *
 * While Redis is away, companies are kept in this process (the in-memory store) and the replica warns
 * once (src/gateway/shared/redis.ts). When Redis is back the shared generation is bumped: writes made
 * while it was away were not counted there, so nothing stored before them may be served.
 */
import { createMemoryCompanyStore, type CompanyStore } from '../caching/company-cache.js';
import type { Company } from '../../intercom/types.js';
import { bumpGenerationOnReturn } from './bump-on-return.js';
import type { SharedRedis } from './redis.js';

const GENERATION_KEY = 'company-generation';

/** KEYS[1] generation, KEYS[2..] companies; ARGV[1] expected generation, ARGV[2] TTL ms, ARGV[3..] values. */
const PUT = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
for i = 2, #KEYS do redis.call('SET', KEYS[i], ARGV[i + 1], 'PX', tonumber(ARGV[2])) end
return #KEYS - 1`;

interface PutCommand {
  companyPut(...args: Array<string | number>): Promise<number>;
}

export interface RedisCompanyStore extends CompanyStore {
  /** Forget the companies kept in this process (another replica wrote; Redis's own are generation-checked). */
  clearLocal(): void;
}

export function createRedisCompanyStore(redis: SharedRedis, options: { ttlMs: number }): RedisCompanyStore {
  const local = createMemoryCompanyStore({ ttlMs: options.ttlMs });
  redis.client.defineCommand('companyPut', { lua: PUT });
  const commands = redis.client as unknown as PutCommand;
  const key = (scope: string, id: string) => `company:${scope}:${id}`;

  // Back from an outage: writes may have happened meanwhile that Redis's generation never saw.
  bumpGenerationOnReturn(redis, GENERATION_KEY);

  const shared = <T>(inRedis: () => Promise<T>, locally: () => Promise<T>) => redis.orLocal(inRedis, locally);

  const lookup = (scope: string, id: string) =>
    shared(
      async () => {
        const [current, raw] = await redis.client.mget(GENERATION_KEY, key(scope, id));
        const generation = current ?? '0';
        const stored = raw === null || raw === undefined ? undefined : (JSON.parse(raw) as { g: string; c: Company });
        return { company: stored?.g === generation ? stored.c : undefined, generation: `r:${generation}` };
      },
      async () => ({ company: await local.get(scope, id), generation: `l:${await local.generation()}` }),
    );

  return {
    ttlMs: options.ttlMs,
    generation: () =>
      shared(
        async () => `r:${(await redis.client.get(GENERATION_KEY)) ?? '0'}`,
        async () => `l:${await local.generation()}`,
      ),
    get: async (scope, id) => (await lookup(scope, id)).company,
    lookup,
    async put(scope, companies, mark) {
      if (companies.length === 0) return;
      if (mark.startsWith('l:')) return local.put(scope, companies, mark.slice(2));
      const generation = mark.slice(2);
      await shared(
        () =>
          commands.companyPut(
            1 + companies.length,
            GENERATION_KEY,
            ...companies.map((company) => key(scope, company.id)),
            generation,
            options.ttlMs,
            ...companies.map((company) => JSON.stringify({ g: generation, c: company })),
          ),
        () => Promise.resolve(0),
      );
    },
    async invalidateAll() {
      local.clear();
      await shared(() => redis.client.incr(GENERATION_KEY), () => Promise.resolve(0));
    },
    clearLocal: () => local.clear(),
  };
}
