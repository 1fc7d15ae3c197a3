/**
 * Runs a large seed fast and atomically, then puts the store back to its durable settings.
 *
 * - One transaction for the whole load: a seed that dies half-way leaves an empty store, not a
 *   half-seeded one that the next start would mistake for data.
 * - A rollback journal (not WAL) during the load: on a fresh file every page is new, and SQLite does
 *   not journal pages past the original end of file, so the load writes each page once instead of
 *   twice (WAL then checkpoint).
 * - Secondary indexes are dropped first and rebuilt at the end: building an index from sorted data is
 *   far cheaper than a million random b-tree inserts. The DDL says IF NOT EXISTS, so re-running it
 *   recreates exactly the indexes the schema defines.
 * - Foreign keys are off during the load; the seeders write only rows they just created.
 */
import type { Db } from '../db/open.js';
import { DDL } from '../db/schema.js';

export function withBulkLoad(db: Db, load: () => void, onIndexing?: () => void): void {
  const onDisk = !db.memory;
  db.pragma('foreign_keys = OFF');
  if (onDisk) {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = OFF');
  }
  db.pragma('cache_size = -262144'); // 256 MiB of page cache while loading
  db.pragma('temp_store = MEMORY');
  // Lets CREATE INDEX sort with a helper thread (the main thread only waits for it meanwhile).
  db.pragma('threads = 2');
  try {
    db.transaction(() => {
      for (const name of secondaryIndexes(db)) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
      load();
      onIndexing?.();
      db.exec(DDL);
    })();
    // Statistics let the planner pick the selective index at this size; a sampled ANALYZE is cheap.
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');
  } finally {
    db.pragma('cache_size = -16384');
    db.pragma('threads = 0');
    db.pragma('foreign_keys = ON');
    if (onDisk) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
  }
}

/** Indexes created by CREATE INDEX (not the automatic ones behind PRIMARY KEY / UNIQUE columns). */
function secondaryIndexes(db: Db): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}
