/**
 * How many gateways share this Redis: each one refreshes its own entry every few seconds, and counts
 * the entries fresher than a few heartbeats. Read while Redis is away (the last count seen), so each
 * replica knows how small its share of a shared budget must be when it spends alone.
 */
import { randomUUID } from 'node:crypto';
import type { SharedRedis } from './redis.js';

const HEARTBEAT_MS = 2_000;
/** An entry older than this is a replica that stopped. */
const FRESH_MS = 3 * HEARTBEAT_MS;
const KEY = 'replicas';

export class ReplicaCount {
  private readonly id = randomUUID();
  private readonly timer: NodeJS.Timeout;
  /** Replicas seen at the last heartbeat, this one included; 1 until a heartbeat reached Redis. */
  lastSeen = 1;

  constructor(private readonly redis: SharedRedis) {
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.timer.unref();
    // At once on every (re)connection, not a heartbeat later: an outage right after would find 1.
    redis.client.on('ready', () => void this.beat());
    void this.beat();
  }

  private async beat(): Promise<void> {
    if (!this.redis.available) return;
    const now = Date.now();
    try {
      const [, , [, count]] = (await this.redis.client
        .multi()
        .zadd(KEY, now, this.id)
        .zremrangebyscore(KEY, 0, now - FRESH_MS)
        .zcard(KEY)
        .exec()) as [unknown, unknown, [unknown, number]];
      this.lastSeen = Math.max(1, count);
    } catch {
      // A failed beat changes nothing: the last count stands until Redis answers again.
    }
  }

  /** Stops the heartbeat and leaves the count (best effort: a crashed replica drops out after FRESH_MS). */
  close(): void {
    clearInterval(this.timer);
    if (this.redis.available) this.redis.client.zrem(KEY, this.id).catch(() => undefined);
  }
}
