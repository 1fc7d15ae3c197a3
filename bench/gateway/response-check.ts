/**
 * Judges every response of a load run, not only the first: a GraphQL server under load may answer
 * 200 with `errors` (an upstream 429, a timeout, a masked crash) and still look fast. A response is
 * good only when its status is 200, it carries no `errors`, and — where the answer must be
 * identical to the reference — its bytes equal the reference's bytes.
 */
export type ResponseVerdict = 'ok' | 'status' | 'graphql-errors' | 'different';

export interface ResponseChecker {
  (status: number, body: Uint8Array): ResponseVerdict;
}

/**
 * @param expected the reference answer every response must equal byte for byte, or null where
 *   only status and `errors` are checked. A reference that itself carries errors fails every
 *   response: an error answered fast is still an error.
 */
export function createResponseChecker(expected: string | null): ResponseChecker {
  const expectedBytes = expected === null ? null : Buffer.from(expected, 'utf8');
  const expectedIsClean = expected === null || inspect(expected) === 'clean';
  return (status, body) => {
    if (status !== 200) return 'status';
    // The common case costs one byte comparison, no JSON parse.
    if (expectedBytes && expectedIsClean && expectedBytes.length === body.length && Buffer.compare(expectedBytes, body) === 0) return 'ok';
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    const kind = inspect(text);
    if (kind === 'errors') return 'graphql-errors';
    // Not JSON, or JSON other than the reference: either way not the answer.
    return kind === 'not-json' || expectedBytes ? 'different' : 'ok';
  };
}

/** A GraphQL response body: a JSON object with a non-empty `errors`, one without, or not a JSON object at all. */
function inspect(text: string): 'errors' | 'clean' | 'not-json' {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'not-json';
  const errors = (body as { errors?: unknown }).errors;
  return errors === undefined || (Array.isArray(errors) && errors.length === 0) ? 'clean' : 'errors';
}

/** Responses of one run by verdict, plus requests that got no response (socket errors, timeouts). */
export interface FailureCounts {
  status: number;
  graphqlErrors: number;
  different: number;
  noResponse: number;
}

export const NO_FAILURES: FailureCounts = { status: 0, graphqlErrors: 0, different: 0, noResponse: 0 };

/** Counts one response that failed its check under its kind. */
export function countFailure(counts: FailureCounts, verdict: Exclude<ResponseVerdict, 'ok'>): void {
  if (verdict === 'status') counts.status += 1;
  else if (verdict === 'graphql-errors') counts.graphqlErrors += 1;
  else counts.different += 1;
}

export function totalFailures(counts: FailureCounts): number {
  return counts.status + counts.graphqlErrors + counts.different + counts.noResponse;
}

/** "3 with errors, 1 non-200" — empty when there were none. */
export function describeFailures(counts: FailureCounts): string {
  const parts: string[] = [];
  if (counts.status) parts.push(`${counts.status} non-200`);
  if (counts.graphqlErrors) parts.push(`${counts.graphqlErrors} with errors`);
  if (counts.different) parts.push(`${counts.different} different from the reference`);
  if (counts.noResponse) parts.push(`${counts.noResponse} without a response`);
  return parts.join(', ');
}
