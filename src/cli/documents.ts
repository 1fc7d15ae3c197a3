/**
 * `grouping-gateway documents build --documents GLOB --out FILE`: the trusted-documents manifest of a
 * frontend's own operations, made by the same tool and settings as the project's own manifest
 * (graphql-codegen's client preset with `persistedDocuments`, see codegen.ts), so the ids match what
 * a client built with the preset sends. Operations are checked against the gateway's committed
 * schema. Needs the project's dev dependencies (`npm ci`): graphql-codegen is a build-time tool.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: grouping-gateway documents build --documents GLOB [--documents GLOB ...] --out FILE [--schema FILE]

Writes a trusted-documents manifest (JSON: "sha256:<hex>" -> document) for the operations in the
given .graphql files (or .ts/.tsx files using the client preset's graphql() function). Load it into
the gateway with --persisted-documents FILE; in production mode callers without the dev scope may
only run documents from such manifests. --schema defaults to the gateway's schema/schema.graphql.`;

const DEFAULT_SCHEMA = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

export interface DocumentsCommandIo {
  out(line: string): void;
  err(line: string): void;
}

const processIo: DocumentsCommandIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

export async function runDocumentsCommand(argv: string[], io: DocumentsCommandIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        documents: { type: 'string', multiple: true },
        out: { type: 'string' },
        schema: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals[0] !== 'build' || positionals.length !== 1) return fail(io, "the one documents command is 'build'");
  if (!values.documents?.length) return fail(io, '--documents GLOB is required, e.g. --documents "src/**/*.graphql"');
  if (values.out === undefined) return fail(io, '--out FILE is required');

  const { executeCodegen } = await import('@graphql-codegen/cli').catch(() => {
    throw new Error('graphql-codegen is not installed: run `npm ci` in the gateway checkout (it is a dev dependency)');
  });
  // In memory: only the manifest is written, none of the typed client code around it.
  const { result, error } = await executeCodegen({
    schema: values.schema ?? DEFAULT_SCHEMA,
    documents: values.documents,
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      'trusted-documents/': { preset: 'client', presetConfig: { fragmentMasking: false, persistedDocuments: true } },
    },
  });
  if (error) return fail(io, error.message);
  const manifest = result.find((file) => file.filename.endsWith('persisted-documents.json'));
  if (!manifest) return fail(io, 'no operations found in the given documents');
  await writeFile(values.out, manifest.content);
  const count = Object.keys(JSON.parse(manifest.content) as object).length;
  io.err(`Wrote ${count} trusted document(s) to ${values.out}`);
  return 0;
}

function fail(io: DocumentsCommandIo, message: string): number {
  io.err(`grouping-gateway documents: ${message}`);
  io.err("Run 'grouping-gateway documents --help' for usage.");
  return 2;
}

export async function main(argv: string[]): Promise<void> {
  process.exitCode = await runDocumentsCommand(argv);
}
