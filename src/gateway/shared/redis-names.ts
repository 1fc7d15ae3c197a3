/**
 * What the gateway names in Redis — the URL it is given and the prefix of every key — apart from the
 * connection (redis.ts), so the settings and the in-process stores can use them without loading the
 * Redis client: a gateway started without `--redis` never pays for it.
 */

/** Every key the gateway writes starts with this, so one Redis can serve other things too. */
export const KEY_PREFIX = 'grouping-gateway:';

/** A redis:// or rediss:// URL, or a sentence saying what is wrong (never echoing a password). */
export function checkRedisUrl(raw: string): string | undefined {
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) return 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379';
  if (!url.hostname) return 'must name a host, e.g. redis://127.0.0.1:6379';
  if (url.search || url.hash) return 'must not have a ?query or #fragment';
  if (url.pathname !== '' && url.pathname !== '/' && !/^\/\d{1,2}$/.test(url.pathname)) return 'may only name a database number as its path, e.g. redis://127.0.0.1:6379/0';
  return undefined;
}
