/**
 * The authentication of each request, from the moment the auth plugin resolved it until the request
 * is gone (a WeakMap: nothing outlives the request). The context factory, the response cache's
 * session and the production-mode checks read it. What a request the plugin never saw counts as is
 * the gateway's decision (yoga.ts): anonymous with auth off, a caller without scopes otherwise.
 */
import type { Authentication } from './authenticator.js';

export type Authenticated = Extract<Authentication, { ok: true }>;

const byRequest = new WeakMap<Request, Authenticated>();

export function rememberAuthentication(request: Request, authentication: Authenticated): void {
  byRequest.set(request, authentication);
}

export function authenticationOf(request: Request): Authenticated | undefined {
  return byRequest.get(request);
}
