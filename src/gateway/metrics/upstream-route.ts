/**
 * An upstream path as a metrics label: the endpoint, not the path. `/contacts/5a03e2/tags` becomes
 * `/contacts/:id/tags`, so the label set stays as small as the API's list of endpoints whatever ids
 * callers ask about (and ids, which can be emails in other APIs, never reach the metrics).
 */

/** Collections of the 2.x API the gateway calls; anything else is `:other`. */
const COLLECTIONS = new Set(['admins', 'companies', 'contacts', 'conversations', 'counts', 'segments', 'tags']);
/** Fixed words that sit where an id would: `/contacts/search`, `/companies/list`. */
const ACTIONS = new Set(['search', 'list', 'scroll']);

export function upstreamRoute(path: string): string {
  const parts = path.split('/').filter((part) => part !== '');
  if (parts.length === 0) return '/';
  return (
    '/' +
    parts
      .slice(0, 6)
      .map((part, index) => (index % 2 === 0 ? (COLLECTIONS.has(part) ? part : ':other') : ACTIONS.has(part) ? part : ':id'))
      .join('/')
  );
}
