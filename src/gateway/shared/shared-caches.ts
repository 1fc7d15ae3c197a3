/**
 * The caches a gateway keeps across requests, built once at start and tied to the replicas' shared
 * state: the tag/segment list cache and the company entity cache (in Redis with `--redis`, else in
 * this process), and — when the operator turned it on — the response cache (whose Redis store
 * start.ts passes in). A write through another
 * replica (heard on the invalidation bus) drops what this process keeps of them.
 */
import { createMemoryCompanyStore, type CompanyStore } from '../caching/company-cache.js';
import type { GatewayResponseCache } from '../caching/response-cache.js';
import { createSharedListCache, type SharedListCache } from '../caching/shared-lists.js';
import { createRedisCompanyStore } from './redis-company-store.js';
import { createRedisListCache } from './redis-list-cache.js';
import type { SharedState } from './shared-state.js';

export interface SharedCachesOptions {
  /** Loaders may reuse anything at all (false in the benchmark's naive mode: then nothing is built). */
  caching: boolean;
  listCacheTtlMs: number;
  entityCacheTtlMs: number;
  responseCache: GatewayResponseCache | undefined;
  /** Told of every list-cache lookup, hit or miss (metrics). */
  onListLookup?: (hit: boolean) => void;
}

export interface SharedCaches {
  listCache: SharedListCache | undefined;
  companyCache: CompanyStore | undefined;
  /** After a write through this replica: tell the others. */
  onWriteSettled: () => Promise<void>;
}

export function createSharedCaches(shared: SharedState, options: SharedCachesOptions): SharedCaches {
  const listCache =
    options.caching && options.listCacheTtlMs > 0
      ? shared.redis
        ? createRedisListCache(shared.redis, { ttlMs: options.listCacheTtlMs, onLookup: options.onListLookup })
        : createSharedListCache({ ttlMs: options.listCacheTtlMs, onLookup: options.onListLookup })
      : undefined;
  let companyCache: CompanyStore | undefined;
  let clearLocalCompanies = () => {};
  if (options.caching && options.entityCacheTtlMs > 0) {
    if (shared.redis) {
      const store = createRedisCompanyStore(shared.redis, { ttlMs: options.entityCacheTtlMs });
      clearLocalCompanies = () => store.clearLocal();
      companyCache = store;
    } else {
      const store = createMemoryCompanyStore({ ttlMs: options.entityCacheTtlMs });
      clearLocalCompanies = () => store.clear();
      companyCache = store;
    }
  }
  shared.invalidation.onRemoteWrite(() => {
    listCache?.invalidateLocal();
    options.responseCache?.invalidateLocal();
    clearLocalCompanies();
  });
  return { listCache, companyCache, onWriteSettled: () => shared.invalidation.publish() };
}
