/**
 * Passthrough: the caller's Bearer credential is its own Intercom token. The gateway calls the
 * upstream with it (CallScope's `token`) and names the caller by a digest of it — the token itself
 * is never a cache key, a log field or a budget name. Intercom decides what the token may do; the
 * gateway grants read and write, and never dev (no introspection or arbitrary documents in
 * production mode: such callers use trusted documents).
 */
import { createHash } from 'node:crypto';
import type { Caller } from '../../schema/caller.js';

const PASSTHROUGH_SCOPES = new Set(['read', 'write'] as const);

export function passthroughCaller(token: string): Caller {
  const digest = createHash('sha256').update(token).digest('hex').slice(0, 32);
  return { id: `token:${digest}`, scopes: PASSTHROUGH_SCOPES };
}
