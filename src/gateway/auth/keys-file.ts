/**
 * The API keys file: its format, its validation and its atomic rewrite (the keys CLI edits it while
 * a gateway may be reading it). Format:
 *
 *   { "keys": [ { "id": "3f9a1c0b7e22", "hash": "sha256:<64 hex>", "scopes": ["read", "write"],
 *                 "createdAt": "2026-12-02T05:00:00.000Z", "name": "web app",
 *                 "limits": { "upstreamCallsPerMinute": 600 } } ] }
 *
 * Only hashes are stored (api-keys.ts). Every problem names where it is (`keys[1].scopes`) and what
 * is expected; unknown fields are errors, so a misspelt "limits" is not silently ignored.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ALL_SCOPES, type Scope } from '../../schema/caller.js';
import { KEY_ID_PATTERN } from './api-keys.js';
import { parseScopes } from './scopes.js';

export interface StoredKey {
  id: string;
  hash: string;
  scopes: Scope[];
  createdAt?: string;
  name?: string;
  limits?: { upstreamCallsPerMinute?: number };
}

export interface KeysFile {
  keys: StoredKey[];
}

/** A keys file that cannot be used; `problems` say where and what. */
export class KeysFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`keys file ${file}: ${problems.join('; ')}`);
    this.name = 'KeysFileError';
  }
}

const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;
const KEY_FIELDS = new Set(['id', 'hash', 'scopes', 'createdAt', 'name', 'limits']);
/** The largest per-key `upstreamCallsPerMinute` (the keys CLI checks against it too). */
export const MAX_CALLS_PER_MINUTE = 1_000_000;

export async function readKeysFile(file: string): Promise<KeysFile> {
  const text = await readKeysText(file);
  if (text === undefined) throw new KeysFileError(file, ["not found (create it with 'grouping-gateway keys create')"]);
  return parseKeysText(text, file);
}

/** Reads a keys file, or an empty one when it does not exist yet (the CLI creating the first key). */
export async function readKeysFileOrEmpty(file: string): Promise<KeysFile> {
  const text = await readKeysText(file);
  return text === undefined ? { keys: [] } : parseKeysText(text, file);
}

/** The file's text, or undefined when it does not exist. */
async function readKeysText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new KeysFileError(file, [`cannot be read (${code ?? 'error'})`]);
  }
}

function parseKeysText(text: string, file: string): KeysFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KeysFileError(file, [`is not valid JSON (${(error as Error).message})`]);
  }
  return parseKeysFile(json, file);
}

function parseKeysFile(json: unknown, file: string): KeysFile {
  const problems: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !Array.isArray((json as { keys?: unknown }).keys)) {
    throw new KeysFileError(file, ['must be an object with a "keys" array']);
  }
  const extra = Object.keys(json).filter((field) => field !== 'keys');
  if (extra.length > 0) problems.push(`unknown field(s) ${extra.join(', ')} (only "keys")`);
  const keys: StoredKey[] = [];
  const ids = new Set<string>();
  (json as { keys: unknown[] }).keys.forEach((entry, index) => {
    const at = `keys[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at} must be an object`);
      return;
    }
    const key = entry as Record<string, unknown>;
    const before = problems.length;
    const unknown = Object.keys(key).filter((field) => !KEY_FIELDS.has(field));
    if (unknown.length > 0) problems.push(`${at} has unknown field(s) ${unknown.join(', ')} (allowed: ${[...KEY_FIELDS].join(', ')})`);
    if (typeof key['id'] !== 'string' || !KEY_ID_PATTERN.test(key['id'])) {
      problems.push(`${at}.id must be 6 to 32 lowercase letters or digits, got ${JSON.stringify(key['id'])}`);
    } else if (ids.has(key['id'])) {
      problems.push(`${at}.id '${key['id']}' appears twice`);
    } else {
      ids.add(key['id']);
    }
    if (typeof key['hash'] !== 'string' || !HASH_PATTERN.test(key['hash'])) {
      problems.push(`${at}.hash must be "sha256:" and 64 lowercase hex digits (the file stores hashes, never keys)`);
    }
    let scopes: Scope[] = [];
    if (!Array.isArray(key['scopes']) || key['scopes'].length === 0) {
      problems.push(`${at}.scopes must be a non-empty array of ${ALL_SCOPES.join(', ')}`);
    } else {
      const parsed = parseScopes(key['scopes']);
      if ('unknown' in parsed) problems.push(`${at}.scopes has unknown scope '${parsed.unknown}' (known: ${ALL_SCOPES.join(', ')})`);
      else scopes = [...parsed.scopes];
    }
    for (const field of ['createdAt', 'name'] as const) {
      if (key[field] !== undefined && typeof key[field] !== 'string') problems.push(`${at}.${field} must be text`);
    }
    const limits = key['limits'];
    if (limits !== undefined) {
      const perMinute = (limits as { upstreamCallsPerMinute?: unknown } | null)?.upstreamCallsPerMinute;
      const limitFields = typeof limits === 'object' && limits !== null && !Array.isArray(limits) ? Object.keys(limits) : undefined;
      if (!limitFields || limitFields.some((field) => field !== 'upstreamCallsPerMinute')) {
        problems.push(`${at}.limits must be an object with only "upstreamCallsPerMinute"`);
      } else if (perMinute !== undefined && !(Number.isInteger(perMinute) && (perMinute as number) >= 1 && (perMinute as number) <= MAX_CALLS_PER_MINUTE)) {
        problems.push(`${at}.limits.upstreamCallsPerMinute must be a whole number from 1 to ${MAX_CALLS_PER_MINUTE}, got ${JSON.stringify(perMinute)}`);
      }
    }
    if (problems.length === before) keys.push({ ...(key as unknown as StoredKey), scopes });
  });
  if (problems.length > 0) throw new KeysFileError(file, problems);
  return { keys };
}

/**
 * Writes through a temporary file and a rename, so a gateway reloading at that moment reads either
 * the old file or the new one, never half of one. Mode 0600: hashes are not keys, but the file
 * still says who may do what.
 */
export async function writeKeysFile(file: string, contents: KeysFile): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temporary, `${JSON.stringify(contents, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}
