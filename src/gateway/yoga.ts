/**
 * Builds the configured GraphQL server; it does not listen (start.ts does), so tests can call
 * `yoga.fetch()` in-process and the HTTP entry stays small.
 */
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import { createYoga } from './yoga-runtime.js';
import { CallScope, type IntercomClient } from '../intercom/client.js';
import { DEFAULT_TUNING, type LoaderTuning } from '../loaders/tuning.js';
import { schema } from '../schema/index.js';
import { createRequestContext, type GatewayContext } from '../schema/context.js';
import type { GatewayResponseCache } from './caching/response-cache.js';
import { createSharedListCache, withSharedLists, type SharedListCache } from './caching/shared-lists.js';
import { watchWrites } from './caching/write-watch.js';
import { useUpstreamErrors } from './plugins/upstream-errors.js';
import { createHardening, type RequestLimits } from './hardening/index.js';
import { requestDeadlineSignal } from './hardening/request-deadline.js';

export interface GatewayOptions {
  /** The upstream client every request's loaders call. */
  client: IntercomClient;
  /** Serve GraphiQL on GET /graphql for browsers. @default true */
  graphiql?: boolean;
  /** Log through yoga's logger; tests turn it off. @default true */
  logging?: boolean;
  /**
   * Batching and caching of the per-request loaders. With `cache: false` (the benchmark's naive
   * mode) nothing is reused at all: the cross-request caches below are not built either.
   * @default { batch: true, cache: true }
   */
  loaderTuning?: LoaderTuning;
  /**
   * Share the tag and segment lists across requests for this long (caching/shared-lists.ts).
   * Off unless given: the building block caches nothing across requests by itself; `startGateway`
   * passes the configured default (30 s). @default 0
   */
  listCacheTtlMs?: number;
  /** Use this list cache (e.g. one shared by several gateways) instead of building one. */
  listCache?: SharedListCache;
  /**
   * Serve identical operations of the same token from this response cache (caching/response-cache.ts,
   * `createGatewayResponseCache`; several gateways may share one). Off when not given. It is passed
   * in, not built here, so the plugin's modules load only when someone turned the cache on.
   */
  responseCache?: GatewayResponseCache;
  /** Body, document, operation, list, response and time limits; each one not given takes its default (hardening/limits.ts). */
  limits?: Partial<RequestLimits>;
  /** Origins whose browser pages may call the gateway, with credentials; none by default (no cross-origin access). */
  corsOrigins?: readonly string[];
}

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

export function createGateway(options: GatewayOptions): Gateway {
  const tuning = options.loaderTuning ?? DEFAULT_TUNING;
  // Naive mode reuses nothing, whatever else was asked: it is the benchmark's "no caching" baseline.
  const caching = tuning.cache;
  const listCache =
    caching && (options.listCacheTtlMs ?? 0) > 0
      ? (options.listCache ?? createSharedListCache({ ttlMs: options.listCacheTtlMs! }))
      : undefined;
  const responseCache = caching ? options.responseCache : undefined;

  /** The client one request's loaders call: bound to the request's call scope, under the cross-request caches. */
  const requestClient = (scope: CallScope): IntercomClient => {
    let client = options.client.withScope(scope);
    if (listCache) client = withSharedLists(client, listCache);
    if (listCache || responseCache) {
      // Every write the gateway makes (mutation resolvers call the context's client) clears both.
      client = watchWrites(client, () => {
        listCache?.invalidateAll();
        responseCache?.invalidateAll();
      });
    }
    return client;
  };

  const hardening = createHardening({ limits: options.limits, corsOrigins: options.corsOrigins });
  const plugins: Plugin[] = [...hardening.plugins, useUpstreamErrors()];
  if (responseCache) {
    const scope = options.client.cacheScope;
    // One token per gateway today, so every request's session is that token's scope.
    plugins.push(responseCache.plugin(() => scope));
  }

  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    // Fresh loaders per request: nothing batched or cached by them leaks between requests. The
    // request's signal (the client hung up) and its deadline abort its upstream calls.
    context: ({ request }) => {
      const callScope = new CallScope({ signal: requestDeadlineSignal(request.signal, hardening.limits.requestTimeoutMs) });
      return createRequestContext(requestClient(callScope), tuning, callScope);
    },
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql === false ? false : { title: 'grouping-gateway' },
    landingPage: false,
    // isDev false even when NODE_ENV=development: masked errors never carry the original error,
    // which could hold upstream details.
    maskedErrors: { isDev: false },
    logging: options.logging === false ? false : 'info',
    ...hardening.yogaOptions,
    plugins,
  });
}
