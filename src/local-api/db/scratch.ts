import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary file standing in for ':memory:' when several connections must share the store (an
 * in-memory database belongs to the one connection that opened it). Removed, with its WAL files, on
 * `remove()`; a process killed outright leaves it in the system's temp folder.
 */
export function scratchStore(): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'local-api-'));
  return { file: join(dir, 'store.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
