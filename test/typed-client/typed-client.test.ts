/**
 * An outside frontend's typed client, built as README "Typed clients" says: graphql-codegen's client
 * preset (programmatic `generate`) over the committed schema/schema.graphql and a small document,
 * into a temporary directory, then typechecked with tsc under NodeNext. It fails when the generated
 * client does not compile, or when the code that relies on the schema's types (non-null names and
 * counts, scalars that are not `any`, the payload/error union) does not.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/schema/print.js';
import { FRONTEND_SOURCE, FRONTEND_TSCONFIG, frontendCodegenConfig } from './outside-frontend.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

let dir: string;

/** tsc's verdict on the frontend project: '' when it compiles, else its diagnostics. */
async function typecheck(): Promise<string> {
  return run(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { cwd: dir }).then(
    () => '',
    (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}` || 'tsc failed',
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'typed-client-'));
  mkdirSync(join(dir, 'src'));
  // The frontend's own dependencies (typescript, @graphql-typed-document-node/core) come from ours.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'outside-frontend', private: true, type: 'module' }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(FRONTEND_TSCONFIG, null, 2));
  writeFileSync(join(dir, 'src/app.ts'), FRONTEND_SOURCE);
  await generate(
    { ...frontendCodegenConfig(SCHEMA_FILE, join(dir, 'src/**/*.ts'), `${join(dir, 'src/gql')}/`), cwd: dir, silent: true },
    true,
  );
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a typed client generated from schema/schema.graphql', () => {
  it('compiles under NodeNext with the scalars mapped and the schema types relied upon', async () => {
    expect(await typecheck()).toBe('');
  }, 60_000);

  it('fails to compile when code misreads a type (the check can fail)', async () => {
    writeFileSync(join(dir, 'src/misread.ts'), [
      "import type { ResultOf } from '@graphql-typed-document-node/core';",
      "import type { TagPage } from './app.js';",
      // A tag's name is a string: reading it as a number must not compile.
      'export const wrong = (data: ResultOf<typeof TagPage>): number => data.tag!.name;',
    ].join('\n'));
    try {
      expect(await typecheck()).toMatch(/misread\.ts.*TS2322/s);
    } finally {
      rmSync(join(dir, 'src/misread.ts'));
    }
  }, 60_000);
});
