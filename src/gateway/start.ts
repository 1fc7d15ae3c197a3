/**
 * Runs the gateway: validates the configuration, starts the embedded local API when no upstream is
 * configured, and serves the yoga instance over HTTP. `close()` stops everything it started.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalApi } from '../local-api/index.js';
import { createIntercomClient, type IntercomClient, type UpstreamCall } from '../intercom/client.js';
import { GatewayConfigError, parseGatewayConfig, type GatewayConfig, type GatewayConfigInput } from './config.js';
import { createGateway } from './yoga.js';
import { createAuthenticator, type Authenticator } from './auth/authenticator.js';
import { loadTrustedDocuments, type TrustedDocumentStore } from './trusted-documents/manifest.js';
import { createGatewayLogger, type Logger } from './logging/logger.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { createReadiness, upstreamCheck, type Readiness } from './health/readiness.js';
import { drainServer } from './health/drain.js';
import { startMetricsServer } from './metrics/metrics-server.js';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/gateway-metrics.js';
import { reusesAcrossRequests } from '../loaders/tuning.js';
import { createCostTotals, type CostTotals } from './cost/cost-totals.js';
import { withHostCheck } from './hardening/host-check.js';
import { createHostPolicy } from './hardening/host-names.js';
import { createSharedCaches } from './shared/shared-caches.js';
import { startSharedState, type SharedState } from './shared/shared-state.js';
import { explorerBuildAt, type ExplorerBuild } from './explorer/locate.js';

export interface StartGatewayOptions {
  /** Logging (one line per operation, start and stop). @default true */
  logging?: boolean;
  /** Export spans here (tests: an in-memory exporter), whether or not an OTLP endpoint is configured. */
  spanExporter?: SpanExporter;
  /** Use this logger instead of one built from the configured level and format. */
  logger?: Logger;
  /** Counts upstream calls (tests and benchmarks). */
  onCall?: (call: UpstreamCall) => void;
  /** Where auth reports (keys file reloads) and Redis outages go. @default console.warn */
  log?: (message: string) => void;
  /**
   * Serve the explorer package in this folder (examples/explorer, built) at /explorer/, and load its
   * trusted documents. The serve command passes the checkout's when it has been built. @default none
   */
  explorerDir?: string;
  /**
   * The upstream's rate-limit window, as its X-RateLimit-Reset steps (ms). Programs only: Intercom's
   * is 10 s; tests run the local API with shorter windows (`rateWindowSeconds`). @default the pacer's, 10 s
   */
  upstreamWindowMs?: number;
}

export interface RunningGateway {
  /** e.g. http://127.0.0.1:4000 (the address actually bound). */
  url: string;
  /** `${url}/graphql`. */
  graphqlUrl: string;
  config: GatewayConfig;
  /** True when the gateway started its own local API because no upstream was configured. */
  embedded: boolean;
  /** The upstream base URL in use (the embedded local API's, when embedded). Never print it with the token. */
  upstreamUrl: string;
  client: IntercomClient;
  /** The state shared with other replicas (Redis with --redis, else in-process): the rate budget and the connection. */
  shared: SharedState;
  /** Re-reads the API keys file (the serve command calls it on SIGHUP); false when that failed and the old keys stay. */
  reloadKeys(): Promise<boolean>;
  /** What /readiness reports; other dependencies (a shared Redis) add their checks with `addCheck`. */
  readiness: Readiness;
  /** `${url}/explorer/` when the explorer is served (it has been built), else undefined. */
  explorerUrl: string | undefined;
  /** The separate metrics URL when `metricsPort` is set. */
  metricsUrl: string | undefined;
  /** What /metrics serves (tests read it directly). */
  metrics: GatewayMetrics;
  /** The gateway's logger (silent when logging is off). */
  logger: Logger;
  /** What requests cost upstream so far (estimated and actual calls, refusals), for metrics. */
  costs: CostTotals;
  close(): Promise<void>;
}

/** Listening failed (port taken, address not available); the message says how to fix it. */
export class GatewayStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GatewayStartError';
  }
}

export async function startGateway(input: GatewayConfigInput = {}, options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const config = parseGatewayConfig(input);
  const logger =
    options.logger ??
    createGatewayLogger({ level: options.logging === false ? 'silent' : config.logLevel, format: config.logFormat });
  const metrics = createGatewayMetrics();
  const cleanup: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    // Reverse order: stop taking requests, then drop upstream connections, then the embedded API.
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
  };

  try {
    // Before anything starts: a bad keys file, JWT key or manifest is a configuration error (exit 2).
    const explorer = options.explorerDir === undefined ? undefined : explorerBuildAt(options.explorerDir);
    if (options.explorerDir !== undefined && explorer === undefined) {
      throw new GatewayStartError(`No explorer build in ${options.explorerDir}: run 'npm run explorer:build' first`);
    }
    const { authenticator, trustedDocuments } = await loadAuthMaterial(config, options.log, explorer);
    cleanup.push(() => Promise.resolve(authenticator.close()));

    let baseUrl: string;
    let token: string;
    let localApi: LocalApi | undefined;
    if (config.upstream === undefined) {
      // Loaded only when embedding: a gateway on a configured upstream never pays for SQLite and the seed.
      const { startLocalApi } = await import('../local-api/index.js');
      localApi = await startLocalApi({ seed: 'demo', port: 0 });
      cleanup.push(() => localApi!.close());
      baseUrl = localApi.url;
      token = localApi.token;
    } else {
      baseUrl = config.upstream;
      // Passthrough may run without a server token: every upstream call then carries the caller's.
      token = config.token ?? '';
    }

    // Before the client: every upstream call is paced on the (maybe shared) rate budget.
    const shared = await startSharedState({ redisUrl: config.redis, log: options.log, windowMs: options.upstreamWindowMs });
    cleanup.push(() => shared.close());

    const client = createIntercomClient({
      baseUrl,
      token,
      version: config.intercomVersion,
      connections: config.connections,
      headersTimeoutMs: config.headersTimeoutMs,
      bodyTimeoutMs: config.bodyTimeoutMs,
      connectTimeoutMs: config.connectTimeoutMs,
      onCall: options.onCall,
      onCallDone: metrics.upstreamCallDone,
      pacer: shared.pacer,
    });
    cleanup.push(() => client.close());

    // Loaded only when turned on (it is off by default): a default start does not pay for the plugin.
    // With --redis, responses are kept in Redis for every replica (this process's store while it is away).
    const responseCache =
      config.responseCacheTtlMs > 0 && reusesAcrossRequests(config.loaderTuning)
        ? (await import('./caching/response-cache.js')).createGatewayResponseCache({
            ttlMs: config.responseCacheTtlMs,
            onLookup: (hit) => metrics.cacheLookup('response', hit),
            sharedStore: shared.redis ? (await import('./shared/redis-response-store.js')).createRedisResponseStore(shared.redis) : undefined,
          })
        : undefined;
    // Loaded only when configured: a gateway without tracing never loads the OpenTelemetry SDK.
    const tracing =
      config.otlpEndpoint !== undefined || options.spanExporter
        ? await (await import('./tracing/tracing.js')).createTracing({ otlpEndpoint: config.otlpEndpoint, exporter: options.spanExporter })
        : undefined;
    if (tracing) cleanup.push(() => tracing.shutdown());
    const readiness = createReadiness({ checks: [upstreamCheck(client)] });
    // Serving goes on without Redis (on local state), but an operator's probe should see the outage.
    const redis = shared.redis;
    if (redis) {
      readiness.addCheck({
        name: 'redis',
        run: async () => {
          if (!redis.available) throw new Error('redis unreachable');
        },
      });
    }
    const costs = createCostTotals();
    // The list and company caches, and what a write through another replica drops of them.
    const caches = createSharedCaches(shared, {
      caching: reusesAcrossRequests(config.loaderTuning),
      listCacheTtlMs: config.listCacheTtlMs,
      entityCacheTtlMs: config.entityCacheTtlMs,
      responseCache,
      onListLookup: (hit) => metrics.cacheLookup('list', hit),
    });
    const yoga = createGateway({
      client,
      logging: options.logging,
      logger,
      loaderTuning: config.loaderTuning,
      listCacheTtlMs: config.listCacheTtlMs,
      listCache: caches.listCache,
      responseCache,
      companyCache: caches.companyCache,
      onWriteSettled: caches.onWriteSettled,
      authenticator,
      mode: config.mode,
      trustedDocuments,
      metrics,
      tracing,
      readiness,
      cost: { maxUpstreamCalls: config.maxUpstreamCalls, callerCallsPerMinute: config.callerCallsPerMinute, onCost: costs.record },
      corsOrigins: config.corsOrigins,
      limits: config,
      explorerDist: explorer?.dist,
    });
    const hosts = createHostPolicy({ listenHost: config.host, allowedHosts: config.allowedHosts });
    const server = http.createServer(withHostCheck(hosts, yoga));
    await listen(server, config.port, config.host);
    cleanup.push(() => {
      // Probes see "not ready" first, then the server drains (health/drain.ts).
      readiness.drain();
      return drainServer(server, config.shutdownTimeoutMs);
    });

    const metricsServer =
      config.metricsPort === undefined
        ? undefined
        : await startMetricsServer(metrics.registry, config.host, config.metricsPort).catch((error: NodeJS.ErrnoException) => {
            throw new GatewayStartError(
              `Cannot serve metrics on port ${config.metricsPort} of ${config.host} (${error.code ?? 'failed'}); choose another with --metrics-port (or GATEWAY_METRICS_PORT)`,
              { cause: error },
            );
          });
    if (metricsServer) cleanup.push(() => metricsServer.close());

    const { port } = server.address() as AddressInfo;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const url = `http://${host}:${port}`;
    let closing: Promise<void> | undefined;
    return {
      url,
      graphqlUrl: `${url}/graphql`,
      config,
      embedded: localApi !== undefined,
      upstreamUrl: baseUrl,
      client,
      shared,
      reloadKeys: () => authenticator.reload(),
      logger,
      metrics,
      metricsUrl: metricsServer?.url,
      explorerUrl: explorer ? `${url}/explorer/` : undefined,
      readiness,
      costs,
      close: () => (closing ??= closeAll()),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function loadAuthMaterial(
  config: GatewayConfig,
  log: ((message: string) => void) | undefined,
  explorer: ExplorerBuild | undefined,
): Promise<{ authenticator: Authenticator; trustedDocuments: TrustedDocumentStore | undefined }> {
  let authenticator: Authenticator | undefined;
  try {
    authenticator = await createAuthenticator(config, { log });
    // The explorer's own documents come with it, so its page runs by document id in production mode too.
    const manifests = explorer ? [...config.persistedDocuments, explorer.manifest] : config.persistedDocuments;
    const trustedDocuments = manifests.length > 0 ? await loadTrustedDocuments(manifests) : undefined;
    return { authenticator, trustedDocuments };
  } catch (error) {
    authenticator?.close();
    throw new GatewayConfigError([error instanceof Error ? error.message : String(error)]);
  }
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new GatewayStartError(`Port ${port} on ${host} is already in use; choose another with --port (or GATEWAY_PORT)`, { cause: error }));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new GatewayStartError(`Cannot listen on host '${host}'; use a local address such as 127.0.0.1 with --host (or GATEWAY_HOST)`, { cause: error }));
      } else if (error.code === 'EACCES') {
        reject(new GatewayStartError(`Not allowed to listen on port ${port}; use a port above 1023 with --port (or GATEWAY_PORT)`, { cause: error }));
      } else {
        reject(error);
      }
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
