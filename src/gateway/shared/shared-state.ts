/**
 * What a gateway shares with its replicas, built once at start: with `--redis`, the connection and
 * the rate budget's counters in Redis; without it, the same interfaces over in-process stores, so
 * one process needs nothing else. Other shared stores (caches) take the connection from here.
 */
import { UpstreamPacer } from '../../intercom/pacing/pacer.js';
import { MemoryWindowCounters, type WindowCounterStore } from '../../intercom/pacing/window-counters.js';
import type { SharedRedis } from './redis.js';
import { createInvalidationBus, NO_BUS, type InvalidationBus } from './invalidation-bus.js';

export interface SharedStateOptions {
  /** `--redis`; undefined keeps everything in this process. */
  redisUrl: string | undefined;
  /** Where "Redis is away / back" goes. @default console.warn */
  log?: (message: string) => void;
  /** The upstream's rate-limit window (ms), for the pacer. @default the pacer's: Intercom's 10 s */
  windowMs?: number;
}

export interface SharedState {
  /** The connection, when `--redis` was given (check `available` before relying on it). */
  redis: SharedRedis | undefined;
  /**
   * Fixed-window counters every budget spends from: the upstream pacer keys them by token digest
   * (`pace:…`); per-caller budgets may key theirs by caller id. Shared by all replicas with Redis.
   */
  budget: WindowCounterStore;
  /** Paces every upstream call on its token's budget. */
  pacer: UpstreamPacer;
  /** Tells the other replicas about writes, and hears theirs (pub/sub; nothing without Redis). */
  invalidation: InvalidationBus;
  close(): Promise<void>;
}

export async function startSharedState(options: SharedStateOptions): Promise<SharedState> {
  if (options.redisUrl === undefined) {
    const budget = new MemoryWindowCounters();
    const pacer = new UpstreamPacer({ store: budget, windowMs: options.windowMs });
    return { redis: undefined, budget, pacer, invalidation: NO_BUS, close: () => Promise.resolve(pacer.close()) };
  }
  // Loaded only with --redis: a single gateway never pays for the Redis client at start.
  const [{ SharedRedis }, { SharedWindowCounters }] = await Promise.all([import('./redis.js'), import('./shared-window-counters.js')]);
  const redis = new SharedRedis({ url: options.redisUrl, log: options.log });
  // Redis down at start is no reason not to serve: the warning is given and it is used when it comes.
  await redis.ready(2_000, { failFast: true });
  if (!redis.available) redis.markAway();
  const budget = new SharedWindowCounters(redis);
  const pacer = new UpstreamPacer({ store: budget, windowMs: options.windowMs });
  const invalidation = createInvalidationBus(redis);
  return {
    redis,
    budget,
    pacer,
    invalidation,
    async close() {
      pacer.close();
      budget.close();
      await invalidation.close();
      await redis.close();
    },
  };
}
