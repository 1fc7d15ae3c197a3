/**
 * A cache kept in Redis under a generation counter must not serve, once Redis is back from an
 * outage, what it stored before: writes made meanwhile were never counted in Redis. So each replica
 * increments the counter when its connection comes back (several replicas bumping it is harmless:
 * each bump only makes older entries unservable).
 */
import type { SharedRedis } from './redis.js';

export function bumpGenerationOnReturn(redis: SharedRedis, generationKey: string): void {
  let lost = false;
  redis.client.on('close', () => (lost = true));
  redis.client.on('ready', () => {
    if (!lost) return;
    lost = false;
    redis.client.incr(generationKey).catch(() => undefined);
  });
}
