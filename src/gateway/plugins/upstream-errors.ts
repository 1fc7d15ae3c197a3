/**
 * Turns an UpstreamError thrown anywhere in a resolver (or a DataLoader under it) into a GraphQLError
 * with a stable `extensions.code`, so resolvers can just throw. Runs before yoga's error masking
 * (user plugins are registered first), so masking lets these through and still hides everything else.
 */
import type { GraphQLError } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { createGraphQLError, handleStreamOrSingleExecutionResult } from '../yoga-runtime.js';
import { UpstreamError } from '../../intercom/errors.js';

export interface UpstreamErrorsOptions {
  /**
   * Add `retryAfter` (seconds) to RATE_LIMITED errors when the upstream said how long to wait.
   * @default true
   */
  exposeRetryAfter?: boolean;
}

/** Failures the operator should hear about; NOT_FOUND and BAD_USER_INPUT are the caller's business. */
const OPERATOR_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_ERROR']);

export function useUpstreamErrors(options: UpstreamErrorsOptions = {}): Plugin {
  const exposeRetryAfter = options.exposeRetryAfter ?? true;
  let logger: YogaLogger | undefined;
  const mapErrors: Parameters<typeof handleStreamOrSingleExecutionResult>[1] = ({ result, setResult }) => {
    const errors = result.errors;
    if (!errors?.some((error) => findUpstreamError(error) !== undefined)) return;
    // One line per result, however many fields failed: a query with thousands of aliases against a
    // failing upstream would otherwise write thousands of identical warnings.
    const folded = new Map<string, { count: number; firstPath: GraphQLError['path'] }>();
    setResult({
      ...result,
      errors: errors.map((error) => {
        const upstream = findUpstreamError(error);
        if (upstream && OPERATOR_CODES.has(upstream.code)) {
          const key = describeForLog(upstream);
          const entry = folded.get(key);
          if (entry) entry.count += 1;
          else folded.set(key, { count: 1, firstPath: error.path });
        }
        return toGraphQLError(error, exposeRetryAfter);
      }),
    });
    if (folded.size > 0) {
      const parts = [...folded].map(([key, { count, firstPath }]) => `${count}× ${key}${firstPath ? ` (first at ${firstPath.join('.')})` : ''}`);
      logger?.warn(`upstream errors: ${parts.join('; ')}`);
    }
  };
  return {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, mapErrors);
        },
      };
    },
  };
}

/**
 * The UpstreamError behind a located GraphQL error, however deeply graphql-js wrapped it. Follows
 * `originalError` by shape, not `instanceof GraphQLError`: graphql ships CJS and ESM copies, and a
 * bundler or test runner can load both.
 */
export function findUpstreamError(error: unknown): UpstreamError | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof UpstreamError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * A fresh GraphQLError that keeps the location and path but none of the original error: no stack,
 * no `cause`, nothing the masking in dev mode could serialize. Made with yoga's `createGraphQLError`
 * so it is an instance of the GraphQLError class yoga's masking checks for.
 */
function toGraphQLError(error: GraphQLError, exposeRetryAfter: boolean): GraphQLError {
  const upstream = findUpstreamError(error);
  if (!upstream) return error;
  const extensions: Record<string, unknown> = { code: upstream.code };
  if (upstream.field !== undefined) extensions['field'] = upstream.field;
  if (exposeRetryAfter && upstream.retryAfterSeconds !== undefined) extensions['retryAfter'] = upstream.retryAfterSeconds;
  return createGraphQLError(upstream.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}

/**
 * What kind of failure, for the server log: code, status and transport error code. Not the message:
 * the upstream's own error text can quote what it was asked about (an email address).
 */
function describeForLog(error: UpstreamError): string {
  const cause = (error.cause as { code?: unknown } | undefined)?.code;
  const parts: string[] = [error.code];
  if (error.status !== undefined) parts.push(`HTTP ${error.status}`);
  if (typeof cause === 'string' && /^[A-Z_]{1,40}$/.test(cause)) parts.push(cause);
  return parts.join(' ');
}
