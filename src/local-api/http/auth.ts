import { ApiError } from './errors.js';

const unauthorized = () => new ApiError(401, 'unauthorized', 'Access Token Invalid');

/**
 * Reads the access token from `Authorization`: `Bearer <token>`, or HTTP Basic with the token as the
 * user name and an empty password (what the 1.x-era intercom-client sends).
 */
export function tokenFromAuthorization(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value] = header.split(/\s+/, 2);
  if (!value) return undefined;
  if (/^bearer$/i.test(scheme!)) return value;
  if (/^basic$/i.test(scheme!)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon === -1 ? decoded : decoded.slice(0, colon);
    return user || undefined;
  }
  return undefined;
}

/** Returns the request's token when it is one of `accepted`; throws 401 in the error envelope otherwise. */
export function authenticate(header: string | undefined, accepted: ReadonlySet<string>): string {
  const token = tokenFromAuthorization(header);
  if (token === undefined || !accepted.has(token)) throw unauthorized();
  return token;
}
