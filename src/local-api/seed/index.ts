import cliProgress from 'cli-progress';
import type { Db } from '../db/open.js';
import { withBulkLoad } from './bulk-load.js';
import { seedDemo } from './demo.js';
import { seedGenerated } from './generate.js';

export interface SeedOptions {
  /** Draw a progress bar on stderr (only when it is a terminal). */
  progress: boolean;
  now: number;
}

/** Fills an empty store: the guide-shaped demo workspace, or a generated one of `n` contacts. */
export function seedDatabase(db: Db, seed: 'demo' | number, options: SeedOptions): void {
  if (seed === 'demo') {
    db.transaction(() => seedDemo(db, options.now))();
    return;
  }
  const bar = options.progress && process.stderr.isTTY ? progressBar(seed) : undefined;
  try {
    withBulkLoad(
      db,
      () => seedGenerated(db, seed, { now: options.now, onProgress: bar ? (done) => bar.update(done) : undefined }),
      () => bar?.update(seed, { phase: 'building indexes' }),
    );
  } finally {
    bar?.stop();
  }
}

function progressBar(total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'seeding: {phase} [{bar}] {percentage}% | {value}/{total} contacts | {duration}s',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { phase: 'contacts' });
  return bar;
}
