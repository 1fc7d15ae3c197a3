/**
 * Resolves who is calling before anything else happens to a GraphQL request: no parsing, no cache
 * lookup, no upstream call for a request without valid credentials. A request that fails gets
 * HTTP 401 with `WWW-Authenticate: Bearer realm="grouping-gateway"` (plus `error=` and
 * `error_description=` when a credential was sent but is bad, as RFC 6750 says) and a GraphQL error
 * body with code UNAUTHENTICATED. A request that passes has its caller remembered for the context
 * factory (auth/request-caller.ts). Other paths (/health) are not this plugin's business.
 */
import type { Plugin } from 'graphql-yoga';
import type { Authentication, Authenticator } from '../auth/authenticator.js';
import { rememberAuthentication } from '../auth/request-caller.js';

export interface CallerAuthOptions {
  authenticator: Authenticator;
  /** The GraphQL endpoint's path; only requests to it are authenticated. @default '/graphql' */
  graphqlEndpoint?: string;
}

export const AUTH_REALM = 'grouping-gateway';

export function useCallerAuth(options: CallerAuthOptions): Plugin {
  const endpoint = options.graphqlEndpoint ?? '/graphql';
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      return options.authenticator.authenticate(request).then((authentication) => {
        if (authentication.ok) rememberAuthentication(request, authentication);
        else endResponse(unauthorized(authentication, fetchAPI.Response));
      });
    },
  };
}

function unauthorized(failure: Extract<Authentication, { ok: false }>, ResponseClass: typeof Response): Response {
  // The description is ours (never the credential), so quoting it cannot inject header syntax;
  // quotes and backslashes are dropped anyway.
  const challenge = failure.error
    ? `Bearer realm="${AUTH_REALM}", error="${failure.error}", error_description="${failure.description.replace(/["\\]/g, '')}"`
    : `Bearer realm="${AUTH_REALM}"`;
  const body = { errors: [{ message: `Unauthenticated: ${failure.description}`, extensions: { code: 'UNAUTHENTICATED' } }] };
  return new ResponseClass(JSON.stringify(body), {
    status: 401,
    headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': challenge },
  });
}
