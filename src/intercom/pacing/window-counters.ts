/**
 * Fixed-window counters: the store a rate budget is spent from. The pacer keys one counter per
 * upstream token and rate-limit window; per-caller budgets may key theirs by caller id in the same
 * store. Every operation is atomic on the store's side, so replicas sharing one store (Redis,
 * src/gateway/shared/) never read-modify-write each other's spending.
 */
export interface WindowCounterStore {
  /**
   * Takes up to `want` units from counter `key` without letting it pass `limit`, and says how many it
   * took (0 when the window is spent). A new counter lives `ttlMs` (past its window's end).
   */
  take(key: string, want: number, limit: number, ttlMs: number): Promise<number>;
  /** Raises counter `key` to at least `used` (what the upstream reports as spent), never lowers it. */
  raise(key: string, used: number, ttlMs: number): Promise<void>;
  /** Adds `count` to counter `key` unconditionally (calls that were spent without being taken). */
  add(key: string, count: number, ttlMs: number): Promise<void>;
}

/** The in-process store: one replica's budget, or any replica's while the shared store is away. */
export class MemoryWindowCounters implements WindowCounterStore {
  private readonly counters = new Map<string, { used: number; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  take(key: string, want: number, limit: number, ttlMs: number): Promise<number> {
    const counter = this.counter(key, ttlMs);
    const granted = Math.max(0, Math.min(want, limit - counter.used));
    counter.used += granted;
    return Promise.resolve(granted);
  }

  raise(key: string, used: number, ttlMs: number): Promise<void> {
    const counter = this.counter(key, ttlMs);
    counter.used = Math.max(counter.used, used);
    return Promise.resolve();
  }

  add(key: string, count: number, ttlMs: number): Promise<void> {
    this.counter(key, ttlMs).used += count;
    return Promise.resolve();
  }

  /** What counter `key` holds now (tests). */
  peek(key: string): number {
    const counter = this.counters.get(key);
    return counter && counter.expiresAt > this.now() ? counter.used : 0;
  }

  private counter(key: string, ttlMs: number): { used: number; expiresAt: number } {
    const now = this.now();
    let counter = this.counters.get(key);
    if (!counter || counter.expiresAt <= now) {
      if (this.counters.size > 10_000) this.sweep(now);
      counter = { used: 0, expiresAt: now + ttlMs };
      this.counters.set(key, counter);
    }
    return counter;
  }

  /** Drops expired counters, so a long run with many tokens does not grow without bound. */
  private sweep(now: number): void {
    for (const [key, counter] of this.counters) if (counter.expiresAt <= now) this.counters.delete(key);
  }
}
