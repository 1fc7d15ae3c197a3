/**
 * Spreads upstream calls over the upstream's rate-limit windows, so the gateway's own load never
 * draws a 429. One budget per upstream token (keyed by its digest, the client's `cacheScope`), so
 * passthrough callers each spend their own; the counters live in a `WindowCounterStore`, which
 * replicas may share (src/gateway/shared/).
 *
 * How a call goes out (the transport asks `admit` before every attempt, retries included):
 * - Until an answer has shown the token's window (`X-RateLimit-*`, src/intercom/pacing/rate-limit-headers.ts),
 *   one call goes out alone to learn it; the others wait for its answer.
 * - Then each call takes one unit of the current window's allowance from the store. When the window
 *   is spent, calls wait in a bounded queue, earliest deadline first, and go out when the next window
 *   opens — unless their deadline comes first: then they fail at once with RATE_LIMITED and
 *   `retryAfter`, as the upstream's own 429 would, but without spending anything.
 * - A call admitted in one window may arrive in the next (it waited for a connection, the event loop
 *   was busy). So a call admitted in the last `lateMarginMs` of a window is counted in the next one
 *   too, before it goes out — another replica may hand out the next window's allowance the moment it
 *   opens — and before this pacer hands out a window's allowance, every call of the previous windows
 *   still unanswered is counted in it too. Counting a call twice costs a unit of throughput, never a 429.
 * - After a spent window, calls wait `guardMs` past its reset: with the upstream's clock a little
 *   behind ours, they would otherwise arrive while it still counts the spent window. (Other windows
 *   have room left for that.) What the upstream reports (`limit - remaining`) raises the counter, so
 *   calls the pacer did not see (other clients of the token) are spent too.
 * - Waiting happens before anything is sent, so a write is never sent twice: it either goes out
 *   once or fails without going out. (The transport never retries writes.)
 * Windows are Intercom's 10 seconds, placed by `X-RateLimit-Reset` (docs/intercom-contract.md#rate-limits).
 */
import { UpstreamError } from '../errors.js';
import { DeadlineQueue } from './deadline-queue.js';
import type { RateLimitInfo } from './rate-limit-headers.js';
import { MemoryWindowCounters, type WindowCounterStore } from './window-counters.js';

export interface PacerOptions {
  /** Where the windows' spending is counted. @default an in-process store */
  store?: WindowCounterStore;
  /** The upstream's window length. @default 10000 (Intercom) */
  windowMs?: number;
  /** After a spent window, how long past its reset calls still wait (clock skew). @default 200 */
  guardMs?: number;
  /** Calls admitted this close to a window's end are counted in the next window as well. @default 500 */
  lateMarginMs?: number;
  /** How long a call may wait for the budget when its request set no deadline. @default 10000 */
  defaultMaxWaitMs?: number;
  /** Calls that may wait per token; past it, the one with the latest deadline is refused. @default 1000 */
  queueCapacity?: number;
  /** The clock (tests). @default Date.now */
  now?: () => number;
}

export interface AdmitOptions {
  /** Aborts the wait (the request is gone). */
  signal?: AbortSignal;
  /** Epoch ms by which the request must answer; the call waits no longer. */
  deadline?: number;
  /**
   * The asking request (any object, e.g. its CallScope): without a `deadline`, all of its calls
   * together wait at most `defaultMaxWaitMs` from its first call, not each call that long.
   */
  request?: object;
}

/** A call let through. `settled` must be called once, with what its answer said (nothing sent: status 0). */
export interface Admission {
  settled(info: RateLimitInfo | undefined, status: number): void;
}

/** What the transport asks before each attempt. */
export interface AttemptPacer {
  /**
   * Resolves when the call may go out on `budgetKey`'s budget; rejects with an UpstreamError
   * RATE_LIMITED when it cannot before its deadline, or with `PacingCancelled` when `signal` aborted.
   */
  admit(budgetKey: string, options?: AdmitOptions): Promise<Admission>;
}

/** The wait was abandoned because the asking request went away. */
export class PacingCancelled extends Error {
  constructor() {
    super('The request was cancelled while waiting for the upstream rate limit');
    this.name = 'PacingCancelled';
  }
}

interface Waiter {
  readonly deadline: number;
  grant(admission: Admission): void;
  refuse(error: Error): void;
}

interface TokenPace {
  /** The window's allowance, once an answer said it. */
  limit: number | undefined;
  /** The current window's end (epoch ms), once an answer said it; projected forward by `windowMs`. */
  windowEnd: number | undefined;
  /** A call is out to learn the window. */
  probing: boolean;
  /** The upstream answers without rate-limit headers: there is nothing to pace by. */
  unpaced: boolean;
  readonly queue: DeadlineQueue<Waiter>;
  draining: boolean;
  drainAgain: boolean;
  timer: NodeJS.Timeout | undefined;
  timerAt: number;
  /** The end of the last window whose allowance ran out. */
  spentWindow: number | undefined;
  /** Admitted calls not answered yet, each with the windows it is counted in. */
  readonly unanswered: Set<Unanswered>;
}

interface Unanswered {
  /** The windows (by end) this call's unit is counted in; it lands in one of them. */
  countedIn: Set<number>;
}

export class UpstreamPacer implements AttemptPacer {
  private readonly store: WindowCounterStore;
  private readonly windowMs: number;
  private readonly guardMs: number;
  private readonly lateMarginMs: number;
  private readonly defaultMaxWaitMs: number;
  private readonly queueCapacity: number;
  private readonly now: () => number;
  private readonly tokens = new Map<string, TokenPace>();
  private readonly defaultDeadlines = new WeakMap<object, number>();

  constructor(options: PacerOptions = {}) {
    this.store = options.store ?? new MemoryWindowCounters();
    this.windowMs = options.windowMs ?? 10_000;
    this.guardMs = options.guardMs ?? 200;
    this.lateMarginMs = options.lateMarginMs ?? 500;
    this.defaultMaxWaitMs = options.defaultMaxWaitMs ?? 10_000;
    this.queueCapacity = options.queueCapacity ?? 1000;
    this.now = options.now ?? Date.now;
  }

  admit(budgetKey: string, options: AdmitOptions = {}): Promise<Admission> {
    const pace = this.pace(budgetKey);
    if (pace.unpaced) return Promise.resolve(this.admission(budgetKey, pace, undefined, false));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new PacingCancelled());
    const deadline = options.deadline ?? this.defaultDeadline(options.request);
    return new Promise<Admission>((resolve, reject) => {
      const onAbort = () => {
        if (pace.queue.remove(waiter)) reject(new PacingCancelled());
      };
      const waiter: Waiter = {
        deadline,
        grant: (admission) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(admission);
        },
        refuse: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const pushedOut = pace.queue.push(waiter);
      if (pushedOut) pushedOut.refuse(this.rateLimited(pace, 'too many calls are waiting for it'));
      this.drain(budgetKey, pace);
    });
  }

  private defaultDeadline(request: object | undefined): number {
    if (!request) return this.now() + this.defaultMaxWaitMs;
    let deadline = this.defaultDeadlines.get(request);
    if (deadline === undefined) {
      deadline = this.now() + this.defaultMaxWaitMs;
      this.defaultDeadlines.set(request, deadline);
    }
    return deadline;
  }

  /** Stops the timers (the gateway is closing); waiting calls are refused. */
  close(): void {
    for (const pace of this.tokens.values()) {
      if (pace.timer) clearTimeout(pace.timer);
      pace.timer = undefined;
      for (let waiter = pace.queue.shift(); waiter; waiter = pace.queue.shift()) waiter.refuse(new PacingCancelled());
    }
  }

  private pace(budgetKey: string): TokenPace {
    let pace = this.tokens.get(budgetKey);
    if (!pace) {
      // Passthrough brings a token per caller: forget the idle ones (what they learnt is re-learnt in one call).
      if (this.tokens.size >= 10_000) this.forgetIdle();
      pace = {
        limit: undefined,
        windowEnd: undefined,
        probing: false,
        unpaced: false,
        queue: new DeadlineQueue<Waiter>(this.queueCapacity),
        draining: false,
        drainAgain: false,
        timer: undefined,
        timerAt: 0,
        spentWindow: undefined,
        unanswered: new Set(),
      };
      this.tokens.set(budgetKey, pace);
    }
    return pace;
  }

  private forgetIdle(): void {
    for (const [key, pace] of this.tokens) {
      if (pace.queue.size === 0 && pace.unanswered.size === 0 && !pace.probing && !pace.draining && !pace.timer) this.tokens.delete(key);
    }
  }

  /** Runs one drain at a time per token; a request to drain while one runs makes it go round again. */
  private drain(budgetKey: string, pace: TokenPace): void {
    if (pace.draining) {
      pace.drainAgain = true;
      return;
    }
    pace.draining = true;
    pace.drainAgain = false;
    this.drainOnce(budgetKey, pace)
      // The stores answer locally when they cannot reach Redis, so this is a bug's path: try again
      // shortly rather than leave the queue without anyone to drain it.
      .catch(() => this.wakeAt(budgetKey, pace, this.now() + 100))
      .finally(() => {
        pace.draining = false;
        if (pace.drainAgain) this.drain(budgetKey, pace);
      });
  }

  private async drainOnce(budgetKey: string, pace: TokenPace): Promise<void> {
    while (pace.queue.size > 0) {
      if (pace.unpaced) {
        for (let waiter = pace.queue.shift(); waiter; waiter = pace.queue.shift()) {
          waiter.grant(this.admission(budgetKey, pace, undefined, false));
        }
        return;
      }
      if (pace.limit === undefined || pace.windowEnd === undefined) {
        // Nothing known yet: one call goes out alone and its answer tells the window.
        if (!pace.probing) {
          pace.probing = true;
          pace.queue.shift()!.grant(this.admission(budgetKey, pace, undefined, true));
        }
        return;
      }
      const now = this.now();
      const end = this.rollWindow(pace.windowEnd, now);
      pace.windowEnd = end;
      const start = end - this.windowMs;
      if (pace.spentWindow === start && now < start + this.guardMs) return this.wakeAt(budgetKey, pace, start + this.guardMs);

      await this.carryUnanswered(budgetKey, pace, end);
      const want = pace.queue.size;
      const granted = await this.store.take(counterKey(budgetKey, end), want, pace.limit, this.counterTtl());
      // Near the end, the calls may arrive after the reset: count them in the next window before they go.
      const next = this.now() >= end - this.lateMarginMs ? end + this.windowMs : undefined;
      if (next !== undefined && granted > 0) await this.store.add(counterKey(budgetKey, next), granted, this.counterTtl());
      for (let i = 0; i < granted; i++) {
        const waiter = pace.queue.shift();
        if (!waiter) break; // gone while the store answered: the unit stays spent, which errs on the safe side
        waiter.grant(this.admission(budgetKey, pace, next === undefined ? [end] : [end, next], false));
      }
      if (granted < want) {
        pace.spentWindow = end;
        return this.wakeAt(budgetKey, pace, end + this.guardMs);
      }
    }
  }

  /**
   * Counts in window `end` every unanswered call that is not counted in it yet: it may still arrive
   * there. A call that then lands in its own window after all was counted twice, which costs one
   * unit of throughput and never a 429.
   */
  private async carryUnanswered(budgetKey: string, pace: TokenPace, end: number): Promise<void> {
    let carried = 0;
    for (const call of pace.unanswered) {
      if (call.countedIn.has(end)) continue;
      call.countedIn.add(end);
      carried++;
    }
    if (carried > 0) await this.store.add(counterKey(budgetKey, end), carried, this.counterTtl());
  }

  /** Waits for `time`, refusing at once every call whose deadline comes before it. */
  private wakeAt(budgetKey: string, pace: TokenPace, time: number): void {
    const retryAfterSeconds = Math.max(1, Math.ceil((time - this.now()) / 1000));
    for (const waiter of pace.queue.takeDueBefore(time)) {
      waiter.refuse(
        new UpstreamError('RATE_LIMITED', `The upstream rate limit is spent until its window resets; retry after ${retryAfterSeconds} s`, {
          retryAfterSeconds,
        }),
      );
    }
    if (pace.queue.size === 0) return;
    if (pace.timer && pace.timerAt <= time) return;
    if (pace.timer) clearTimeout(pace.timer);
    pace.timerAt = time;
    pace.timer = setTimeout(
      () => {
        pace.timer = undefined;
        this.drain(budgetKey, pace);
      },
      Math.max(0, time - this.now()),
    );
    // A waiting call belongs to a live request, which keeps the process up by itself.
    pace.timer.unref();
  }

  /** The end of the window `now` is in: past the known window's end, the next follow it back to back. */
  private rollWindow(windowEnd: number, now: number): number {
    if (now < windowEnd) return windowEnd;
    return windowEnd + Math.ceil((now - windowEnd + 1) / this.windowMs) * this.windowMs;
  }

  /**
   * What happens when the admitted call's answer arrives: learn the window, and count in the store
   * what the upstream says it counted. `countedIn` are the windows the unit was counted in (none for a
   * probe or an unpaced call): a call that landed in another window is added to that one.
   */
  private admission(budgetKey: string, pace: TokenPace, countedIn: readonly number[] | undefined, probe: boolean): Admission {
    let done = false;
    const call: Unanswered = { countedIn: new Set(countedIn) };
    if (countedIn !== undefined) pace.unanswered.add(call);
    return {
      settled: (info, status) => {
        if (done) return;
        done = true;
        pace.unanswered.delete(call);
        if (probe) pace.probing = false;
        if (info) {
          pace.unpaced = false;
          pace.limit = info.limit;
          if (pace.windowEnd === undefined || info.resetAtMs > pace.windowEnd) pace.windowEnd = info.resetAtMs;
          const key = counterKey(budgetKey, info.resetAtMs);
          const ttl = this.counterTtl();
          const spent = status === 429 ? info.limit : info.limit - info.remaining;
          const landedElsewhere = !call.countedIn.has(info.resetAtMs);
          void (async () => {
            if (landedElsewhere) await this.store.add(key, 1, ttl);
            await this.store.raise(key, spent, ttl);
          })().catch(() => undefined);
        } else if (status >= 200 && status < 300 && pace.limit === undefined) {
          // A success without rate-limit headers: this upstream (or a proxy before it) does not say.
          pace.unpaced = true;
        }
        if (pace.queue.size > 0) this.drain(budgetKey, pace);
      },
    };
  }

  private rateLimited(pace: TokenPace, why: string): UpstreamError {
    const end = pace.windowEnd ?? this.now();
    const retryAfterSeconds = Math.max(1, Math.ceil((end + this.guardMs - this.now()) / 1000));
    return new UpstreamError('RATE_LIMITED', `The upstream rate limit is spent: ${why}; retry after ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }

  /** Counters outlive their window a little, for answers that arrive late. */
  private counterTtl(): number {
    return this.windowMs * 3;
  }
}

/** The store key of one token's window: `pace:<token digest>:<window end, epoch seconds>`. */
function counterKey(budgetKey: string, windowEnd: number): string {
  return `pace:${budgetKey}:${Math.round(windowEnd / 1000)}`;
}
