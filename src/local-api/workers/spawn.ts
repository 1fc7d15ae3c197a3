import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './protocol.js';

/**
 * Starts one worker thread. From the compiled build this module is `.js` and so is the worker's entry.
 * From the TypeScript sources (`npm start`, tests) a new thread has no TypeScript loader — neither
 * `--import tsx` in the parent nor in the worker's execArgv reaches it — so the thread registers tsx's
 * loader itself before importing the entry.
 */
export function spawnWorker(setup: WorkerSetup): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSources) return new Worker(entry, { workerData: setup });
  const bootstrap = `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

/** tsx's ESM API (`tsx/esm/api`, its `import` condition), as a file URL an eval'd thread can import. */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}
