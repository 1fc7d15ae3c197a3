/**
 * An interceptor that calls `onWriteSettled` after every upstream write made through the client it
 * is added to (the endpoint table, src/intercom/endpoint-table.ts, says which calls write), whether
 * the write succeeded or not: a failed or timed-out write may still have been applied upstream, and
 * a chunked write that fails halfway has applied its first chunks, so whatever was read before it
 * must be treated as stale.
 *
 * After, not before: a read that started before the write and lands after it would otherwise refill
 * a cache with the old data. (The cross-request caches also refuse to store a read that started
 * before the last write settled; see their `generation`.)
 *
 * Used by the request's loaders (src/loaders/index.ts: clear them all) and by the gateway's
 * cross-request caches (src/gateway/yoga.ts: drop the shared lists, cached responses and companies,
 * and tell the other replicas).
 */
import type { CallInterceptor } from './dispatch.js';

/**
 * `onWriteSettled` may return a promise (a cache in Redis): the write's answer waits for it, so the
 * caller of a mutation never races its own invalidation. Its failure never changes the answer.
 */
export function afterWrites(onWriteSettled: () => void | Promise<void>): CallInterceptor {
  return {
    async around(request, next) {
      if (request.endpoint.kind !== 'write') return next();
      try {
        return await next();
      } finally {
        await Promise.resolve()
          .then(onWriteSettled)
          .catch(() => undefined);
      }
    },
  };
}
