import type { Db } from './open.js';
import type Database from 'better-sqlite3';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database: hot paths call this with a constant SQL string. */
export function prepared<R = unknown>(db: Db, sql: string): Database.Statement<unknown[], R> {
  let byDb = cache.get(db);
  if (!byDb) {
    byDb = new Map();
    cache.set(db, byDb);
  }
  let stmt = byDb.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    byDb.set(sql, stmt);
  }
  return stmt as Database.Statement<unknown[], R>;
}
