import Database from 'better-sqlite3';
import { DDL, SCHEMA_VERSION } from './schema.js';

export type Db = Database.Database;

/**
 * Opens (and if new, creates) the store. A file gets WAL journaling with synchronous=FULL, so a write
 * that was acknowledged survives the process being killed at any moment; ':memory:' is for tests.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') {
    db.pragma('journal_mode = WAL');
    // FULL, not NORMAL: NORMAL may lose the last transactions on power loss; we promise durability.
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(DDL);
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
  return db;
}
