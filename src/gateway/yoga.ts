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
import { createGatewayLogger, toYogaLogger, type Logger } from './logging/logger.js';
import { useOperationLog } from './plugins/operation-log.js';
import type { GatewayMetrics } from './metrics/gateway-metrics.js';
import { useMetrics } from './plugins/metrics.js';
import type { Tracing } from './tracing/tracing.js';
import { useTracing } from './plugins/tracing.js';
import type { Readiness } from './health/readiness.js';
import { useReadiness } from './plugins/readiness.js';
import { graphiqlFactory, renderLocalGraphiQL, type GraphiQLSwitch } from './graphiql/page.js';

export interface GatewayOptions {
  /** The upstream client every request's loaders call. */
  client: IntercomClient;
  /**
   * Serve GraphiQL (from the package's own assets, with the reference queries as tabs) on GET
   * /graphql for browsers: always, never, or as a per-request decision. @default true
   */
  graphiql?: GraphiQLSwitch;
  /** Log (one line per operation, and yoga's own messages); tests turn it off. @default true */
  logging?: boolean;
  /** Where logs go (logging/logger.ts). @default JSON lines on stdout, pretty on a terminal */
  logger?: Logger;
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
  /**
   * Serve these metrics at /metrics (plugins/metrics.ts) and count cache lookups and errors into
   * them. The client should report its calls into the same object (`onCallDone`). Off when not given.
   */
  metrics?: GatewayMetrics;
  /** Serve GET /readiness from this (health/readiness.ts). Off when not given. */
  readiness?: Readiness;
  /** Trace operations and upstream calls with this (tracing/tracing.ts, `createTracing`). Off when not given. */
  tracing?: Tracing;
  /** Who besides local callers may read /metrics (e.g. callers with the `dev` scope). @default nobody */
  metricsAllow?: (request: Request) => boolean | Promise<boolean>;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

export function createGateway(options: GatewayOptions): Gateway {
  const tuning = options.loaderTuning ?? DEFAULT_TUNING;
  // Naive mode reuses nothing, whatever else was asked: it is the benchmark's "no caching" baseline.
  const caching = tuning.cache;
  const listCache =
    caching && (options.listCacheTtlMs ?? 0) > 0
      ? (options.listCache ??
        createSharedListCache({ ttlMs: options.listCacheTtlMs!, onLookup: options.metrics && ((hit) => options.metrics!.cacheLookup('list', hit)) }))
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

  const logger = options.logging === false ? undefined : (options.logger ?? createGatewayLogger());
  const plugins: Plugin[] = [useUpstreamErrors()];
  if (logger) plugins.push(useOperationLog({ logger }) as Plugin);
  if (options.readiness) plugins.push(useReadiness({ readiness: options.readiness }));
  if (options.tracing) plugins.push(useTracing({ tracing: options.tracing }));
  if (options.metrics) plugins.push(useMetrics({ metrics: options.metrics, allow: options.metricsAllow }));
  if (responseCache) {
    const scope = options.client.cacheScope;
    // One token per gateway today, so every request's session is that token's scope.
    plugins.push(responseCache.plugin(() => scope));
  }

  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    // Fresh loaders per request: nothing batched or cached by them leaks between requests. The
    // request's signal (the client hung up) aborts its upstream calls.
    context: ({ request }) => {
      const callScope = new CallScope({ signal: request.signal });
      return createRequestContext(requestClient(callScope), tuning, callScope);
    },
    graphqlEndpoint: '/graphql',
    graphiql: graphiqlFactory(options.graphiql ?? true),
    renderGraphiQL: renderLocalGraphiQL,
    landingPage: false,
    // isDev false even when NODE_ENV=development: masked errors never carry the original error,
    // which could hold upstream details.
    maskedErrors: { isDev: false },
    logging: logger ? toYogaLogger(logger) : false,
    plugins,
  });
}
