/**
 * The HTTP transport under every endpoint method: one undici Pool per upstream origin, pinned headers,
 * one bounded retry for reads (Intercom: a 5xx "should be retried once", docs/intercom-contract.md#errors),
 * and every failure turned into an UpstreamError with a safe message.
 *
 * Why our own retry loop and not `interceptors.retry`: undici's RetryHandler resumes a body that broke
 * mid-stream with a `Range` request (Intercom does not serve ranges, so a truncated 200 would fail
 * again differently), and it cannot see a body that arrived whole but is not JSON. Retrying the whole
 * request at this level covers 5xx, 429, resets, truncated and non-JSON bodies with one rule, and
 * lets `onCall` see every attempt that actually went out. Which calls are reads comes from the
 * endpoint table (src/intercom/endpoint-table.ts).
 *
 * Every 2xx body is checked against the envelope its endpoint answers (src/intercom/envelope.ts):
 * - not JSON (a proxy's HTML page, a half-written body): retried like a 5xx, then UPSTREAM_ERROR;
 * - JSON of the wrong shape: UPSTREAM_ERROR at once — asking again would get the same answer.
 * Either way the message is ours and names the endpoint, never the body.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { CallOutcome, CallScope } from './call-scope.js';
import type { UpstreamRequest } from './dispatch.js';
import type { EndpointKind, EndpointName } from './endpoint-table.js';
import { fitsEnvelope } from './envelope.js';
import { safeIdentifier, UpstreamError, upstreamErrorFromResponse, type FailedResponse } from './errors.js';
import { PacingCancelled, type Admission, type AttemptPacer } from './pacing/pacer.js';
import { rateLimitFrom, type RateLimitInfo } from './pacing/rate-limit-headers.js';

export interface UpstreamCall {
  /** The endpoint table's name of the call (src/intercom/endpoint-table.ts), e.g. `listContactTags`. */
  endpoint: EndpointName;
  /** Whether the endpoint reads or writes. */
  kind: EndpointKind;
  method: string;
  /** The API path without the query string and without any base-URL prefix, e.g. `/contacts/search`. */
  path: string;
  /** The query string without `?`, '' when none (e.g. `include_count=true`). */
  query: string;
  /** 1 for the first attempt, 2 for the retry. */
  attempt: number;
  /** The Intercom-Version header sent. */
  version: string;
  /**
   * Headers for this attempt only, set by a `beforeCall` listener (e.g. a `traceparent` naming this
   * call's span); the scope's `headers` are the same for every call of a request.
   */
  headers?: Record<string, string>;
}

export interface TransportOptions {
  baseUrl: string;
  token: string;
  version: string;
  connections: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  connectTimeoutMs: number;
  /** Longest wait the client accepts before a retry; a longer Retry-After fails fast as RATE_LIMITED. */
  maxRetryDelayMs: number;
  /** Wait before a retry when the upstream gave no Retry-After. */
  retryDelayMs: number;
  onCall: ((call: UpstreamCall) => void) | undefined;
  /** After every attempt that went out, with what came back (metrics). */
  onCallDone?: ((call: UpstreamCall, outcome: CallOutcome) => void) | undefined;
  /** Admits every attempt on its token's rate budget (src/intercom/pacing/pacer.ts); none: calls go out at once. */
  pacer?: AttemptPacer | undefined;
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const MAX_ATTEMPTS_WITH_RETRY = 2;

export class Transport {
  private readonly pool: Pool;
  private readonly prefix: string;
  private readonly secrets: string[];
  private readonly tokenId: string;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: TransportOptions) {
    const url = new URL(options.baseUrl);
    this.prefix = url.pathname.replace(/\/+$/, '');
    this.pool = new Pool(url.origin, {
      // The default is unlimited connections; an explicit bound keeps one busy gateway from opening
      // hundreds of sockets to Intercom.
      connections: options.connections,
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
      connect: { timeout: options.connectTimeoutMs },
    });
    this.tokenId = tokenIdOf(options.token);
    this.secrets = [options.token, url.origin, url.host, url.hostname].filter((s) => s.length > 0);
  }

  /** Live connection numbers, for tests and diagnostics. */
  get stats(): { connected: number; running: number; pending: number } {
    const { connected, running, pending } = this.pool.stats;
    return { connected, running, pending };
  }

  /** Idempotent: shutdown paths (a signal, then a test's afterAll) may both close. */
  close(): Promise<void> {
    this.closing ??= this.pool.close();
    return this.closing;
  }

  /**
   * Sends one request, retried once when it is a read; `scope` is the asking GraphQL request's;
   * `budgetKey` names the rate budget its token spends (the token's digest); `tokenId` labels the
   * outcomes (`tokenIdOf` the scope's token, digested once by the caller, not per attempt).
   */
  async send<T>(request: UpstreamRequest, scope?: CallScope, budgetKey?: string, tokenId = this.tokenId): Promise<T> {
    // Only reads are retried: a retried write could apply twice.
    const maxAttempts = request.endpoint.kind === 'read' ? MAX_ATTEMPTS_WITH_RETRY : 1;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(request, attempt, scope, budgetKey, tokenId);
      if (outcome.kind === 'ok') return outcome.value as T;
      const wait = outcome.retryAfterMs;
      if (attempt >= maxAttempts || wait === undefined || scope?.signal?.aborted) throw outcome.error;
      if (wait > 0) await sleep(wait, undefined, { signal: scope?.signal }).catch(() => undefined);
      if (scope?.signal?.aborted) throw outcome.error;
    }
  }

  private async attempt(
    request: UpstreamRequest,
    attempt: number,
    scope: CallScope | undefined,
    budgetKey: string | undefined,
    tokenId: string,
  ): Promise<AttemptOutcome> {
    const { endpoint } = request;
    const version = endpoint.version ?? this.options.version;
    const query = queryString(request.query);
    const call: UpstreamCall = { endpoint: endpoint.name, kind: endpoint.kind, method: endpoint.method, path: request.path, query, attempt, version };
    if (scope?.signal?.aborted) return this.cancelled(scope.signal);
    // A listener may refuse the call (a spent budget) by throwing: then nothing is sent or counted.
    await scope?.beforeCall(call);
    if (scope?.signal?.aborted) return this.cancelled(scope.signal);
    // After the listeners: a call a caller's own budget refuses spends nothing of the upstream's.
    let admission: Admission | undefined;
    if (this.options.pacer && budgetKey !== undefined) {
      try {
        admission = await this.options.pacer.admit(budgetKey, { signal: scope?.signal, deadline: scope?.deadline, request: scope });
      } catch (error) {
        // A spent budget is an UpstreamError RATE_LIMITED for the field that asked; nothing was sent.
        if (error instanceof PacingCancelled || scope?.signal?.aborted) return this.cancelled(scope?.signal);
        throw error;
      }
      if (scope?.signal?.aborted) {
        admission.settled(undefined, 0);
        return this.cancelled(scope.signal);
      }
    }
    this.options.onCall?.(call);
    const started = performance.now();
    const outcome = await this.exchange(request, call, scope);
    admission?.settled(outcome.rateLimit, outcome.status);
    const done: CallOutcome = {
      status: outcome.status,
      durationMs: performance.now() - started,
      tokenId,
    };
    if (outcome.rateLimit) done.rateLimit = outcome.rateLimit;
    scope?.afterCall(call, done);
    this.options.onCallDone?.(call, done);
    return outcome;
  }

  private async exchange(request: UpstreamRequest, call: UpstreamCall, scope: CallScope | undefined): Promise<AttemptOutcome> {
    const { version, query } = call;
    const token = scope?.token ?? this.options.token;
    const headers: Record<string, string> = {
      ...scope?.headers,
      ...call.headers,
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'intercom-version': version,
      'user-agent': 'grouping-gateway',
    };
    let body: string | undefined;
    if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['content-type'] = 'application/json';
    }

    let response: Awaited<ReturnType<Pool['request']>>;
    try {
      response = await this.pool.request({
        method: request.endpoint.method,
        path: this.prefix + request.path + (query ? `?${query}` : ''),
        headers,
        body,
        signal: scope?.signal,
      });
    } catch (cause) {
      if (scope?.signal?.aborted) return this.cancelled(scope.signal);
      // No response at all: refused, reset before headers, or timed out.
      return this.unavailable(describeTransportError(cause), cause, this.options.retryDelayMs);
    }

    const outcome = await this.readResponse(request, response, scope);
    const rateLimit = rateLimitFrom(response.headers);
    if (rateLimit) outcome.rateLimit = rateLimit;
    return outcome;
  }

  private async readResponse(
    request: UpstreamRequest,
    response: Awaited<ReturnType<Pool['request']>>,
    scope: CallScope | undefined,
  ): Promise<AttemptOutcome> {
    const { statusCode } = response;
    if (statusCode >= 200 && statusCode < 300) {
      let text: string;
      try {
        text = await response.body.text();
      } catch (cause) {
        if (scope?.signal?.aborted) return this.cancelled(scope.signal);
        return this.unavailable('the response was cut off', cause, this.options.retryDelayMs, statusCode);
      }
      let value: unknown;
      try {
        value = text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return this.malformed(request, 'a body that is not JSON', this.options.retryDelayMs, statusCode);
      }
      if (!fitsEnvelope(request.endpoint.answers, value)) {
        return this.malformed(request, `a body that is not the expected ${request.endpoint.answers}`, undefined, statusCode);
      }
      return { kind: 'ok', value, status: statusCode };
    }

    const retryAfterSeconds = retryAfterFrom(response.headers);
    const retryable = RETRY_STATUSES.has(statusCode);
    let text = '';
    try {
      // Error bodies are small: read them whole, which also frees the connection for the next request.
      text = await response.body.text();
    } catch {
      // A broken error body changes nothing: the status already says what happened.
    }
    const failed: FailedResponse = {
      status: statusCode,
      resource: request.endpoint.resource,
      envelope: parseEnvelope(text),
      retryAfterSeconds,
      secrets: scope?.token ? [scope.token, ...this.secrets] : this.secrets,
    };
    const error = upstreamErrorFromResponse(failed);
    return { kind: 'failed', error, retryAfterMs: retryable ? this.retryDelay(retryAfterSeconds) : undefined, status: statusCode };
  }

  private unavailable(what: string, cause: unknown, retryAfterMs: number, status = 0): AttemptOutcome {
    const error = new UpstreamError('UPSTREAM_UNAVAILABLE', `The upstream is unavailable: ${what}; try again later`, { cause });
    return { kind: 'failed', error, retryAfterMs, status };
  }

  /**
   * A 2xx the gateway cannot use. `retryAfterMs` says whether it may be retried (reads only): a body
   * that is not JSON may be a passing proxy page; JSON of the wrong shape would come back the same.
   * No `cause`: a JSON parser's message quotes the body.
   */
  private malformed(request: UpstreamRequest, what: string, retryAfterMs: number | undefined, status: number): AttemptOutcome {
    const message = `The upstream answered ${request.endpoint.name} with ${what}`;
    const error = new UpstreamError('UPSTREAM_ERROR', message, { status });
    return { kind: 'failed', error, retryAfterMs, status };
  }

  /** The asking request was aborted (deadline, client gone): nothing more is sent for it. */
  private cancelled(signal: AbortSignal | undefined): AttemptOutcome {
    // AbortSignal.timeout's reason is a TimeoutError: the request's deadline, which the caller should hear as such.
    const timedOut = (signal?.reason as { name?: unknown } | undefined)?.name === 'TimeoutError';
    const error = timedOut
      ? new UpstreamError('REQUEST_TIMEOUT', 'The request ran past its deadline; its remaining upstream calls were not made')
      : new UpstreamError('UPSTREAM_UNAVAILABLE', 'The request was cancelled before the upstream answered');
    return { kind: 'failed', error, retryAfterMs: undefined, status: 0 };
  }

  /** The wait before a retry, or undefined when the upstream asks for longer than we are willing to hold a request. */
  private retryDelay(retryAfterSeconds: number | undefined): number | undefined {
    if (retryAfterSeconds === undefined) return this.options.retryDelayMs;
    const ms = retryAfterSeconds * 1000;
    return ms <= this.options.maxRetryDelayMs ? ms : undefined;
  }
}

/** `status`: the upstream's HTTP status, 0 when no response arrived. */
type AttemptOutcome = (
  | { kind: 'ok'; value: unknown; status: number }
  /** `retryAfterMs` undefined: this failure must not be retried. */
  | { kind: 'failed'; error: UpstreamError; retryAfterMs: number | undefined; status: number }
) & { rateLimit?: RateLimitInfo };

/** A token's label for metrics and budgets: 12 hex digits of its SHA-256, never the token. */
export function tokenIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 12);
}


function queryString(query: UpstreamRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

/** `Retry-After` (seconds or an HTTP date), else Intercom's `X-RateLimit-Reset` (Unix seconds). */
function retryAfterFrom(headers: Record<string, string | string[] | undefined>): number | undefined {
  const first = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const retryAfter = first('retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  const reset = Number(first('x-ratelimit-reset'));
  if (first('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, Math.ceil(reset - Date.now() / 1000));
  }
  return undefined;
}

/** Only the first error's code, message and field, and only when the body really is an `error.list`. */
function parseEnvelope(text: string): FailedResponse['envelope'] {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { type?: unknown; errors?: unknown };
    if (parsed?.type !== 'error.list' || !Array.isArray(parsed.errors)) return undefined;
    const first = parsed.errors[0] as { code?: unknown; message?: unknown; field?: unknown } | undefined;
    const code = safeIdentifier(first?.code);
    if (code === undefined) return undefined;
    return {
      code,
      message: typeof first?.message === 'string' ? first.message : undefined,
      field: safeIdentifier(first?.field),
    };
  } catch {
    return undefined;
  }
}

/** A short, host-free reason for logs and messages (undici's own messages can name the host and port). */
function describeTransportError(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out';
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'the response timed out';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'its host name did not resolve';
    default:
      return 'the connection failed';
  }
}
