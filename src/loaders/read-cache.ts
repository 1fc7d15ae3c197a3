/**
 * Identical upstream reads within one request are made once: every call whose endpoint the table
 * marks `read` (src/intercom/endpoint-table.ts) is memoized on its endpoint, path, query and body.
 * Writes pass through untouched. A failed read is forgotten (as DataLoader forgets a failed batch) so
 * a retry in the same request may succeed.
 */
import type { CallInterceptor } from '../intercom/dispatch.js';
import { stableKey } from './keys.js';

export interface ReadCache {
  /** Add to the request's client (`client.intercept(cache.interceptor)`). */
  interceptor: CallInterceptor;
  /** Forget every memoized read (after a write). */
  clear(): void;
}

export function createReadCache(): ReadCache {
  const memo = new Map<string, Promise<unknown>>();
  return {
    interceptor: {
      around(request, next) {
        if (request.endpoint.kind !== 'read') return next();
        const key = `${request.endpoint.name} ${request.path} ${stableKey(request.query ?? {})} ${stableKey(request.body ?? null)}`;
        let pending = memo.get(key);
        if (!pending) {
          pending = next();
          memo.set(key, pending);
          pending.catch(() => {
            if (memo.get(key) === pending) memo.delete(key);
          });
        }
        return pending;
      },
    },
    clear: () => memo.clear(),
  };
}
