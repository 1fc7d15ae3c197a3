/**
 * Builds the configured GraphQL server; it does not listen (start.ts does), so tests can call
 * `yoga.fetch()` in-process and the HTTP entry stays small.
 */
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { IntercomClient } from '../intercom/client.js';
import { schema } from '../schema/index.js';
import { createRequestContext, type GatewayContext } from '../schema/context.js';
import { useUpstreamErrors } from './plugins/upstream-errors.js';

export interface GatewayOptions {
  /** The upstream client every request's loaders call. */
  client: IntercomClient;
  /** Serve GraphiQL on GET /graphql for browsers. @default true */
  graphiql?: boolean;
  /** Log through yoga's logger; tests turn it off. @default true */
  logging?: boolean;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

export function createGateway(options: GatewayOptions): Gateway {
  const { client } = options;
  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    // Fresh loaders per request: nothing batched or cached leaks between requests.
    context: () => createRequestContext(client),
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql === false ? false : { title: 'grouping-gateway' },
    landingPage: false,
    // isDev false even when NODE_ENV=development: masked errors never carry the original error,
    // which could hold upstream details.
    maskedErrors: { isDev: false },
    logging: options.logging === false ? false : 'info',
    plugins: [useUpstreamErrors()],
  });
}
