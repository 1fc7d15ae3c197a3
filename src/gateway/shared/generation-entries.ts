/**
 * Entries kept in Redis under a generation counter that every write through any replica increments:
 * an entry is served only when it was stored in the generation current at the read, so a write
 * makes every replica's next read miss at once — no key walk, no reliance on the pub/sub message.
 * Storing is one Lua script that stores nothing when the generation moved since the read began, so a
 * read that raced a write on another replica never refills the cache with pre-write data. When Redis
 * is back from an outage the generation is bumped (bump-on-return.ts).
 *
 * The company cache and the shared lists keep theirs this way (redis-company-store.ts,
 * redis-list-cache.ts). Every call rejects when Redis fails: each store decides how to fall back.
 */
import { bumpGenerationOnReturn } from './bump-on-return.js';
import type { SharedRedis } from './redis.js';

/** KEYS[1] generation, KEYS[2..] entries; ARGV[1] expected generation, ARGV[2] TTL ms, ARGV[3..] values. */
const PUT = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
for i = 2, #KEYS do redis.call('SET', KEYS[i], ARGV[i + 1], 'PX', tonumber(ARGV[2])) end
return #KEYS - 1`;

interface PutCommand {
  generationPut(...args: Array<string | number>): Promise<number>;
}

export interface GenerationEntries {
  /** The current generation. */
  current(): Promise<string>;
  /** The current generation and what `key` holds in it (undefined: absent, or stored before it), in one round trip. */
  read<T>(key: string): Promise<{ generation: string; value: T | undefined }>;
  /** Stores each `[key, value]` for `ttlMs`, unless the generation is no longer `generation`. */
  put(generation: string, ttlMs: number, entries: ReadonlyArray<readonly [key: string, value: unknown]>): Promise<void>;
  /** Every entry stored so far stops being served, on every replica. */
  bump(): Promise<void>;
}

export function createGenerationEntries(redis: SharedRedis, generationKey: string): GenerationEntries {
  // Defined once per client whichever store asks; a second definition is the same script.
  redis.client.defineCommand('generationPut', { lua: PUT });
  const commands = redis.client as unknown as PutCommand;
  // Back from an outage: writes may have happened meanwhile that Redis's generation never saw.
  bumpGenerationOnReturn(redis, generationKey);
  return {
    current: async () => (await redis.client.get(generationKey)) ?? '0',
    async read<T>(key: string) {
      const [current, raw] = await redis.client.mget(generationKey, key);
      const generation = current ?? '0';
      const stored = raw === null || raw === undefined ? undefined : (JSON.parse(raw) as { g: string; v: T });
      return { generation, value: stored?.g === generation ? stored.v : undefined };
    },
    async put(generation, ttlMs, entries) {
      await commands.generationPut(
        1 + entries.length,
        generationKey,
        ...entries.map(([key]) => key),
        generation,
        ttlMs,
        ...entries.map(([, value]) => JSON.stringify({ g: generation, v: value })),
      );
    },
    async bump() {
      await redis.client.incr(generationKey);
    },
  };
}
