/**
 * Tells every replica that a write went through one of them, so each drops the caches it keeps in
 * its own process (the tag/segment lists, cached responses, the local copy of companies): Redis
 * pub/sub on one channel. A replica ignores its own messages (it already dropped its caches before
 * publishing).
 *
 * Best effort by nature: a message published while a replica is disconnected from Redis is lost to
 * it. The TTLs bound what it may then serve; caches stored in Redis itself are invalidated there
 * (the company cache's shared generation), not by this message.
 *
 * Without `--redis` there is one process, nothing to tell: `publish` does nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KEY_PREFIX } from './redis-names.js';
import type { SharedRedis } from './redis.js';

/** Channels are not prefixed by the client's keyPrefix, so the prefix is spelled out. */
const INVALIDATION_CHANNEL = `${KEY_PREFIX}invalidate`;

export interface InvalidationBus {
  /** Tell the other replicas a write settled here. Never rejects; resolves once Redis took the message (or could not). */
  publish(): Promise<void>;
  /** Run `listener` whenever another replica says a write settled there. */
  onRemoteWrite(listener: () => void): void;
  close(): Promise<void>;
}

export const NO_BUS: InvalidationBus = { publish: () => Promise.resolve(), onRemoteWrite: () => undefined, close: () => Promise.resolve() };

export function createInvalidationBus(redis: SharedRedis): InvalidationBus {
  const self = randomUUID();
  const listeners: Array<() => void> = [];
  // A connection in subscriber mode can do nothing else, so the bus has its own. It subscribes
  // itself on every 'ready' below; ioredis' own resubscription would send SUBSCRIBE without handling
  // its failure, and a Redis that drops again at that instant left an unhandled rejection.
  const subscriber: Redis = redis.client.duplicate({ autoResubscribe: false });
  const subscribe = () => void subscriber.subscribe(INVALIDATION_CHANNEL).catch(() => undefined);
  // On every (re)connection: with the offline queue off, a subscribe before `ready` would just fail.
  subscriber.on('ready', subscribe);
  // Its failures are the main connection's to report (one warning per outage, redis.ts).
  subscriber.on('error', () => undefined);
  subscriber.on('message', (channel: string, from: string) => {
    if (channel !== INVALIDATION_CHANNEL || from === self) return;
    for (const listener of listeners) listener();
  });

  return {
    async publish() {
      if (!redis.available) return;
      await redis.client.publish(INVALIDATION_CHANNEL, self).catch(() => redis.markAway());
    },
    onRemoteWrite(listener) {
      listeners.push(listener);
    },
    async close() {
      subscriber.disconnect();
    },
  };
}
