/**
 * Intercom's rate limit: a per-minute budget spent in 10-second windows (a sixth of the budget each),
 * per token. Every response carries the X-RateLimit-* headers; past the window's allowance, 429.
 * The window length is a setting (Intercom's 10 s by default) so tests can see windows reset
 * without waiting 10 s; a window of S seconds allows the budget's share S/60.
 */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Unix seconds at which the current window ends. */
  reset: number;
  allowed: boolean;
}

export class RateLimiter {
  readonly perWindow: number;
  private readonly windows = new Map<string, { start: number; used: number }>();

  /** `windowSeconds` whole: windows are aligned to multiples of it in epoch seconds, as X-RateLimit-Reset reports them. */
  constructor(
    perMinute: number,
    readonly windowSeconds: number,
  ) {
    this.perWindow = Math.max(1, Math.floor((perMinute * windowSeconds) / 60));
  }

  /** Spends one request of `token`'s budget (if any is left) and reports the state for the headers. */
  take(token: string, nowMs: number = Date.now()): RateLimitState {
    const nowS = Math.floor(nowMs / 1000);
    const start = this.windowStart(nowS);
    let window = this.windows.get(token);
    if (!window || window.start !== start) {
      window = { start, used: 0 };
      this.windows.set(token, window);
    }
    const allowed = window.used < this.perWindow;
    if (allowed) window.used += 1;
    return {
      limit: this.perWindow,
      remaining: this.perWindow - window.used,
      reset: start + this.windowSeconds,
      allowed,
    };
  }

  /** The state of a window with nothing left (for injected 429s), without spending anyone's budget. */
  exhausted(nowMs: number = Date.now()): RateLimitState {
    const nowS = Math.floor(nowMs / 1000);
    return { limit: this.perWindow, remaining: 0, reset: this.windowStart(nowS) + this.windowSeconds, allowed: false };
  }

  private windowStart(nowS: number): number {
    return nowS - (nowS % this.windowSeconds);
  }

  static headers(state: RateLimitState): Record<string, string> {
    return {
      'x-ratelimit-limit': String(state.limit),
      'x-ratelimit-remaining': String(state.remaining),
      'x-ratelimit-reset': String(state.reset),
    };
  }
}
