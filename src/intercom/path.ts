import type { Endpoint } from './endpoint-table.js';
import { UpstreamError } from './errors.js';

/** The Intercom ids an endpoint path names, by placeholder (`{contact}` → `contact`). */
export type PathParams = Readonly<Record<string, string>>;

/**
 * The endpoint's path with each `{name}` replaced by `params[name]`, encoded as one path segment.
 * Ids come from GraphQL arguments, so they are encoded (a `/` or `?` in an id cannot reach another
 * route) and must not be empty or dots (`/contacts/` would list contacts, `/contacts/..` would climb
 * the path).
 */
export function fillPath(endpoint: Endpoint, params: PathParams = {}): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_placeholder, name: string) => pathId(params[name] as string, name));
}

function pathId(value: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UpstreamError('BAD_USER_INPUT', `A ${what} id must be a non-empty string`);
  }
  if (/^\.+$/.test(value)) {
    throw new UpstreamError('BAD_USER_INPUT', `'${value}' is not a valid ${what} id`);
  }
  return encodeURIComponent(value);
}
