import type { Db } from '../db/open.js';

export interface SeedOptions {
  /** Draw a progress bar on stderr (only when it is a terminal). */
  progress: boolean;
  now: number;
}

/** Fills an empty store: the guide-shaped demo workspace, or a generated one of `n` contacts. */
export function seedDatabase(_db: Db, _seed: 'demo' | number, _options: SeedOptions): void {
  // Filled in by the seeding work (demo.ts, generate.ts).
}
