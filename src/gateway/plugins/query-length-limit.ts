/**
 * Refuses a GraphQL document longer than the limit before it is parsed, whether it came in a POST
 * body or a GET query string: parsing is the first cost a document imposes, so it is the first bound.
 */
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from '../yoga-runtime.js';

export interface QueryLengthLimitOptions {
  /** Most characters of `query`. */
  maxLength: number;
}

export const QUERY_TOO_LONG = 'QUERY_TOO_LONG';

export function useQueryLengthLimit(options: QueryLengthLimitOptions): Plugin {
  return {
    onParams({ params }) {
      const query: unknown = params.query;
      if (typeof query === 'string' && query.length > options.maxLength) {
        throw createGraphQLError(
          `The GraphQL document has ${query.length} characters; at most ${options.maxLength} are accepted`,
          { extensions: { code: QUERY_TOO_LONG, http: { status: 400 } } },
        );
      }
    },
  };
}
