/**
 * The API keys a gateway accepts, loaded from the keys file and reloaded when it changes (or on
 * `reload()`, which the serve command calls on SIGHUP). A reload that fails — bad JSON, a bad entry,
 * a missing file — keeps the keys already loaded and logs why: a typo in the file must not lock
 * every caller out, nor let anyone in.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Caller } from '../../schema/caller.js';
import { keyIdOf, keyMatches } from './api-keys.js';
import { readKeysFile, type StoredKey } from './keys-file.js';

export interface KeyStoreOptions {
  file: string;
  /** Where reload outcomes go (never a key: the file holds none). @default console.warn */
  log?: (message: string) => void;
  /** Watch the file for changes. @default true */
  watch?: boolean;
}

export interface KeyStore {
  /** The caller a presented key belongs to, or undefined for an unknown, revoked or malformed key. */
  verify(presented: string): Caller | undefined;
  /** Re-reads the file; on failure keeps the current keys and resolves false. */
  reload(): Promise<boolean>;
  close(): void;
}

/** Changes arriving within this window are one reload (editors and renames fire several events). */
const SETTLE_MS = 50;

/** Loads the file (throws a KeysFileError when the first load fails: the gateway must not start). */
export async function openKeyStore(options: KeyStoreOptions): Promise<KeyStore> {
  const log = options.log ?? ((message: string) => console.warn(message));
  const file = path.resolve(options.file);
  let callers = toCallers((await readKeysFile(file)).keys);

  let reloading: Promise<boolean> | undefined;
  let again = false;
  async function reloadOnce(): Promise<boolean> {
    try {
      const next = toCallers((await readKeysFile(file)).keys);
      const changed = next.size !== callers.size || [...next.keys()].some((id) => !callers.has(id));
      callers = next;
      if (changed) log(`keys file reloaded: ${next.size} key(s)`);
      return true;
    } catch (error) {
      log(`keys file reload failed, keeping the ${callers.size} key(s) loaded before: ${(error as Error).message}`);
      return false;
    }
  }
  /** One reload at a time; a change during one queues exactly one more. */
  function reload(): Promise<boolean> {
    if (reloading) {
      again = true;
      return reloading;
    }
    reloading = reloadOnce().finally(() => {
      reloading = undefined;
      if (again) {
        again = false;
        void reload();
      }
    });
    return reloading;
  }

  // The directory, not the file: the keys CLI and most editors replace the file by renaming a new
  // one over it, and a watch on the old file would go quiet after the first such change.
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (options.watch !== false) {
    watcher = watch(path.dirname(file), (_event, name) => {
      if (name !== null && name !== path.basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), SETTLE_MS);
    });
    watcher.on('error', (error) => log(`keys file watch stopped (${error.message}); send SIGHUP to reload`));
    watcher.unref();
  }

  return {
    verify(presented) {
      const id = keyIdOf(presented);
      const entry = id === undefined ? undefined : callers.get(id);
      return entry && keyMatches(presented, entry.hash) ? entry.caller : undefined;
    },
    reload,
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}

function toCallers(keys: readonly StoredKey[]): Map<string, { hash: string; caller: Caller }> {
  return new Map(
    keys.map((key) => [
      key.id,
      {
        hash: key.hash,
        caller: { id: `key:${key.id}`, scopes: new Set(key.scopes), ...(key.limits ? { limits: { ...key.limits } } : {}) },
      },
    ]),
  );
}
