/**
 * The tag list and the segment list, shared by every request of a gateway for a short time.
 *
 * Most queries need one of them (a contact's tags resolve through the tag list; a page of contacts
 * decides how to read their segments from the segment list), and they change rarely, so re-reading
 * them on every request is the largest avoidable cost of a warm gateway.
 *
 * What is cached — and what is not:
 * - `GET /tags`: ids and names only (no counts in the 2.x tag list).
 * - `GET /segments` WITHOUT `include_count`: ids, names, person types, timestamps. Member counts are
 *   never cached: they change whenever contacts do — including through other apps writing to
 *   Intercom, and through time alone ("Active" loses a user who stops being active) — so no write the
 *   gateway sees could tell us when they are stale. Counted reads pass straight through, and `count`
 *   is stripped from anything stored, whatever the upstream sent.
 *
 * Keyed by the client's `cacheScope` (a digest of upstream URL, Intercom-Version and token): one
 * token's lists are never served to a client with another token, even when clients share one cache.
 *
 * Which reads it serves is the endpoint table's `sharedList` column (src/intercom/endpoint-table.ts).
 *
 * Invalidated by the TTL, and by every write the gateway makes through a watched client (see
 * src/intercom/after-writes.ts), for every scope: creating, renaming and deleting tags, and tagging
 * by name (which creates a missing tag) change the tag list; nothing the API lets us write changes the segment list,
 * but a write is rare and a re-read costs one call, so every write drops both lists rather than
 * relying on a table of which write touches which list. Every scope, because two tokens may belong
 * to the same workspace and we cannot tell.
 */
import type { CallInterceptor } from '../../intercom/dispatch.js';
import type { SharedList } from '../../intercom/endpoint-table.js';
import type { SegmentList } from '../../intercom/types.js';

export type { SharedList } from '../../intercom/endpoint-table.js';

export interface SharedListCacheOptions {
  /** How long a list is served after it was requested from the upstream. Must be > 0. */
  ttlMs: number;
  /** The clock (tests). @default Date.now */
  now?: () => number;
  /** Told of every read: served from the cache (`hit`) or fetched (metrics). */
  onLookup?: (hit: boolean) => void;
}

export interface SharedListCache {
  readonly ttlMs: number;
  /** The cached list of `scope`, or the result of `fetch` (stored unless a write settles meanwhile). */
  read<T>(scope: string, list: SharedList, fetch: () => Promise<T>): Promise<T>;
  /** Forget every list of every scope (a write happened); a shared cache tells its store too. */
  invalidateAll(): void | Promise<void>;
  /** Forget the lists this process keeps (a write happened through another replica). */
  invalidateLocal(): void;
  /** Whether a read of `list` for `scope` would be served from the cache now (the cost estimate asks). */
  isFresh(scope: string, list: SharedList): boolean;
  /** Entries held (fresh, in flight or expired-not-yet-swept). */
  readonly size: number;
}

interface Entry {
  value: Promise<unknown>;
  expiresAt: number;
}

/** Past this many entries, expired ones are swept on the next store (scopes are few today: one token). */
const SWEEP_ABOVE = 256;

export function createSharedListCache(options: SharedListCacheOptions): SharedListCache {
  const now = options.now ?? Date.now;
  const { ttlMs } = options;
  if (!(ttlMs > 0)) throw new RangeError('the shared list cache needs a TTL above 0 ms (0 means: build none)');
  const entries = new Map<string, Entry>();

  function sweep(at: number): void {
    for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
  }

  return {
    ttlMs,
    get size() {
      return entries.size;
    },
    read<T>(scope: string, list: SharedList, fetch: () => Promise<T>): Promise<T> {
      const key = `${scope}\0${list}`;
      const at = now();
      const cached = entries.get(key);
      const hit = cached !== undefined && cached.expiresAt > at;
      options.onLookup?.(hit);
      if (hit) return cached.value.then(copy) as Promise<T>;
      if (entries.size >= SWEEP_ABOVE) sweep(at);
      // The TTL runs from the request, not the answer: the data is at most ttlMs older than its use.
      const entry: Entry = { value: fetch(), expiresAt: at + ttlMs };
      entries.set(key, entry);
      // A failed read is not kept; neither is one an invalidation removed while it was in flight
      // (the map no longer holds it, so it is simply dropped).
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value.then(copy) as Promise<T>;
    },
    invalidateAll() {
      entries.clear();
    },
    isFresh(scope: string, list: SharedList): boolean {
      const cached = entries.get(`${scope}\0${list}`);
      return cached !== undefined && cached.expiresAt > now();
    },
    invalidateLocal() {
      entries.clear();
    },
  };
}

/**
 * Serves the reads the endpoint table marks with a `sharedList` from `cache`, under `scope` (the
 * client's `cacheScope`); counted segment reads (`include_count`) and everything else go straight on.
 * Add it to a request's client with `client.intercept(...)`.
 */
export function sharedListInterceptor(cache: SharedListCache, scope: string): CallInterceptor {
  return {
    servesSharedLists: true,
    around(request, next) {
      const list = request.endpoint.sharedList;
      if (list === undefined || request.endpoint.kind !== 'read' || request.query?.['include_count']) return next();
      return cache.read(scope, list, async () => (list === 'segments' ? withoutCounts((await next()) as SegmentList) : next()));
    },
  };
}

function withoutCounts(list: SegmentList): SegmentList {
  return { ...list, segments: list.segments.map(({ count: _count, ...segment }) => segment) };
}

/**
 * Every request gets its own copy: the list objects are shared, and Pothos brands loaded objects in
 * place (a non-enumerable symbol), so anything that edited a list in place would otherwise change what
 * every later request sees. The lists are small (ids and names); a copy costs far less than a call.
 */
function copy<T>(value: T): T {
  return structuredClone(value);
}
