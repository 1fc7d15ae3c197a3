/**
 * The explorer's production build for tests: `vite build` in examples/explorer, run only when a
 * source file is newer than dist/index.html, so a test run builds at most once and a checkout whose
 * build is current pays nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const EXPLORER_DIR = fileURLToPath(new URL('../../examples/explorer/', import.meta.url));
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestSourceMtime(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestSourceMtime(path.join(entry, name))));
}

/** Whether dist/ is missing or older than any of its sources. */
function explorerBuildIsStale(): boolean {
  const index = path.join(EXPLORER_DIR, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const newest = Math.max(...SOURCES.map((source) => newestSourceMtime(path.join(EXPLORER_DIR, source))));
  return newest > statSync(index).mtimeMs;
}

export async function ensureExplorerBuilt(): Promise<void> {
  if (!explorerBuildIsStale()) return;
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: EXPLORER_DIR,
    timeout: 120_000,
    // vitest sets NODE_ENV=test; the build is the production one (React's production bundle).
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
