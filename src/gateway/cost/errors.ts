/**
 * The errors the cost limits answer with: stable codes, numbers a client can act on, nothing of the
 * upstream. Made with yoga's `createGraphQLError` so yoga's masking lets them through.
 */
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from '../yoga-runtime.js';

export const COST_LIMIT_EXCEEDED = 'COST_LIMIT_EXCEEDED';
const RATE_LIMITED = 'RATE_LIMITED';

/** Refused before execution: the estimate is over the limit. */
export function costRefusal(estimate: number, limit: number): GraphQLError {
  return createGraphQLError(
    `This operation would make about ${estimate} upstream calls; the limit is ${limit} per request. ` +
      'Ask for fewer rows (`first`), fewer nested lists or fewer aliases.',
    { extensions: { code: COST_LIMIT_EXCEEDED, estimate, limit } },
  );
}

/** Stopped while running: the request made as many upstream calls as it may. */
export function costStop(limit: number): GraphQLError {
  return createGraphQLError(
    `This request reached its limit of ${limit} upstream calls; the fields that needed more are missing.`,
    { extensions: { code: COST_LIMIT_EXCEEDED, limit } },
  );
}

/** The caller spent its upstream calls of the last minute. */
export function callerRateLimited(retryAfterSeconds: number, perMinute: number, estimate: number): GraphQLError {
  const why =
    estimate > perMinute
      ? `This operation needs about ${estimate} upstream calls, more than your budget of ${perMinute} per minute.`
      : `Your budget of ${perMinute} upstream calls per minute is spent.`;
  return createGraphQLError(`${why} Retry after ${retryAfterSeconds} s.`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}
