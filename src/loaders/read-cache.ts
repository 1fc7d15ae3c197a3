/**
 * Identical upstream reads within one request are made once: every read method of the client is
 * memoized on (method, arguments) — the arguments are what the client turns into path, query and
 * body, so this is the "method + path + body" key. Writes pass through untouched. A failed read is
 * forgotten (as DataLoader forgets a failed batch) so a retry in the same request may succeed.
 */
import { stableKey } from './keys.js';
import type { UpstreamClient } from './upstream.js';

type ReadMethod = {
  [K in keyof UpstreamClient]: K extends `get${string}` | `list${string}` | `search${string}` | `find${string}` ? K : never;
}[keyof UpstreamClient];

const READ_METHODS: ReadonlySet<string> = new Set<ReadMethod>([
  'getContact',
  'searchContacts',
  'listContactTags',
  'listContactCompanies',
  'listContactSegments',
  'listTags',
  'getTag',
  'listSegments',
  'getSegment',
  'getCompany',
  'findCompany',
  'listCompanies',
  'listCompanyContacts',
  'getConversation',
  'searchConversations',
  'getCounts',
  'listAdmins',
]);

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
      if (typeof property !== 'string' || !READ_METHODS.has(property)) return method.bind(target);
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
