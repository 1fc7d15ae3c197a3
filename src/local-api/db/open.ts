import Database from 'better-sqlite3';
import { DDL, SCHEMA_VERSION } from './schema.js';

export type Db = Database.Database;

/** How long a connection waits for another one's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (and if new, creates) the store. A file gets WAL journaling with synchronous=FULL, so a write
 * that was acknowledged survives the process being killed at any moment; ':memory:' is for tests.
 * `durable: false` is for a scratch file that is deleted on close anyway (the stand-in for ':memory:'
 * when several workers must share one store): it skips the fsync of every commit.
 */
export function openDatabase(file: string, { durable = true }: { durable?: boolean } = {}): Db {
  const db = new Database(file);
  if (file !== ':memory:') {
    db.pragma('journal_mode = WAL');
    // FULL, not NORMAL: NORMAL may lose the last transactions on power loss; we promise durability.
    db.pragma(durable ? 'synchronous = FULL' : 'synchronous = OFF');
  }
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.exec(DDL);
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
  return db;
}

/**
 * A read-only connection to a store another connection created (a reading worker's). Read-only so
 * that a handler that wrote by mistake fails loudly instead of racing the single writer. In WAL mode
 * it reads the last committed state without blocking the writer, or being blocked by it.
 */
export function openReader(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}
