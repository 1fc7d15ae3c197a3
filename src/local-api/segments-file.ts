import type { Db } from './db/open.js';

/** Loads segment definitions (saved 2.x search queries) from a JSON file at start. */
export function loadSegmentsFile(_db: Db, _file: string, _now: number): void {
  // Filled in by the segments work.
}
