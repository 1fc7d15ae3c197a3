/**
 * Exact match counts (`total_count`) and other whole-store figures, remembered until the store changes.
 *
 * A count has to visit every match, and a filter no index serves (a custom attribute, say) reads every
 * contact row: ~0.4 s at a million contacts, while the page itself takes under a millisecond. Clients
 * page through a search by repeating the same query with a new cursor, so every page after the first
 * asks for the same count again; this answers those from memory. `GET /counts` figures likewise.
 *
 * "The store changed" is `total_changes()` (rows this connection wrote, committed or not) plus
 * `PRAGMA data_version` (commits by any other connection to the same file). Any write at all clears
 * every entry, so a count is never stale; entries are bounded (least recently used goes first).
 */
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import type { SqlFragment } from './sql.js';

const MAX_ENTRIES = 256;

interface ResultCache {
  version: string;
  results: Map<string, unknown>;
}

const caches = new WeakMap<Db, ResultCache>();

function storeVersion(db: Db): string {
  const own = prepared<{ n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
  const others = prepared<{ data_version: number }>(db, 'PRAGMA data_version').get()!.data_version;
  return `${own}:${others}`;
}

/**
 * `compute()`'s result for `key`, from memory when nothing was written since it was computed. The key
 * must name everything the result depends on besides the stored data (query text and values).
 * Callers must not mutate what they get back: it is shared with the next caller.
 */
export function remembered<T>(db: Db, key: string, compute: () => T): T {
  const version = storeVersion(db);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, results: new Map() };
    caches.set(db, cache);
  }
  if (cache.results.has(key)) {
    const known = cache.results.get(key) as T;
    // Re-inserted so the map's order stays least-recently-used first.
    cache.results.delete(key);
    cache.results.set(key, known);
    return known;
  }
  const result = compute();
  cache.results.set(key, result);
  if (cache.results.size > MAX_ENTRIES) cache.results.delete(cache.results.keys().next().value!);
  return result;
}

/** `SELECT COUNT(*) FROM contacts c WHERE <where>`, from memory when nothing was written since. */
export function countContactsWhere(db: Db, where: SqlFragment): number {
  return remembered(db, `contacts where ${where.sql}\u0000${JSON.stringify(where.params)}`, () =>
    // Filter SQL varies with the query, so it is prepared here rather than kept in the statement cache.
    (db.prepare(`SELECT COUNT(*) AS n FROM contacts c WHERE ${where.sql}`).get(...where.params) as { n: number }).n,
  );
}
