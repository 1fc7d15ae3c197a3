/**
 * Identical upstream reads within one request are made once: every read method of the client is
 * memoized on (method, arguments) — the arguments are what the client turns into path, query and
 * body, so this is the "method + path + body" key. Writes pass through untouched. A failed read is
 * forgotten (as DataLoader forgets a failed batch) so a retry in the same request may succeed.
 */
import { endpointKind } from '../intercom/method-kinds.js';
import { stableKey } from './keys.js';
import type { UpstreamClient } from './upstream.js';

export interface ReadCache {
  /** The client to use for this request: reads memoized, writes passed through. */
  client: UpstreamClient;
  /** Forget every memoized read (after a mutation). */
  clear(): void;
}

export function createReadCache(upstream: UpstreamClient, enabled = true): ReadCache {
  if (!enabled) return { client: upstream, clear: () => {} };
  const memo = new Map<string, Promise<unknown>>();
  const client = new Proxy(upstream, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (typeof property !== 'string' || endpointKind(property) !== 'read') return method.bind(target);
      return (...args: unknown[]) => {
        const key = `${property} ${stableKey(args)}`;
        let pending = memo.get(key);
        if (!pending) {
          pending = method.apply(target, args);
          memo.set(key, pending);
          pending.catch(() => {
            if (memo.get(key) === pending) memo.delete(key);
          });
        }
        return pending;
      };
    },
  });
  return { client, clear: () => memo.clear() };
}
