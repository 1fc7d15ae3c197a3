/**
 * Whole responses of identical operations, reused for a short time (graphql-yoga's response-cache
 * plugin). OFF unless the operator sets a TTL: the responses hold personal data (names, emails,
 * locations), and a careful operator decides whether keeping copies of it in gateway memory is
 * acceptable and for how long.
 *
 * Keyed by session = the client's `cacheScope` (a digest of upstream URL, Intercom-Version and the
 * token the gateway calls with), plus the plugin's own key (document, operation name, variables).
 * With passthrough auth every caller brings its own token, so `sessionFor` returns the scope of the
 * token used for *that* request, never a constant (test/gateway/auth-passthrough.test.ts fails if it
 * does).
 *
 * Invalidation: every upstream write the gateway makes drops EVERY cached response, of every session
 * (see src/intercom/after-writes.ts) — with a `sharedStore` (Redis), on every replica. The plugin's own invalidation — by type and id of the entities a mutation
 * returns — stays on but is not relied upon: tagging user X returns the tag, yet makes stale every
 * cached response holding X's tags, the tag's members, a segment whose filter names the tag, and
 * any count. Which responses a write touches is not knowable from its result; writes are rare; so
 * all go. A response whose execution started before the last write settled is not stored (it may
 * hold pre-write data); see `generation`.
 *
 * Responses with errors are never cached (the plugin's default), and introspection is not either.
 */
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { yogaPlugin } from '../yoga-runtime.js';

/** How the plugin marks a result it served from the store. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

export interface GatewayResponseCacheOptions {
  /** How long a response is served, in ms (> 0). */
  ttlMs: number;
  /** Responses kept at most in this process, least recently used dropped first. @default 1000 */
  maxEntries?: number;
  /** Told of every lookup: a stored response found (`hit`) or not (metrics). */
  onLookup?: (hit: boolean) => void;
  /**
   * Keep responses there instead of in this process, e.g. in Redis with `--redis`
   * (src/gateway/shared/redis-response-store.ts); `local` is this process's store, for while it is away.
   */
  sharedStore?: SharedResponseStore;
}

/** A response store shared by replicas. */
export interface SharedResponseStore {
  cache(local: () => Cache): Cache;
  /** Every replica stops serving what was stored so far. Never rejects. */
  invalidateAll(): Promise<void>;
}

/** One response store; several gateways may share it (each adds its own `plugin`). */
export interface GatewayResponseCache {
  readonly ttlMs: number;
  /** Bumped by every invalidation: a response computed across one is not stored. */
  readonly generation: number;
  /** Drop every cached response, here and in the shared store (a write happened). */
  invalidateAll(): Promise<void>;
  /** Drop what this process keeps, and store nothing computed before now (another replica wrote). */
  invalidateLocal(): void;
  /**
   * The yoga plugin that serves a gateway from this store; `sessionFor` names the scope of the
   * request's token; `enabledFor` (default: always) says whether the request may use the cache at all.
   */
  plugin(sessionFor: (request: Request) => string, enabledFor?: (request: Request) => boolean): Plugin;
}

/**
 * Loaded by the gateway only when the cache is on (it is off by default), so a default start does
 * not pay for the plugin's modules.
 */
export function createGatewayResponseCache(options: GatewayResponseCacheOptions): GatewayResponseCache {
  const { ttlMs } = options;
  if (!(ttlMs > 0)) throw new RangeError('the response cache needs a TTL above 0 ms (0 means: build none)');
  const { createInMemoryCache, useResponseCache } = yogaPlugin('@graphql-yoga/plugin-response-cache');
  const maxEntries = options.maxEntries ?? 1_000;
  let current = createInMemoryCache({ max: maxEntries });
  let generation = 0;
  const local: Cache = {
    get: (key) => current.get(key),
    set: (key, result, entities, ttl) => current.set(key, result, entities, ttl),
    invalidate: (entities) => current.invalidate(entities),
  };
  const cache = options.sharedStore ? options.sharedStore.cache(() => local) : local;
  const invalidateLocal = () => {
    generation += 1;
    // A fresh store rather than a walk over the old one: nothing of it may be served any more.
    current = createInMemoryCache({ max: maxEntries });
  };

  function plugin(sessionFor: (request: Request) => string, enabledFor?: (request: Request) => boolean): Plugin {
    // The generation each execution started in, by its context object.
    const startedIn = new WeakMap<object, number>();
    const stamp: Plugin = {
      onExecute({ args }) {
        startedIn.set(args.contextValue as object, generation);
        // A query that executes was not found (the plugin looks twice per request, so its lookups
        // would count every miss twice); a hit never executes and is counted below.
        if (options.onLookup && getOperationAST(args.document, args.operationName)?.operation === 'query') options.onLookup(false);
      },
      onExecutionResult({ result }) {
        if (options.onLookup && result && (result as Record<symbol, unknown>)[SERVED_FROM_CACHE] === true) options.onLookup(true);
      },
    };
    const responseCache = useResponseCache({
      cache,
      ttl: ttlMs,
      session: (request) => sessionFor(request),
      ...(enabledFor ? { enabled: (request: Request) => enabledFor(request) } : {}),
      // Responses look the same whatever NODE_ENV says.
      includeExtensionMetadata: false,
      // Called just before a result is stored: 0 = do not store it.
      onTtl: ({ ttl, context }) => (startedIn.get(context as object) === generation ? ttl : 0),
    });
    return {
      onPluginInit({ addPlugin }) {
        addPlugin(stamp);
        addPlugin(responseCache);
      },
    };
  }

  return {
    ttlMs,
    get generation() {
      return generation;
    },
    async invalidateAll() {
      invalidateLocal();
      await options.sharedStore?.invalidateAll();
    },
    invalidateLocal,
    plugin,
  };
}
