/**
 * The gateway's one connection to Redis (`--redis URL`), the state replicas share. Everything built
 * on it asks `available` first and falls back to its in-process store while Redis is away, so a Redis
 * outage never fails a caller's request: the gateway warns once when Redis goes away, serves on local
 * state, keeps reconnecting in the background, and says so when Redis is back.
 *
 * ioredis with its offline queue off and a short command timeout: a command while Redis is away
 * fails at once (and the caller falls back) instead of queueing behind a reconnect.
 */
import { Redis } from 'ioredis';
import { KEY_PREFIX } from './redis-names.js';

export { KEY_PREFIX, checkRedisUrl } from './redis-names.js';

export interface SharedRedisOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…` (TLS). */
  url: string;
  /** Where "Redis is away / back" goes. @default console.warn */
  log?: (message: string) => void;
  /** Longest wait for one command before it counts as failed. @default 500 */
  commandTimeoutMs?: number;
}


export class SharedRedis {
  readonly client: Redis;
  private readonly log: (message: string) => void;
  private away = false;
  private closed = false;

  constructor(options: SharedRedisOptions) {
    this.log = options.log ?? ((message) => console.warn(message));
    this.client = new Redis(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectTimeout: 2_000,
      // Reconnect forever, at most every 1 s: Redis coming back is what we wait for.
      retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
      keyPrefix: KEY_PREFIX,
    });
    this.client.on('ready', () => this.markBack());
    // Called for every failed connection attempt while away: only the first one is worth a line.
    const lost = () => this.markAway();
    this.client.on('error', lost);
    this.client.on('close', lost);
  }

  /** True while connected: shared state is read and written in Redis. */
  get available(): boolean {
    return this.client.status === 'ready';
  }

  /** A command failed (timeout, connection reset): the caller falls back; this warns once per outage. */
  markAway(): void {
    if (this.away || this.closed) return;
    this.away = true;
    // Never the URL: it may carry a password.
    this.log('grouping-gateway: Redis is unavailable; serving on local state until it is back');
  }

  /**
   * Redis answered. Also called after a command succeeds: a command that only timed out (a busy
   * moment) marks Redis away without the connection ever dropping, so no 'ready' would follow.
   */
  markBack(): void {
    if (!this.away || this.closed) return;
    this.away = false;
    this.log('grouping-gateway: Redis is back; shared state resumed');
  }

  /**
   * `inRedis` while Redis is connected, else — or when it fails — `locally`: the one fallback rule of
   * every shared store, so a Redis outage never becomes a caller's error.
   */
  async orLocal<T>(inRedis: () => Promise<T>, locally: () => T | Promise<T>): Promise<T> {
    if (!this.available) return locally();
    try {
      const result = await inRedis();
      this.markBack();
      return result;
    } catch {
      this.markAway();
      return locally();
    }
  }

  /**
   * Waits (bounded) for the connection, so a start with Redis up begins shared. With `failFast`, a
   * failed attempt (refused, unresolvable) ends the wait at once: a start with Redis down serves on
   * local state right away instead of after the timeout, and joins Redis when it comes up.
   */
  async ready(timeoutMs = 2_000, options: { failFast?: boolean } = {}): Promise<boolean> {
    if (this.available) return true;
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.client.off('ready', onReady);
        this.client.off('error', onError);
        resolve(ok);
      };
      const onReady = () => done(true);
      const onError = () => done(false);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.client.once('ready', onReady);
      if (options.failFast) this.client.once('error', onError);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.client.status === 'ready') await this.client.quit();
      else this.client.disconnect();
    } catch {
      this.client.disconnect();
    }
  }
}
