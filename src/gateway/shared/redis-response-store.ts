/**
 * The response cache's store (src/gateway/caching/response-cache.ts) in Redis, shared by every
 * replica, keyed by the plugin's own key (which includes the session: the token's cache scope).
 *
 * Invalidation is by generation, as for the companies (redis-company-store.ts): each response is
 * stored under the generation current when it is stored, and read under the current one; a write
 * through any replica increments the generation, so no replica serves anything stored before it
 * (old entries simply expire). A response whose execution began before a write that another replica
 * made may still be stored under the new generation if it finishes before the pub/sub message
 * arrives (a few ms); the response cache's own check catches it once the message is in.
 *
 * Hand-written rather than @envelop/response-cache-redis: that package pins an older response-cache
 * major and ioredis 5, and drops entries only by type and id, while the gateway drops everything.
 * The plugin's invalidation by entity is a no-op here: every write drops every response anyway.
 *
 * While Redis is away, responses are kept in this process (`local`), as without `--redis`; when it is
 * back, the generation is bumped (bump-on-return.ts).
 */
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import { bumpGenerationOnReturn } from './bump-on-return.js';
import type { SharedRedis } from './redis.js';

const GENERATION_KEY = 'response-generation';

/** KEYS[1] generation, KEYS[2] response key (the generation is appended). */
const GET = `
local generation = redis.call('GET', KEYS[1]) or '0'
return redis.call('GET', KEYS[2] .. '@' .. generation)`;

/** KEYS as GET; ARGV[1] the response, ARGV[2] TTL ms. */
const SET = `
local generation = redis.call('GET', KEYS[1]) or '0'
redis.call('SET', KEYS[2] .. '@' .. generation, ARGV[1], 'PX', tonumber(ARGV[2]))
return 1`;

interface Commands {
  responseGet(generationKey: string, key: string): Promise<string | null>;
  responseSet(generationKey: string, key: string, value: string, ttlMs: number): Promise<number>;
}

export interface RedisResponseStore {
  /** The store to hand the plugin; `local()` is this process's store of the moment (used while Redis is away). */
  cache(local: () => Cache): Cache;
  /** Every replica stops serving what was stored so far. Never rejects. */
  invalidateAll(): Promise<void>;
}

export function createRedisResponseStore(redis: SharedRedis): RedisResponseStore {
  redis.client.defineCommand('responseGet', { numberOfKeys: 2, lua: GET });
  redis.client.defineCommand('responseSet', { numberOfKeys: 2, lua: SET });
  const commands = redis.client as unknown as Commands;
  // Back from an outage: writes may have happened meanwhile that Redis's generation never saw.
  bumpGenerationOnReturn(redis, GENERATION_KEY);
  const key = (id: string) => `response:${id}`;

  const shared = <T>(inRedis: () => Promise<T>, locally: () => T | Promise<T>) => redis.orLocal(inRedis, locally);

  return {
    cache: (local) => ({
      get: (id) =>
        shared(
          async () => {
            const raw = await commands.responseGet(GENERATION_KEY, key(id));
            return raw === null ? undefined : (JSON.parse(raw) as ExecutionResult);
          },
          () => local().get(id),
        ),
      set: (id, result, entities, ttl) =>
        !(ttl > 0 && Number.isFinite(ttl)) ? undefined : shared(
          async () => {
            await commands.responseSet(GENERATION_KEY, key(id), JSON.stringify(result), ttl);
          },
          () => local().set(id, result, entities, ttl),
        ),
      invalidate: (entities) => (redis.available ? undefined : local().invalidate(entities)),
    }),
    async invalidateAll() {
      await shared(
        async () => {
          await redis.client.incr(GENERATION_KEY);
        },
        () => undefined,
      );
    },
  };
}
