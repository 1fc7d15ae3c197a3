/**
 * Cross-site request forgery: a browser sends a cross-origin POST without asking first (no CORS
 * preflight) only when its content type is one an HTML form can produce — form-urlencoded, multipart
 * or text/plain. So a POST runs an operation only with a JSON content type, which a foreign page can
 * send only after a preflight the CORS allow-list answers. Everything else is refused with 415 before
 * its body is read. GET stays open for queries: yoga refuses mutations over GET (405), and a query
 * changes nothing.
 */
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from '../yoga-runtime.js';

/** The media types a POST may carry: the GraphQL-over-HTTP spec's JSON, and yoga's older alias of it. */
const JSON_MEDIA_TYPES = new Set(['application/json', 'application/graphql+json']);

export const UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE';

/** `application/json; charset=utf-8` → `application/json`. */
function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const type = mediaType(request.headers.get('content-type'));
      if (JSON_MEDIA_TYPES.has(type)) return;
      throw createGraphQLError(
        `A POST must have Content-Type: application/json, got ${type === '' ? 'none' : `'${type.slice(0, 100)}'`}`,
        { extensions: { code: UNSUPPORTED_MEDIA_TYPE, http: { status: 415, headers: { 'accept-post': 'application/json' } } } },
      );
    },
  };
}
