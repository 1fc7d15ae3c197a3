/**
 * The tag and segment list cache (src/gateway/caching/shared-lists.ts) shared by every replica
 * through Redis, in two layers:
 * - in this process, the ordinary list cache: nearly every request reads a list, so most reads cost
 *   neither an upstream call nor a Redis round trip;
 * - behind it, Redis: a list one replica read is not read from the upstream again by the others.
 *
 * Each layer keeps a list for half the TTL, so no list is served more than the TTL after it was read
 * from the upstream. A write through any replica bumps the shared generation (`list-generation`):
 * what Redis holds from before it is never served; what each process holds is dropped by the pub/sub
 * message (src/gateway/shared/invalidation-bus.ts) — without that message, a replica would serve its
 * own copy of the pre-write list for up to half the TTL. A list read that began before a write is not
 * stored in Redis (generation-entries.ts).
 *
 * While Redis is away only the process layer is used, as without `--redis`; when it is back, the
 * generation is bumped (bump-on-return.ts).
 */
import { createSharedListCache, type SharedList, type SharedListCache } from '../caching/shared-lists.js';
import { createGenerationEntries } from './generation-entries.js';
import type { SharedRedis } from './redis.js';

export function createRedisListCache(redis: SharedRedis, options: { ttlMs: number; onLookup?: (hit: boolean) => void }): SharedListCache {
  const { ttlMs } = options;
  if (!(ttlMs > 0)) throw new RangeError('the shared list cache needs a TTL above 0 ms (0 means: build none)');
  const layerTtlMs = Math.max(1, Math.floor(ttlMs / 2));
  const local = createSharedListCache({ ttlMs: layerTtlMs, onLookup: options.onLookup });
  const entries = createGenerationEntries(redis, 'list-generation');

  /** The list from Redis when it holds a current one, else from `fetch` (then stored in Redis). */
  async function fromRedis<T>(scope: string, list: SharedList, fetch: () => Promise<T>): Promise<T> {
    if (!redis.available) return fetch();
    const key = `list:${scope}:${list}`;
    let generation: string;
    try {
      const stored = await entries.read<T>(key);
      if (stored.value !== undefined) return stored.value;
      generation = stored.generation;
    } catch {
      redis.markAway();
      return fetch();
    }
    const value = await fetch();
    entries.put(generation, Math.max(1, ttlMs - layerTtlMs), [[key, value]]).catch(() => redis.markAway());
    return value;
  }

  return {
    ttlMs,
    get size() {
      return local.size;
    },
    read: (scope, list, fetch) => local.read(scope, list, () => fromRedis(scope, list, fetch)),
    async invalidateAll() {
      local.invalidateAll();
      if (!redis.available) return;
      await entries.bump().catch(() => redis.markAway());
    },
    invalidateLocal: () => local.invalidateAll(),
    // Only this process's copy counts as free: a list held in Redis alone still costs a round trip
    // there, and the estimate stays an upper bound either way.
    isFresh: (scope, list) => local.isFresh(scope, list),
  };
}
