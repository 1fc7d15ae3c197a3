/**
 * The credential a request presents: `Authorization: Bearer <credential>`, or (API keys only, for
 * clients that cannot set Authorization) `x-api-key: <key>`. Anything else in Authorization is a
 * malformed credential, not a missing one.
 */
export type PresentedCredential =
  | { kind: 'none' }
  | { kind: 'malformed'; reason: string }
  | { kind: 'bearer'; value: string };

/** RFC 6750's b64token: what a Bearer credential may contain. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
/** Far beyond any key, JWT or Intercom token; a longer header is hostile, not a credential. */
const MAX_CREDENTIAL_LENGTH = 8_192;

export function presentedCredential(headers: Headers, options: { apiKeyHeader: boolean }): PresentedCredential {
  const authorization = headers.get('authorization');
  const apiKey = options.apiKeyHeader ? headers.get('x-api-key') : null;
  if (authorization !== null && apiKey !== null) return { kind: 'malformed', reason: 'send either Authorization or x-api-key, not both' };
  if (apiKey !== null) return check(apiKey.trim());
  if (authorization === null) return { kind: 'none' };
  const match = /^Bearer +(.*)$/i.exec(authorization.trim());
  if (!match) return { kind: 'malformed', reason: 'the Authorization header must be "Bearer <credential>"' };
  return check(match[1]!.trim());
}

function check(value: string): PresentedCredential {
  if (value.length === 0) return { kind: 'malformed', reason: 'the credential is empty' };
  if (value.length > MAX_CREDENTIAL_LENGTH) return { kind: 'malformed', reason: 'the credential is too long' };
  if (!B64TOKEN.test(value)) return { kind: 'malformed', reason: 'the credential contains characters a Bearer token cannot' };
  return { kind: 'bearer', value };
}
