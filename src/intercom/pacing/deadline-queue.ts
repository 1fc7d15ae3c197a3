/**
 * A bounded queue that hands out the entry with the earliest deadline first: the request that must
 * answer soonest gets the next call the budget allows. Small (one per upstream token, bounded), so a
 * sorted array with binary insertion is simpler than a heap and fast enough.
 */
export interface Deadlined {
  /** Epoch ms by which the entry must have been served. */
  readonly deadline: number;
}

export class DeadlineQueue<T extends Deadlined> {
  private readonly entries: T[] = [];

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.length;
  }

  /**
   * Adds `entry`; when the queue is full, the entry with the latest deadline (maybe `entry` itself)
   * is pushed out and returned, so the caller can refuse it.
   */
  push(entry: T): T | undefined {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.entries[mid]!.deadline <= entry.deadline) low = mid + 1;
      else high = mid;
    }
    this.entries.splice(low, 0, entry);
    return this.entries.length > this.capacity ? this.entries.pop() : undefined;
  }

  /** The entry with the earliest deadline, removed. */
  shift(): T | undefined {
    return this.entries.shift();
  }

  remove(entry: T): boolean {
    const index = this.entries.indexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
    return index >= 0;
  }

  /** Removes and returns every entry whose deadline is before `time`: a prefix, as the entries are sorted. */
  takeDueBefore(time: number): T[] {
    let due = 0;
    while (due < this.entries.length && this.entries[due]!.deadline < time) due++;
    return this.entries.splice(0, due);
  }
}
