/**
 * One place that turns a request's credential into a Caller, for the configured auth mode. The
 * yoga plugin (plugins/caller-auth.ts) calls it once per GraphQL request; the GraphiQL page asks it
 * too in production mode. Failures carry what RFC 6750 wants in `WWW-Authenticate`.
 */
import { ANONYMOUS_CALLER, type Caller } from '../../schema/caller.js';
import type { AuthConfig, AuthMode } from './auth-config.js';
import { presentedCredential } from './credentials.js';
import { openKeyStore, type KeyStore } from './key-store.js';
import type { JwtVerifier } from './jwt-verifier.js';
import { passthroughCaller } from './passthrough.js';

export type Authentication =
  | {
      ok: true;
      caller: Caller;
      /** Passthrough only: the caller's own Intercom token, for its upstream calls. Never logged. */
      upstreamToken?: string;
    }
  | {
      ok: false;
      /** RFC 6750: absent when no credential was sent at all. */
      error?: 'invalid_request' | 'invalid_token';
      /** Says what was wrong, never echoing the credential. */
      description: string;
    };

export interface Authenticator {
  readonly mode: AuthMode;
  authenticate(request: Request): Promise<Authentication>;
  /** Re-reads what can change while running (the keys file); false when that failed. */
  reload(): Promise<boolean>;
  close(): void;
}

export const NO_AUTH: Authenticator = {
  mode: 'none',
  authenticate: () => Promise.resolve({ ok: true, caller: ANONYMOUS_CALLER }),
  reload: () => Promise.resolve(true),
  close: () => undefined,
};

export interface AuthenticatorOptions {
  /** Key-file reload outcomes. @default console.warn */
  log?: (message: string) => void;
}

/** Throws (a KeysFileError, or an Error naming the JWT key file) when the mode's material is unusable. */
export async function createAuthenticator(config: AuthConfig, options: AuthenticatorOptions = {}): Promise<Authenticator> {
  switch (config.auth) {
    case 'none':
      return NO_AUTH;
    case 'keys':
      return keysAuthenticator(await openKeyStore({ file: config.keysFile!, log: options.log }));
    case 'jwt': {
      // Loaded only in JWT mode: jose is not needed by any other start.
      const { createJwtVerifier } = await import('./jwt-verifier.js');
      return jwtAuthenticator(
        await createJwtVerifier({
          issuer: config.jwtIssuer!,
          audience: config.jwtAudience!,
          algorithms: config.jwtAlgorithms,
          scopesClaim: config.jwtScopesClaim,
          jwksUrl: config.jwtJwksUrl,
          publicKeyFile: config.jwtPublicKeyFile,
        }),
      );
    }
    case 'passthrough':
      return passthroughAuthenticator();
  }
}

const MISSING: Authentication = { ok: false, description: 'this gateway needs credentials: send Authorization: Bearer <credential>' };

function keysAuthenticator(store: KeyStore): Authenticator {
  return {
    mode: 'keys',
    authenticate(request) {
      const credential = presentedCredential(request.headers, { apiKeyHeader: true });
      if (credential.kind === 'none') return Promise.resolve(MISSING);
      if (credential.kind === 'malformed') return Promise.resolve({ ok: false, error: 'invalid_request', description: credential.reason });
      const caller = store.verify(credential.value);
      return Promise.resolve(caller ? { ok: true, caller } : { ok: false, error: 'invalid_token', description: 'the API key is unknown or revoked' });
    },
    reload: () => store.reload(),
    close: () => store.close(),
  };
}

function jwtAuthenticator(verifier: JwtVerifier): Authenticator {
  return {
    mode: 'jwt',
    async authenticate(request) {
      const credential = presentedCredential(request.headers, { apiKeyHeader: false });
      if (credential.kind === 'none') return MISSING;
      if (credential.kind === 'malformed') return { ok: false, error: 'invalid_request', description: credential.reason };
      const outcome = await verifier.verify(credential.value);
      return outcome.ok ? { ok: true, caller: outcome.caller } : { ok: false, error: 'invalid_token', description: outcome.reason };
    },
    reload: () => Promise.resolve(true),
    close: () => undefined,
  };
}

function passthroughAuthenticator(): Authenticator {
  return {
    mode: 'passthrough',
    authenticate(request) {
      const credential = presentedCredential(request.headers, { apiKeyHeader: false });
      if (credential.kind === 'none') return Promise.resolve({ ok: false, description: 'send your Intercom access token: Authorization: Bearer <token>' });
      if (credential.kind === 'malformed') return Promise.resolve({ ok: false, error: 'invalid_request', description: credential.reason });
      // Whether the token is valid is Intercom's call: a bad one gets UNAUTHENTICATED from the first upstream call.
      return Promise.resolve({ ok: true, caller: passthroughCaller(credential.value), upstreamToken: credential.value });
    },
    reload: () => Promise.resolve(true),
    close: () => undefined,
  };
}
