/**
 * The one error the Intercom client throws. Its `code` is stable (the gateway exposes it as GraphQL
 * `extensions.code`) and its `message` is written by us: it never carries the upstream's URL, host,
 * headers, token or raw body, so it is safe to show to any GraphQL client. Intercom's error codes and
 * statuses: docs/intercom-contract.md#errors.
 */

export type UpstreamErrorCode =
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  /** The asking request ran past its deadline, so its remaining upstream calls were not made. */
  | 'REQUEST_TIMEOUT'
  | 'BAD_USER_INPUT'
  | 'UPSTREAM_ERROR';

export interface UpstreamErrorOptions {
  /** The upstream HTTP status, when there was a response. */
  status?: number;
  /** Intercom's own error code (`not_found`, `parameter_invalid`, …), when it sent a valid envelope. */
  intercomCode?: string;
  /** The request field Intercom blamed, when it named one. */
  field?: string;
  /** Seconds to wait before retrying, for RATE_LIMITED. */
  retryAfterSeconds?: number;
  /** The underlying transport error, for server-side logs only (never serialized). */
  cause?: unknown;
}

export class UpstreamError extends Error {
  readonly code: UpstreamErrorCode;
  readonly status: number | undefined;
  readonly intercomCode: string | undefined;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: UpstreamErrorCode, message: string, options: UpstreamErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UpstreamError';
    this.code = code;
    this.status = options.status;
    this.intercomCode = options.intercomCode;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}

/** What the client knows when an upstream call failed with a response. */
export interface FailedResponse {
  status: number;
  /** The resource the endpoint works on ("contact", "company" …), for the NOT_FOUND message. */
  resource: string;
  /** The parsed `error.list` envelope, if the body was one. */
  envelope: { code: string; message: string | undefined; field: string | undefined } | undefined;
  retryAfterSeconds: number | undefined;
  /** Strings that must never reach a message (token, origin, host). */
  secrets: readonly string[];
}

const UNAUTHENTICATED_CODES = new Set([
  'unauthorized',
  'missing_authorization',
  'token_revoked',
  'token_blocked',
  'token_not_found',
  'token_unauthorized',
  'token_expired',
]);
const FORBIDDEN_CODES = new Set(['forbidden', 'api_plan_restricted', 'action_forbidden']);
const NOT_FOUND_CODES = new Set(['not_found', 'company_not_found', 'tag_not_found', 'admin_not_found', 'contact_merged']);

/** Maps an upstream error response to an UpstreamError, by Intercom's error code first and the HTTP status next. */
export function upstreamErrorFromResponse(failed: FailedResponse): UpstreamError {
  const { status, envelope } = failed;
  const intercomCode = envelope?.code;
  const base: UpstreamErrorOptions = { status, intercomCode, field: envelope?.field };

  if (intercomCode === 'rate_limit_exceeded' || status === 429) {
    const wait = failed.retryAfterSeconds;
    const hint = wait === undefined ? 'retry later' : `retry after ${wait} s`;
    return new UpstreamError('RATE_LIMITED', `The upstream rate limit was exceeded; ${hint}`, {
      ...base,
      retryAfterSeconds: wait,
    });
  }
  if ((intercomCode !== undefined && UNAUTHENTICATED_CODES.has(intercomCode)) || status === 401) {
    return new UpstreamError(
      'UNAUTHENTICATED',
      "The upstream rejected the gateway's access token; check the configured token (--token or INTERCOM_TOKEN)",
      base,
    );
  }
  if ((intercomCode !== undefined && FORBIDDEN_CODES.has(intercomCode)) || status === 403) {
    return new UpstreamError('FORBIDDEN', 'The upstream does not allow this operation for the configured token', base);
  }
  if (intercomCode === 'intercom_version_invalid') {
    // The gateway's pinned version and the path disagree: an operator problem, not the caller's.
    return new UpstreamError('UPSTREAM_ERROR', 'The upstream does not serve this operation at the configured Intercom-Version', base);
  }
  if ((intercomCode !== undefined && NOT_FOUND_CODES.has(intercomCode)) || status === 404 || status === 410) {
    return new UpstreamError('NOT_FOUND', `Upstream ${notFoundResource(failed)} not found`, base);
  }
  if (status === 408 || status >= 500) {
    return new UpstreamError('UPSTREAM_UNAVAILABLE', `The upstream failed with HTTP ${status}; try again later`, base);
  }
  if (status === 400 || status === 409 || status === 413 || status === 422) {
    const detail = envelope?.message ? safeText(envelope.message, failed.secrets) : undefined;
    const message = detail ? `The upstream rejected the request: ${detail}` : 'The upstream rejected the request as invalid';
    return new UpstreamError('BAD_USER_INPUT', message, base);
  }
  return new UpstreamError('UPSTREAM_ERROR', `The upstream answered with unexpected HTTP ${status}`, base);
}

/** Intercom says which thing is missing in its code or message; fall back to the endpoint's resource. */
function notFoundResource(failed: FailedResponse): string {
  const code = failed.envelope?.code;
  if (code === 'company_not_found') return 'company';
  if (code === 'tag_not_found') return 'tag';
  if (code === 'admin_not_found') return 'admin';
  const message = failed.envelope?.message ?? '';
  if (/\b(user|contact|lead)\b/i.test(message)) return 'contact';
  if (/\bcompany\b/i.test(message)) return 'company';
  if (/\bconversation\b/i.test(message)) return 'conversation';
  if (/\btag\b/i.test(message)) return 'tag';
  return failed.resource;
}

/**
 * Upstream validation messages help the caller fix the input ("tag_id only supports = and !="), so
 * BAD_USER_INPUT keeps them — bounded, on one line, with URLs and any configured secret removed.
 */
export function safeText(text: string, secrets: readonly string[]): string {
  let out = text.replace(/\s+/g, ' ').trim();
  for (const secret of secrets) {
    // Very short values (a test token 'x') would shred the message and protect nothing.
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  out = out.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '[url]');
  return out.length > 200 ? `${out.slice(0, 197)}...` : out;
}

/** A safe code/field value from the upstream: short snake_case words only (anything else is dropped). */
export function safeIdentifier(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9_.\-[\]]{1,64}$/.test(value) ? value : undefined;
}
