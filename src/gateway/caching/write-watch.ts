/**
 * Calls `onWriteSettled` after every upstream write the gateway makes (the endpoint table,
 * src/intercom/endpoint-table.ts, says which calls write), whether it succeeded or not: a failed or
 * timed-out write may still have been applied upstream, so the caches must treat it as a change.
 *
 * After, not before: a read that started before the write and lands after it would otherwise refill
 * a cache with the old data. The caches refuse to store a read that started before the last write
 * settled (see their `generation`).
 */
import type { CallInterceptor } from '../../intercom/dispatch.js';

export function writeWatch(onWriteSettled: () => void): CallInterceptor {
  return {
    async around(request, next) {
      if (request.endpoint.kind !== 'write') return next();
      try {
        return await next();
      } finally {
        onWriteSettled();
      }
    },
  };
}
