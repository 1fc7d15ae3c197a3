/**
 * What one GraphQL request asks of every upstream call it makes. The gateway builds one scope per
 * request and hands the loaders a client bound to it (`client.withScope(scope)`), so a request's
 * deadline, budget, trace and — in passthrough auth — token reach each HTTP call without the
 * endpoint methods or the loaders knowing about any of them.
 */
import type { UpstreamCall } from './transport.js';
import type { RateLimitInfo } from './pacing/rate-limit-headers.js';

export interface CallOutcome {
  /** The upstream's HTTP status; 0 when no response arrived (refused, reset, timed out, aborted). */
  status: number;
  durationMs: number;
  /**
   * Which token the call used, as a short SHA-256 digest (never the token): rate budgets are per
   * token, and metrics label them by this.
   */
  tokenId: string;
  /** What the answer's X-RateLimit-* headers said, when it had them. */
  rateLimit?: RateLimitInfo;
}

/** Watches, and may refuse or delay, the calls of one scope. */
export interface CallListener {
  /**
   * Before an attempt is sent. Throwing refuses it — nothing goes out and the error reaches the
   * field that asked (throw an UpstreamError for a stable code); awaiting delays it.
   */
  beforeCall?(call: UpstreamCall): void | Promise<void>;
  /** After an attempt settled, with what came back. */
  afterCall?(call: UpstreamCall, outcome: CallOutcome): void;
}

export interface CallScopeOptions {
  /** Aborts every call of the scope still running or not yet sent (request deadline, client gone). */
  signal?: AbortSignal;
  /** The caller's own upstream token (passthrough auth), used instead of the server's. */
  token?: string;
  /** Epoch ms by which the request must answer: no call waits for the rate budget past it. */
  deadline?: number;
}

export class CallScope {
  readonly signal: AbortSignal | undefined;
  readonly token: string | undefined;
  readonly deadline: number | undefined;
  /** Extra headers sent on every call of the scope, e.g. `traceparent`. */
  readonly headers: Record<string, string> = {};
  private readonly listeners: CallListener[] = [];

  constructor(options: CallScopeOptions = {}) {
    this.signal = options.signal;
    this.token = options.token;
    this.deadline = options.deadline;
  }

  listen(listener: CallListener): void {
    this.listeners.push(listener);
  }

  async beforeCall(call: UpstreamCall): Promise<void> {
    for (const listener of this.listeners) await listener.beforeCall?.(call);
  }

  afterCall(call: UpstreamCall, outcome: CallOutcome): void {
    for (const listener of this.listeners) listener.afterCall?.(call, outcome);
  }
}
