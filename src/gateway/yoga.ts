/**
 * Builds the configured GraphQL server; it does not listen (start.ts does), so tests can call
 * `yoga.fetch()` in-process and the HTTP entry stays small.
 */
import { setMaxListeners } from 'node:events';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import { createYoga } from './yoga-runtime.js';
import { CallScope, type IntercomClient } from '../intercom/client.js';
import { DEFAULT_TUNING, reusesAcrossRequests, type LoaderTuning } from '../loaders/tuning.js';
import { schema } from '../schema/index.js';
import { createRequestContext, type GatewayContext } from '../schema/context.js';
import { ANONYMOUS_CALLER } from '../schema/caller.js';
import type { GatewayResponseCache } from './caching/response-cache.js';
import { createSharedListCache, sharedListInterceptor, type SharedListCache } from './caching/shared-lists.js';
import { afterWrites } from '../intercom/after-writes.js';
import { companyCacheInterceptor, type CompanyStore } from './caching/company-cache.js';
import { useUpstreamErrors } from './plugins/upstream-errors.js';
import type { GatewayMode } from './auth/auth-config.js';
import { NO_AUTH, type Authenticator } from './auth/authenticator.js';
import { authenticationOf, type Authenticated } from './auth/request-caller.js';
import { useCallerAuth } from './plugins/caller-auth.js';
import { useOperationScopes } from './plugins/operation-scopes.js';
import { useProductionMode } from './plugins/production-mode.js';
import { DOCUMENT_ID_PARAM, useTrustedDocuments } from './plugins/trusted-documents.js';
import type { TrustedDocumentStore } from './trusted-documents/manifest.js';
import { createGatewayLogger, toYogaLogger, type Logger } from './logging/logger.js';
import { useOperationLog } from './plugins/operation-log.js';
import type { GatewayMetrics } from './metrics/gateway-metrics.js';
import { useMetrics } from './plugins/metrics.js';
import type { Tracing } from './tracing/tracing.js';
import type { Readiness } from './health/readiness.js';
import { useReadiness } from './plugins/readiness.js';
import { graphiqlFactory, renderLocalGraphiQL, type GraphiQLSwitch } from './graphiql/page.js';
import { useCostLimit, type CostRecord } from './plugins/cost-limit.js';
import { createSeenSizes, type SeenSizesStore } from './cost/seen-sizes.js';
import { seenSizesInterceptor } from './cost/seen-sizes-interceptor.js';
import { createHardening, type RequestLimits } from './hardening/index.js';
import { requestDeadlineSignal } from './hardening/request-deadline.js';
import { useStaticFiles } from './plugins/static-files.js';

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
   * Batching and caching of the per-request loaders. When the tuning reuses nothing across requests
   * (the benchmark's naive and dedupe modes) the cross-request caches below are not built either.
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
   * Answer `GET /companies/{id}` from this company entity cache (caching/company-cache.ts), filled from
   * every company the gateway reads; several gateways may share one. Off when not given.
   */
  companyCache?: CompanyStore;
  /**
   * Told after every write the gateway made, once the local caches were dropped: e.g. to tell the
   * other replicas to drop theirs (shared/invalidation-bus.ts).
   */
  onWriteSettled?: () => Promise<void>;
  /**
   * Who may call, and as whom (auth/authenticator.ts). Every GraphQL request is authenticated before
   * anything else; the caller lands in `context.caller`. @default NO_AUTH: everyone is anonymous
   */
  authenticator?: Authenticator;
  /**
   * production: introspection, GraphiQL, "Did you mean" suggestions and documents outside
   * `trustedDocuments` only for callers with the `dev` scope. @default 'development'
   */
  mode?: GatewayMode;
  /** Documents callers may run by id (`documentId`); in production mode the only ones non-dev callers may run. */
  trustedDocuments?: TrustedDocumentStore;
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
  /**
   * Limit each request's upstream calls (estimated before execution, counted while it runs) and each
   * caller's calls per minute (plugins/cost-limit.ts). Off when not given; `startGateway` passes the
   * configured defaults. Not applied with naive loaders, whose calls the cost model does not describe.
   */
  cost?: GatewayCostOptions;
  /** Body, document, operation, list, response and time limits; each one not given takes its default (hardening/limits.ts). */
  limits?: Partial<RequestLimits>;
  /** Origins whose browser pages may call the gateway, with credentials; none by default (no cross-origin access). */
  corsOrigins?: readonly string[];
  /** Serve this folder (the explorer's built files) at /explorer/. Off when not given. */
  explorerDist?: string;
}

export interface GatewayCostOptions {
  /** Most upstream calls per request. */
  maxUpstreamCalls: number;
  /** Upstream calls per minute per caller, unless the caller carries its own limit; 0: none. */
  callerCallsPerMinute: number;
  /** Clock of the per-caller budget (tests). */
  now?: () => number;
  /** Hears each request's estimated and actual cost (metrics). */
  onCost?: (record: CostRecord) => void;
  /** What the gateway has seen of the upstream's sizes; one is built when not given. */
  seenSizes?: SeenSizesStore;
}

const GRAPHQL_ENDPOINT = '/graphql';
const EMPTY_DOCUMENTS: TrustedDocumentStore = { get: () => undefined, size: 0 };

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

export function createGateway(options: GatewayOptions): Gateway {
  const tuning = options.loaderTuning ?? DEFAULT_TUNING;
  // The benchmark's baselines (naive, dedupe) keep nothing between requests, whatever else was asked.
  const caching = reusesAcrossRequests(tuning);
  const listCache =
    caching && (options.listCacheTtlMs ?? 0) > 0
      ? (options.listCache ??
        createSharedListCache({ ttlMs: options.listCacheTtlMs!, onLookup: options.metrics && ((hit) => options.metrics!.cacheLookup('list', hit)) }))
      : undefined;
  const responseCache = caching ? options.responseCache : undefined;
  const cost = tuning.batch && tuning.cache ? options.cost : undefined;
  const seenSizes = cost ? (cost.seenSizes ?? createSeenSizes()) : undefined;
  /** The upstream scope (URL, version, token digest) each request's client reads under. */
  const upstreamScopes = new WeakMap<CallScope, string>();
  const companyCache = caching ? options.companyCache : undefined;

  /** The client one request's loaders call: bound to the request's call scope, under the cross-request caches. */
  const requestClient = (scope: CallScope): IntercomClient => {
    let client = options.client.withScope(scope);
    upstreamScopes.set(scope, client.cacheScope);
    if (listCache) client = client.intercept(sharedListInterceptor(listCache, client.cacheScope));
    if (companyCache) client = client.intercept(companyCacheInterceptor(companyCache, client.cacheScope));
    // Above the shared caches: an answer served from them still tells the estimate its size.
    if (seenSizes) client = client.intercept(seenSizesInterceptor(seenSizes.recorder(client.cacheScope)));
    if (listCache || responseCache || companyCache || options.onWriteSettled) {
      // Every write the gateway makes (mutation resolvers call the context's client) clears them all.
      client = client.intercept(afterWrites(async () => {
        await Promise.all([listCache?.invalidateAll(), responseCache?.invalidateAll(), companyCache?.invalidateAll(), options.onWriteSettled?.()]);
      }));
    }
    return client;
  };

  const authenticator = options.authenticator ?? NO_AUTH;
  const production = options.mode === 'production';
  // A request the auth plugin did not see: anonymous only when auth is off; otherwise it may do nothing.
  const unseen: Authenticated =
    authenticator.mode === 'none' ? { ok: true, caller: ANONYMOUS_CALLER } : { ok: true, caller: { id: 'unauthenticated', scopes: new Set() } };
  const authenticationFor = (request: Request): Authenticated => authenticationOf(request) ?? unseen;
  const isDev = (request: Request) => authenticationFor(request).caller.scopes.has('dev');
  // Pages outside /graphql (GraphiQL, /metrics) are served before any plugin sees the request, so
  // they ask the authenticator themselves.
  const hasDevScope = async (request: Request) => {
    const authentication = await authenticator.authenticate(request);
    return authentication.ok && authentication.caller.scopes.has('dev');
  };

  const logger = options.logging === false ? undefined : (options.logger ?? createGatewayLogger());
  // Order matters: callers are known before documents are looked up, documents before the response
  // cache may answer, scopes before execution (and so before any upstream call).
  // Hardening first: CSRF, document and operation limits refuse before anything else runs.
  const hardening = createHardening({ limits: options.limits, corsOrigins: options.corsOrigins });
  const plugins: Plugin[] = [...hardening.plugins, useUpstreamErrors()];
  if (logger) plugins.push(useOperationLog({ logger }) as Plugin);
  if (options.readiness) plugins.push(useReadiness({ readiness: options.readiness }));
  if (options.tracing) plugins.push(options.tracing.plugin());
  // With auth off, /metrics stays for direct local callers only (useMetrics' own rule); otherwise the dev scope opens it too.
  const metricsAllow = options.metricsAllow ?? (authenticator.mode === 'none' ? undefined : hasDevScope);
  if (options.metrics) plugins.push(useMetrics({ metrics: options.metrics, allow: metricsAllow }));
  plugins.push(useCallerAuth({ authenticator, graphqlEndpoint: GRAPHQL_ENDPOINT }));
  const trustedDocuments = options.trustedDocuments ?? (production ? EMPTY_DOCUMENTS : undefined);
  if (trustedDocuments) {
    plugins.push(useTrustedDocuments({ store: trustedDocuments, allowArbitrary: (request) => !production || isDev(request) }));
  }
  plugins.push(useOperationScopes() as Plugin);
  if (production) plugins.push(useProductionMode({ isDev }));
  if (responseCache) {
    const serverScope = options.client.cacheScope;
    // The session is the data the answer came from: the upstream token of *this* request (its own in
    // passthrough), so one token's cached answers are never served to another.
    const sessionFor = (request: Request): string => {
      const token = authenticationFor(request).upstreamToken;
      return token === undefined ? serverScope : options.client.withScope(new CallScope({ token })).cacheScope;
    };
    plugins.push(responseCache.plugin(sessionFor, (request) => authenticationFor(request).caller.scopes.has('read')));
  }
  // After the scopes (a caller may not even ask) and the response cache (a cached answer costs nothing upstream).
  if (cost && seenSizes) {
    const scopeOf = (context: GatewayContext) => upstreamScopes.get(context.callScope) ?? options.client.cacheScope;
    plugins.push(
      useCostLimit({
        maxUpstreamCalls: cost.maxUpstreamCalls,
        callerCallsPerMinute: cost.callerCallsPerMinute,
        now: cost.now,
        onCost: cost.onCost,
        sizesFor: (context) => seenSizes.view(scopeOf(context)),
        probed: (context, supported) => seenSizes.recorder(scopeOf(context)).legacy(supported),
        listsFor: (context) => ({
          cachedAcrossRequests: listCache !== undefined,
          tagsFresh: listCache?.isFresh(scopeOf(context), 'tags') ?? false,
          segmentsFresh: listCache?.isFresh(scopeOf(context), 'segments') ?? false,
        }),
      }) as Plugin,
    );
  }

  // Last, so request checks added before it (hosts, origins) see the static pages too.
  if (options.explorerDist) plugins.push(useStaticFiles({ mountPath: '/explorer', root: options.explorerDist }));

  // In production mode GraphiQL is for callers with the dev scope only.
  const graphiql: GraphiQLSwitch = options.graphiql === false ? false : production ? hasDevScope : (options.graphiql ?? true);

  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    // Fresh loaders per request: nothing batched or cached by them leaks between requests. The
    // request's signal (the client hung up) and its deadline abort its upstream calls.
    // The caller (auth plugin) and, in passthrough, its own upstream token reach every upstream call.
    context: ({ request }) => {
      const { caller, upstreamToken } = authenticationFor(request);
      const { requestTimeoutMs } = hardening.limits;
      const signal = requestDeadlineSignal(request.signal, requestTimeoutMs);
      // Every upstream call of the request listens to it (undici adds one listener per call): dozens
      // are expected, not a leak.
      setMaxListeners(0, signal);
      // The pacer lets a call wait for the next rate window only if it can still be answered before
      // the deadline fires: it leaves a quarter of the time (at most 2 s) for the call itself.
      const deadline = Date.now() + requestTimeoutMs - Math.min(2_000, requestTimeoutMs / 4);
      const callScope = new CallScope({ signal, token: upstreamToken, deadline });
      return createRequestContext(requestClient(callScope), tuning, callScope, caller);
    },
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    graphiql: graphiqlFactory(graphiql),
    renderGraphiQL: renderLocalGraphiQL,
    extraParamNames: trustedDocuments ? [DOCUMENT_ID_PARAM] : undefined,
    landingPage: false,
    // isDev false even when NODE_ENV=development: masked errors never carry the original error,
    // which could hold upstream details.
    maskedErrors: { isDev: false },
    logging: logger ? toYogaLogger(logger) : false,
    ...hardening.yogaOptions,
    plugins,
  });
}
