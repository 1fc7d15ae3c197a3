/**
 * Calls `onWriteSettled` after every upstream write the gateway makes (src/intercom/method-kinds.ts
 * says which methods write), whether it succeeded or not: a failed or timed-out write may still have
 * been applied upstream, so the caches must treat it as a change.
 *
 * After, not before: a read that started before the write and lands after it would otherwise refill
 * a cache with the old data. The caches refuse to store a read that started before the last write
 * settled (see their `generation`).
 */
import { endpointKind } from '../../intercom/method-kinds.js';

export function watchWrites<T extends object>(client: T, onWriteSettled: () => void): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (endpointKind(property) !== 'write') return method.bind(target);
      return async (...args: unknown[]) => {
        try {
          return await method.apply(target, args);
        } finally {
          onWriteSettled();
        }
      };
    },
  });
}
