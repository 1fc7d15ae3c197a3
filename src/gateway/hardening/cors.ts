/**
 * Yoga's `cors` option for an allow-list of origins. Yoga's own list handling does not fit: a
 * one-entry list answers every origin with that entry, an unlisted origin gets the literal
 * `Access-Control-Allow-Origin: null` (which sandboxed iframes match), and credentials are allowed for
 * all. Here an unlisted origin — and every origin when the list is empty — gets no CORS headers at all,
 * and only a listed origin gets itself back, with credentials.
 */
import type { Plugin, YogaServerOptions } from 'graphql-yoga';

type CorsOption = NonNullable<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors']>;

/** A valid `--cors-origin` entry: scheme, host and optional port, nothing else (that is what browsers send). */
export function isValidOrigin(entry: string): boolean {
  if (!URL.canParse(entry)) return false;
  const url = new URL(entry);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, '');
}

export function corsAllowList(origins: readonly string[]): CorsOption {
  const allowed = new Set(origins.map((origin) => new URL(origin).origin));
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      maxAge: 600,
    };
  };
}

/**
 * `Vary: Origin` on every response when an allow-list is set: the CORS headers differ by origin, so a
 * shared cache must not hand one origin's answer to another.
 */
export function useVaryOnOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary') ?? '';
      if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}
