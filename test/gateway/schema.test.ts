/**
 * The committed SDL and the typed client stay in step with the code: a schema change without
 * `npm run schema:print` (and `npm run codegen`) fails here, naming the command that fixes it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../../src/schema/print.js';

const run = promisify(execFile);

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (regenerate with `npm run schema:print`)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const drifted = committed !== printedSchema();
    expect(drifted, 'schema/schema.graphql is out of date: run `npm run schema:print`, then `npm run codegen`').toBe(false);
  });

  it('declares the Relay node interface, the contact interface and the domain error interface', () => {
    const sdl = printedSchema();
    expect(sdl).toMatch(/interface Node \{\s+id: ID!/);
    expect(sdl).toContain('type User implements Contact & Node');
    expect(sdl).toContain('type Lead implements Contact & Node');
    expect(sdl).toContain('union TagLeadsResult = BadInputError | LeadRequiresIdError | NotFoundError | TagLeadsPayload');
  });
});

describe('test/gql (codegen)', () => {
  it('is what `npm run codegen` generates from the committed schema and documents', async () => {
    const outcome = await run(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts', '--check'], {
      cwd: new URL('../..', import.meta.url).pathname,
    }).then(
      () => 'up to date',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(outcome, 'test/gql is out of date: run `npm run codegen`').toBe('up to date');
  }, 60_000);
});
