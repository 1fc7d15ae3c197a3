/**
 * `grouping-gateway keys create|revoke|list --keys-file F`: manages the API keys a gateway started
 * with `--auth keys` accepts. `create` prints the new key once — only its hash is written — and a
 * running gateway picks up every change by itself (it watches the file; SIGHUP also reloads).
 */
import { parseArgs } from 'node:util';
import { ALL_SCOPES, type Scope } from '../schema/caller.js';
import { generateApiKey, KEY_ID_PATTERN } from '../gateway/auth/api-keys.js';
import { KeysFileError, MAX_CALLS_PER_MINUTE, readKeysFile, readKeysFileOrEmpty, writeKeysFile, type StoredKey } from '../gateway/auth/keys-file.js';
import { parseScopes } from '../gateway/auth/scopes.js';

const USAGE = `Usage:
  grouping-gateway keys create --scopes read[,write][,dev] --keys-file FILE [--name TEXT] [--calls-per-minute N]
  grouping-gateway keys revoke ID --keys-file FILE
  grouping-gateway keys list --keys-file FILE

create    Makes a key and prints it once (only its SHA-256 is stored; it cannot be shown again)
revoke    Removes a key; running gateways refuse it as soon as they see the file change
list      Shows ids, scopes, names and limits (never keys: the file has none)

Scopes: read (queries), write (mutations), dev (introspection, GraphiQL and arbitrary documents in
production mode). --keys-file can also come from GATEWAY_KEYS_FILE.`;

export interface KeysCommandIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
}

const processIo: KeysCommandIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
};

/** Runs one keys command; returns the exit status (0 ok, 2 bad input). */
export async function runKeysCommand(argv: string[], io: KeysCommandIo = processIo): Promise<number> {
  let parsed: ReturnType<typeof parseKeysArgs>;
  try {
    parsed = parseKeysArgs(argv);
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  if (values.help || action === undefined) {
    io.out(USAGE);
    return action === undefined && !values.help ? 2 : 0;
  }
  const file = values['keys-file'] ?? (io.env['GATEWAY_KEYS_FILE'] || undefined);
  if (file === undefined) return fail(io, '--keys-file FILE is required (or set GATEWAY_KEYS_FILE)');

  try {
    switch (action) {
      case 'create':
        return await create(file, values, rest, io);
      case 'revoke':
        return await revoke(file, rest, io);
      case 'list':
        return await list(file, rest, io);
      default:
        return fail(io, `unknown keys command '${action}' (create, revoke or list)`);
    }
  } catch (error) {
    if (error instanceof KeysFileError) return fail(io, error.message);
    throw error;
  }
}

function parseKeysArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      'keys-file': { type: 'string' },
      scopes: { type: 'string' },
      name: { type: 'string' },
      'calls-per-minute': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

type KeysValues = ReturnType<typeof parseKeysArgs>['values'];

async function create(file: string, values: KeysValues, extra: string[], io: KeysCommandIo): Promise<number> {
  if (extra.length > 0) return fail(io, `unexpected argument '${extra[0]}'`);
  if (values.scopes === undefined) return fail(io, `--scopes is required, e.g. --scopes read or --scopes read,write (known: ${ALL_SCOPES.join(', ')})`);
  const parsed = parseScopes(values.scopes.split(',').map((scope) => scope.trim()));
  if ('unknown' in parsed) return fail(io, `--scopes: unknown scope '${parsed.unknown}' (known: ${ALL_SCOPES.join(', ')})`);
  let perMinute: number | undefined;
  if (values['calls-per-minute'] !== undefined) {
    perMinute = /^\d+$/.test(values['calls-per-minute']) ? Number(values['calls-per-minute']) : Number.NaN;
    if (!(perMinute >= 1 && perMinute <= MAX_CALLS_PER_MINUTE)) {
      return fail(io, `--calls-per-minute must be a whole number from 1 to ${MAX_CALLS_PER_MINUTE}, got '${values['calls-per-minute']}'`);
    }
  }
  const contents = await readKeysFileOrEmpty(file);
  const generated = generateApiKey();
  const entry: StoredKey = {
    id: generated.id,
    hash: generated.hash,
    scopes: ALL_SCOPES.filter((scope): scope is Scope => parsed.scopes.has(scope)),
    createdAt: new Date().toISOString(),
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(perMinute !== undefined ? { limits: { upstreamCallsPerMinute: perMinute } } : {}),
  };
  await writeKeysFile(file, { keys: [...contents.keys, entry] });
  io.err(`Created key ${entry.id} (${entry.scopes.join(', ')}) in ${file}. It is shown once; store it now:`);
  io.out(generated.key);
  return 0;
}

async function revoke(file: string, ids: string[], io: KeysCommandIo): Promise<number> {
  if (ids.length !== 1 || !KEY_ID_PATTERN.test(ids[0]!)) return fail(io, 'revoke takes one key id, e.g. grouping-gateway keys revoke 3f9a1c0b7e22 --keys-file FILE');
  const contents = await readKeysFile(file);
  const remaining = contents.keys.filter((key) => key.id !== ids[0]);
  if (remaining.length === contents.keys.length) return fail(io, `no key with id '${ids[0]}' in ${file}`);
  await writeKeysFile(file, { keys: remaining });
  io.err(`Revoked key ${ids[0]}.`);
  return 0;
}

async function list(file: string, extra: string[], io: KeysCommandIo): Promise<number> {
  if (extra.length > 0) return fail(io, `unexpected argument '${extra[0]}'`);
  const { keys } = await readKeysFile(file);
  for (const key of keys) {
    const limit = key.limits?.upstreamCallsPerMinute ? `  ${key.limits.upstreamCallsPerMinute} calls/min` : '';
    io.out(`${key.id}  ${key.scopes.join(',').padEnd(14)}  ${key.createdAt ?? ''}${key.name ? `  ${key.name}` : ''}${limit}`);
  }
  if (keys.length === 0) io.err(`No keys in ${file}.`);
  return 0;
}

function fail(io: KeysCommandIo, message: string): number {
  io.err(`grouping-gateway keys: ${message}`);
  io.err("Run 'grouping-gateway keys --help' for usage.");
  return 2;
}

export async function main(argv: string[]): Promise<void> {
  process.exitCode = await runKeysCommand(argv);
}
