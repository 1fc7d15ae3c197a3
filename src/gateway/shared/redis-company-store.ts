/**
 * The company entity cache (src/gateway/caching/company-cache.ts) in Redis, shared by every replica.
 *
 * One key per company (`company:<scope>:<id>`, expiring after the TTL) under the generation counter
 * `company-generation` that every write through any replica increments (generation-entries.ts): a
 * write through one replica makes every replica's next read miss at once, and a read that raced it is
 * not stored. The pub/sub message only clears each replica's local fallback.
 *
 * While Redis is away, companies are kept in this process (the in-memory store) and the replica warns
 * once (src/gateway/shared/redis.ts). When Redis is back the shared generation is bumped: writes made
 * while it was away were not counted there, so nothing stored before them may be served.
 */
import { createMemoryCompanyStore, type CompanyStore } from '../caching/company-cache.js';
import type { Company } from '../../intercom/types.js';
import { createGenerationEntries } from './generation-entries.js';
import type { SharedRedis } from './redis.js';

export interface RedisCompanyStore extends CompanyStore {
  /** Forget the companies kept in this process (another replica wrote; Redis's own are generation-checked). */
  clearLocal(): void;
}

export function createRedisCompanyStore(redis: SharedRedis, options: { ttlMs: number }): RedisCompanyStore {
  const local = createMemoryCompanyStore({ ttlMs: options.ttlMs });
  const entries = createGenerationEntries(redis, 'company-generation');
  const key = (scope: string, id: string) => `company:${scope}:${id}`;

  const shared = <T>(inRedis: () => Promise<T>, locally: () => Promise<T>) => redis.orLocal(inRedis, locally);

  const lookup = (scope: string, id: string) =>
    shared(
      async () => {
        const { generation, value } = await entries.read<Company>(key(scope, id));
        return { company: value, generation: `r:${generation}` };
      },
      async () => ({ company: await local.get(scope, id), generation: `l:${await local.generation()}` }),
    );

  return {
    generation: () =>
      shared(
        async () => `r:${await entries.current()}`,
        async () => `l:${await local.generation()}`,
      ),
    get: async (scope, id) => (await lookup(scope, id)).company,
    lookup,
    async put(scope, companies, mark) {
      if (companies.length === 0) return;
      if (mark.startsWith('l:')) return local.put(scope, companies, mark.slice(2));
      await shared(
        () => entries.put(mark.slice(2), options.ttlMs, companies.map((company) => [key(scope, company.id), company] as const)),
        () => Promise.resolve(),
      );
    },
    async invalidateAll() {
      local.clear();
      await shared(() => entries.bump(), () => Promise.resolve());
    },
    clearLocal: () => local.clear(),
  };
}
