/**
 * The rate budget's counters in Redis, shared atomically by every replica: each operation is one
 * Lua script, run by Redis as a unit, so two replicas taking the last unit of a window never both
 * get it (no read-modify-write across the network). While Redis is away, the counters live in this
 * process: each replica then takes only its share of a window's allowance (the allowance divided by
 * the replicas seen recently), so together they still stay within it, and what the upstream reports
 * spent keeps every local counter honest. When Redis is back, the shared counters are used again.
 */
import { MemoryWindowCounters, type WindowCounterStore } from '../../intercom/pacing/window-counters.js';
import type { SharedRedis } from './redis.js';
import { ReplicaCount } from './replica-count.js';

/**
 * Takes up to ARGV[1] units without passing ARGV[2]; a new counter expires after ARGV[3] ms. Answers
 * the units taken and the counter after them.
 */
const TAKE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local granted = math.min(tonumber(ARGV[1]), tonumber(ARGV[2]) - used)
if granted <= 0 then return {0, used} end
if used == 0 then
  redis.call('SET', KEYS[1], granted, 'PX', tonumber(ARGV[3]))
else
  redis.call('INCRBY', KEYS[1], granted)
end
return {granted, used + granted}`;

/** Raises the counter to at least ARGV[1]; answers the counter after it. */
const RAISE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '-1')
if used < 0 then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', tonumber(ARGV[2]))
elseif used < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1], 'KEEPTTL')
else
  return used
end
return tonumber(ARGV[1])`;

/** Adds ARGV[1]. */
const ADD = `
local used = redis.call('INCRBY', KEYS[1], tonumber(ARGV[1]))
if used == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) end
return used`;

interface CounterCommands {
  budgetTake(key: string, want: number, limit: number, ttlMs: number): Promise<[granted: number, used: number]>;
  budgetRaise(key: string, used: number, ttlMs: number): Promise<number>;
  budgetAdd(key: string, count: number, ttlMs: number): Promise<number>;
}

export class SharedWindowCounters implements WindowCounterStore {
  private readonly local = new MemoryWindowCounters();
  private readonly commands: CounterCommands;
  private readonly replicas: ReplicaCount;
  /**
   * The least each Redis counter is known to hold, from Redis's own answers. The pacer raises a
   * counter after every upstream answer, and what the upstream reports is nearly always no more than
   * the units already taken: such a raise changes nothing in Redis, so it costs no round trip.
   * Forgotten when the connection comes back (a restarted Redis starts its counters again).
   */
  private known = new MemoryWindowCounters();

  constructor(private readonly redis: SharedRedis) {
    // defineCommand sends EVALSHA and falls back to EVAL when Redis forgot the script (a restart).
    redis.client.defineCommand('budgetTake', { numberOfKeys: 1, lua: TAKE });
    redis.client.defineCommand('budgetRaise', { numberOfKeys: 1, lua: RAISE });
    redis.client.defineCommand('budgetAdd', { numberOfKeys: 1, lua: ADD });
    this.commands = redis.client as unknown as CounterCommands;
    this.replicas = new ReplicaCount(redis);
    redis.client.on('ready', () => (this.known = new MemoryWindowCounters()));
  }

  async take(key: string, want: number, limit: number, ttlMs: number): Promise<number> {
    return this.shared(
      async () => {
        const [granted, used] = await this.commands.budgetTake(key, want, limit, ttlMs);
        await this.known.raise(key, used, ttlMs);
        return granted;
      },
      // Alone, this replica may spend only its share: the others are spending theirs meanwhile.
      () => this.local.take(key, want, Math.max(1, Math.floor(limit / this.replicas.lastSeen)), ttlMs),
    );
  }

  async raise(key: string, used: number, ttlMs: number): Promise<void> {
    // Both: the local counter must be right when Redis goes away in the middle of a window.
    await this.local.raise(key, used, ttlMs);
    if (this.known.peek(key) >= used) return;
    await this.shared(
      async () => this.known.raise(key, await this.commands.budgetRaise(key, used, ttlMs), ttlMs),
      () => Promise.resolve(),
    );
  }

  async add(key: string, count: number, ttlMs: number): Promise<void> {
    await this.local.add(key, count, ttlMs);
    await this.shared(
      async () => this.known.raise(key, await this.commands.budgetAdd(key, count, ttlMs), ttlMs),
      () => Promise.resolve(),
    );
  }

  close(): void {
    this.replicas.close();
  }

  private shared<T>(inRedis: () => Promise<T>, locally: () => Promise<T>): Promise<T> {
    return this.redis.orLocal(inRedis, locally);
  }
}
