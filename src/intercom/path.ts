import { UpstreamError } from './errors.js';

/**
 * One id as a URL path segment. Ids come from GraphQL arguments, so they are encoded (a `/` or `?` in
 * an id cannot reach another route) and must not be empty or dots (`/contacts/` would list contacts,
 * `/contacts/..` would climb the path). Endpoint methods are async, so a bad id rejects like any
 * other upstream failure instead of throwing synchronously.
 */
export function pathId(value: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UpstreamError('BAD_USER_INPUT', `A ${what} id must be a non-empty string`);
  }
  if (/^\.+$/.test(value)) {
    throw new UpstreamError('BAD_USER_INPUT', `'${value}' is not a valid ${what} id`);
  }
  return encodeURIComponent(value);
}
