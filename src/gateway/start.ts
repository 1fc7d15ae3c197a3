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
import { createSharedCaches } from './shared/shared-caches.js';
import { startSharedState, type SharedState } from './shared/shared-state.js';

export interface StartGatewayOptions {
  /** Yoga's request logging. @default true */
  logging?: boolean;
  /** Counts upstream calls (tests and benchmarks). */
  onCall?: (call: UpstreamCall) => void;
  /** Where auth reports (keys file reloads) and Redis outages go. @default console.warn */
  log?: (message: string) => void;
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
  const cleanup: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    // Reverse order: stop taking requests, then drop upstream connections, then the embedded API.
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
  };

  try {
    // Before anything starts: a bad keys file, JWT key or manifest is a configuration error (exit 2).
    const { authenticator, trustedDocuments } = await loadAuthMaterial(config, options.log);
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
    const shared = await startSharedState({ redisUrl: config.redis, log: options.log });
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
      pacer: shared.pacer,
    });
    cleanup.push(() => client.close());

    // Loaded only when turned on (it is off by default): a default start does not pay for the plugin.
    // With --redis, responses are kept in Redis for every replica (this process's store while it is away).
    const responseCache =
      config.responseCacheTtlMs > 0 && config.loaderTuning.cache
        ? (await import('./caching/response-cache.js')).createGatewayResponseCache({
            ttlMs: config.responseCacheTtlMs,
            sharedStore: shared.redis ? (await import('./shared/redis-response-store.js')).createRedisResponseStore(shared.redis) : undefined,
          })
        : undefined;
    // The list and company caches, and what a write through another replica drops of them.
    const caches = createSharedCaches(shared, {
      caching: config.loaderTuning.cache,
      listCacheTtlMs: config.listCacheTtlMs,
      entityCacheTtlMs: config.entityCacheTtlMs,
      responseCache,
    });
    const yoga = createGateway({
      client,
      logging: options.logging,
      loaderTuning: config.loaderTuning,
      listCacheTtlMs: config.listCacheTtlMs,
      listCache: caches.listCache,
      responseCache,
      companyCache: caches.companyCache,
      onWriteSettled: caches.onWriteSettled,
      authenticator,
      mode: config.mode,
      trustedDocuments,
    });
    const server = http.createServer(yoga);
    await listen(server, config.port, config.host);
    cleanup.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );

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
): Promise<{ authenticator: Authenticator; trustedDocuments: TrustedDocumentStore | undefined }> {
  let authenticator: Authenticator | undefined;
  try {
    authenticator = await createAuthenticator(config, { log });
    const trustedDocuments = config.persistedDocuments.length > 0 ? await loadTrustedDocuments(config.persistedDocuments) : undefined;
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
