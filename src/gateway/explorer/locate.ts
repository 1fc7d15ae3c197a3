/**
 * Where the explorer example (examples/explorer) is: its built files (`dist/`, made by `vite build`)
 * and the trusted-documents manifest its codegen writes. The gateway serves the explorer at
 * /explorer/ only when it has been built; the manifest is loaded with it so the page's document ids
 * run in production mode too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ExplorerBuild {
  /** The folder served at /explorer/. */
  dist: string;
  /** The explorer's trusted-documents manifest (id -> document). */
  manifest: string;
}

/** The explorer package at `dir`, when it has been built. */
export function explorerBuildAt(dir: string): ExplorerBuild | undefined {
  const build = { dist: path.join(dir, 'dist'), manifest: path.join(dir, 'src', 'gql', 'persisted-documents.json') };
  return existsSync(path.join(build.dist, 'index.html')) && existsSync(build.manifest) ? build : undefined;
}

/** The checkout's explorer package folder when it has been built, found upwards from this module (it runs from src/ or from a tsc build in dist/). */
export function findBuiltExplorer(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 5; level++) {
    const candidate = path.join(dir, 'examples', 'explorer');
    if (existsSync(path.join(candidate, 'package.json'))) return explorerBuildAt(candidate) ? candidate : undefined;
    dir = path.dirname(dir);
  }
  return undefined;
}
