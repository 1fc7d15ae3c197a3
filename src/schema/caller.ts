/**
 * Who is calling the gateway, as far as authorization and budgets care. The auth plugin resolves one
 * per request (from an API key, a JWT, or a passthrough Intercom token); with auth off every request
 * is the anonymous caller, which may do everything — allowed only on loopback.
 */

/** `read`: queries. `write`: mutations. `dev`: arbitrary documents, introspection and GraphiQL in production mode. */
export type Scope = 'read' | 'write' | 'dev';

export const ALL_SCOPES: readonly Scope[] = ['read', 'write', 'dev'];

export interface Caller {
  /**
   * Stable and safe to log and to key budgets by: a key's id, a JWT's subject, or a digest of a
   * passthrough token — never a secret itself.
   */
  id: string;
  scopes: ReadonlySet<Scope>;
  /** Per-caller limits that override the server's defaults. */
  limits?: { upstreamCallsPerMinute?: number };
}

export const ANONYMOUS_CALLER: Caller = { id: 'anonymous', scopes: new Set(ALL_SCOPES) };
