/**
 * Turns a request that yoga's parsers cannot read into a 400 with a stable code. Yoga reports most
 * such requests itself, but not all: a GET whose `variables` or `extensions` is not JSON throws a bare
 * SyntaxError from its parser, which would surface as a masked 500 — an error of the server, for a
 * mistake of the caller.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from '../yoga-runtime.js';

export const BAD_REQUEST = 'BAD_REQUEST';

function unreadable(): GraphQLError {
  return createGraphQLError('The request could not be read: `variables` and `extensions` must be JSON objects', {
    extensions: { code: BAD_REQUEST, http: { status: 400 } },
  });
}

export function useRequestParseErrors(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (request) => {
        try {
          return await parse(request);
        } catch (error) {
          // By shape rather than instanceof: graphql may be loaded twice (see vitest.config.ts).
          if (error instanceof GraphQLError || (error as { name?: unknown })?.name === 'GraphQLError') throw error;
          throw unreadable();
        }
      });
    },
  };
}
