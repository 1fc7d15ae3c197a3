/**
 * Companies by Intercom id, shared by every request of a gateway (and, with `--redis`, of every
 * replica) for a short time: the company entity cache.
 *
 * Why: a page of contacts names its companies by id only, and the 2.x API has no multi-id company
 * lookup, so a contact list with company names costs one `GET /companies/{id}` per distinct company
 * on every request. Companies change rarely; the same ones are read again and again.
 *
 * Filled from every company the gateway already reads: the reads the endpoint table marks with
 * `companies` (single gets, lookups by company_id or name, company lists and pages, a contact's
 * company page). Used only to answer `GET /companies/{id}`; lists always go to the upstream (their
 * membership and order are not the cache's to know).
 *
 * Keyed by the client's `cacheScope` (a digest of upstream URL, Intercom-Version and token): one
 * token's companies are never served to a client with another token.
 *
 * Invalidated by the TTL and by every write made through the gateway, for every scope (a write
 * through one token may change what another sees: two tokens may belong to one workspace). A read
 * that started before the last invalidation is not stored: it may hold pre-write data (`generation`).
 */
import type { CallInterceptor } from '../../intercom/dispatch.js';
import type { Company } from '../../intercom/types.js';

/** Where the companies are kept: in this process, or in Redis (src/gateway/shared/redis-company-store.ts). */
export interface CompanyStore {
  /**
   * An opaque mark of the current invalidation generation; pass it back to `put` so that a read that
   * began before a write is never stored.
   */
  generation(): Promise<string>;
  get(scope: string, id: string): Promise<Company | undefined>;
  /**
   * `get` and `generation` read together (one Redis round trip): a miss already holds the mark its
   * upstream read stores under.
   */
  lookup(scope: string, id: string): Promise<{ company: Company | undefined; generation: string }>;
  /** Stores `companies` unless an invalidation happened since `generation` was taken. Never throws. */
  put(scope: string, companies: readonly Company[], generation: string): Promise<void>;
  /** Forget every company of every scope (a write happened). */
  invalidateAll(): Promise<void>;
}

export interface MemoryCompanyStoreOptions {
  /** How long a company is served after it was read from the upstream. Must be > 0. */
  ttlMs: number;
  /** Companies kept at most; the oldest stored are dropped first. @default 50_000 */
  maxEntries?: number;
  /** The clock (tests). @default Date.now */
  now?: () => number;
}

interface Entry {
  company: Company;
  expiresAt: number;
}

export interface MemoryCompanyStore extends CompanyStore {
  /** Forget everything now, synchronously (used by the Redis store's local fallback). */
  clear(): void;
  readonly size: number;
}

export function createMemoryCompanyStore(options: MemoryCompanyStoreOptions): MemoryCompanyStore {
  const { ttlMs } = options;
  if (!(ttlMs > 0)) throw new RangeError('the company cache needs a TTL above 0 ms (0 means: build none)');
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 50_000;
  // Insertion-ordered: re-stored keys are deleted first, so the first key is the oldest stored.
  const entries = new Map<string, Entry>();
  let generation = 0;

  const clear = () => {
    generation += 1;
    entries.clear();
  };
  const get = (scope: string, id: string): Company | undefined => {
    const key = `${scope}\0${id}`;
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.company;
  };
  return {
    get size() {
      return entries.size;
    },
    generation: () => Promise.resolve(String(generation)),
    get: (scope, id) => Promise.resolve(get(scope, id)),
    lookup: (scope, id) => Promise.resolve({ company: get(scope, id), generation: String(generation) }),
    put(scope, companies, mark) {
      if (mark !== String(generation)) return Promise.resolve();
      const expiresAt = now() + ttlMs;
      for (const company of companies) {
        const key = `${scope}\0${company.id}`;
        entries.delete(key);
        entries.set(key, { company, expiresAt });
      }
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return Promise.resolve();
    },
    invalidateAll() {
      clear();
      return Promise.resolve();
    },
    clear,
  };
}

/**
 * Answers `GET /companies/{id}` from `store` when it holds the company, and keeps every company the
 * reads marked `companies` in the endpoint table answer, under `scope` (the client's `cacheScope`).
 * Add it to a request's client with `client.intercept(...)`.
 */
export function companyCacheInterceptor(store: CompanyStore, scope: string): CallInterceptor {
  return {
    async around(request, next) {
      const shape = request.endpoint.companies;
      if (shape === undefined || request.endpoint.kind !== 'read') return next();
      let mark: string | undefined;
      if (request.endpoint.name === 'getCompany') {
        const id = companyIdOf(request.path);
        const found = id === undefined ? undefined : await store.lookup(scope, id).catch(() => undefined);
        // A shallow copy: Pothos brands the loaded object itself (a symbol key on it), and the stored
        // one is shared; nothing below the top level is written by the gateway. A deep clone of every
        // hit cost more CPU than the hits saved on pages naming hundreds of companies.
        if (found?.company) return { ...found.company };
        mark = found?.generation;
      }
      mark ??= await store.generation().catch(() => undefined);
      const answer = await next();
      if (mark === undefined) return answer;
      const companies = shape === 'one' ? [answer] : ((answer as { data?: unknown[] } | null)?.data ?? []);
      // Stored as read (a copy, before any resolver sees it); a failure to store is only a missed hit.
      void store.put(scope, companies.filter(isCompany).map((company) => ({ ...company })), mark).catch(() => undefined);
      return answer;
    },
  };
}

/** The id in `/companies/{id}` (filled and encoded by src/intercom/path.ts). */
function companyIdOf(path: string): string | undefined {
  const encoded = path.slice(path.lastIndexOf('/') + 1);
  try {
    return encoded === '' ? undefined : decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

function isCompany(value: unknown): value is Company {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'company' && typeof (value as { id?: unknown }).id === 'string';
}
