/**
 * The settings of caller authentication, production mode and trusted documents, and their
 * validation. config.ts merges them into the gateway's settings; each block below is one setting
 * (flag, environment variable, help, default, check).
 */
import { isLoopbackHost } from './loopback.js';

export const AUTH_MODES = ['none', 'keys', 'jwt', 'passthrough'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export const GATEWAY_MODES = ['development', 'production'] as const;
export type GatewayMode = (typeof GATEWAY_MODES)[number];

/**
 * Asymmetric algorithms only: a shared HMAC secret would let anyone who can verify tokens also mint
 * them, and `none` is never accepted.
 */
export const JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

export const AUTH_SETTINGS = {
  auth: {
    flag: 'auth',
    env: 'GATEWAY_AUTH',
    help:
      'How callers authenticate: none (loopback only), keys (API keys from --keys-file), jwt (Bearer JWTs), ' +
      'passthrough (callers send their own Intercom token)',
    placeholder: 'MODE',
  },
  keysFile: {
    flag: 'keys-file',
    env: 'GATEWAY_KEYS_FILE',
    help: "API keys file for --auth keys (create keys with 'grouping-gateway keys create'); reloaded on change and on SIGHUP",
    placeholder: 'FILE',
  },
  jwtJwksUrl: { flag: 'jwt-jwks-url', env: 'GATEWAY_JWT_JWKS_URL', help: 'JWKS URL the JWT signing keys come from (--auth jwt)', placeholder: 'URL' },
  jwtPublicKeyFile: {
    flag: 'jwt-public-key-file',
    env: 'GATEWAY_JWT_PUBLIC_KEY_FILE',
    help: 'PEM public key JWTs are signed for, instead of --jwt-jwks-url (--auth jwt)',
    placeholder: 'FILE',
  },
  jwtIssuer: { flag: 'jwt-issuer', env: 'GATEWAY_JWT_ISSUER', help: "Required 'iss' of every JWT (--auth jwt)", placeholder: 'ISS' },
  jwtAudience: { flag: 'jwt-audience', env: 'GATEWAY_JWT_AUDIENCE', help: "Required 'aud' of every JWT (--auth jwt)", placeholder: 'AUD' },
  jwtScopesClaim: {
    flag: 'jwt-scopes-claim',
    env: 'GATEWAY_JWT_SCOPES_CLAIM',
    help: 'JWT claim holding the scopes (read, write, dev): a space-separated string or an array',
    placeholder: 'CLAIM',
  },
  jwtAlgorithms: {
    flag: 'jwt-algorithms',
    env: 'GATEWAY_JWT_ALGORITHMS',
    help: `Accepted JWT signature algorithms, comma-separated (${JWT_ALGORITHMS.join(', ')})`,
    placeholder: 'ALGS',
  },
  mode: {
    flag: 'mode',
    env: 'GATEWAY_MODE',
    help:
      'production: introspection, GraphiQL, "Did you mean" suggestions and documents not in a --persisted-documents ' +
      'manifest only for callers with the dev scope. NODE_ENV=production implies it unless this says otherwise',
    placeholder: 'MODE',
  },
  persistedDocuments: {
    flag: 'persisted-documents',
    env: 'GATEWAY_PERSISTED_DOCUMENTS',
    help: "Trusted documents manifest (JSON, id -> document) as codegen's client preset writes it; repeatable (env: comma-separated)",
    placeholder: 'FILE',
    multiple: true,
  },
} as const;

export type AuthSettingKey = keyof typeof AUTH_SETTINGS;

export const AUTH_DEFAULTS = {
  auth: 'none',
  jwtScopesClaim: 'scope',
  jwtAlgorithms: 'RS256',
  mode: 'development',
} as const;

export interface AuthConfigInput {
  auth?: string;
  keysFile?: string;
  jwtJwksUrl?: string;
  jwtPublicKeyFile?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  jwtScopesClaim?: string;
  /** Comma-separated, or a parsed list passed back in. */
  jwtAlgorithms?: string | readonly string[];
  mode?: string;
  /** Repeatable: a list, or one comma-separated string (the environment variable). */
  persistedDocuments?: string | readonly string[];
}

export interface AuthConfig {
  auth: AuthMode;
  keysFile: string | undefined;
  jwtJwksUrl: string | undefined;
  jwtPublicKeyFile: string | undefined;
  jwtIssuer: string | undefined;
  jwtAudience: string | undefined;
  jwtScopesClaim: string;
  jwtAlgorithms: readonly string[];
  mode: GatewayMode;
  persistedDocuments: readonly string[];
}

const JWT_ONLY: readonly AuthSettingKey[] = ['jwtJwksUrl', 'jwtPublicKeyFile', 'jwtIssuer', 'jwtAudience'];

/**
 * Validates the settings above; every problem goes to `problems` as a sentence naming the setting.
 * `host` is the listen address: auth `none` is refused on anything but loopback.
 */
export function parseAuthConfig(
  raw: Record<string, unknown>,
  label: (key: AuthSettingKey | 'host') => string,
  host: string,
  problems: string[],
): AuthConfig {
  const text = (key: AuthSettingKey): string | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    problems.push(`${label(key)} must be non-empty text, got ${JSON.stringify(value)}`);
    return undefined;
  };
  const list = (key: AuthSettingKey): string[] | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
    if (items && items.every((item) => typeof item === 'string' && item.trim() !== '')) return items.map((item: string) => item.trim());
    problems.push(`${label(key)} must be one or more non-empty values, got ${JSON.stringify(value)}`);
    return undefined;
  };
  const oneOf = <T extends string>(key: AuthSettingKey, allowed: readonly T[], fallback: T): T => {
    const value = text(key) ?? fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${label(key)} must be one of ${allowed.join(', ')}, got '${value}'`);
    return fallback;
  };

  const auth = oneOf('auth', AUTH_MODES, AUTH_DEFAULTS.auth);
  const mode = oneOf('mode', GATEWAY_MODES, AUTH_DEFAULTS.mode);
  const keysFile = text('keysFile');
  const jwtJwksUrl = text('jwtJwksUrl');
  const jwtPublicKeyFile = text('jwtPublicKeyFile');
  const jwtIssuer = text('jwtIssuer');
  const jwtAudience = text('jwtAudience');
  const jwtScopesClaim = text('jwtScopesClaim') ?? AUTH_DEFAULTS.jwtScopesClaim;
  const jwtAlgorithms = list('jwtAlgorithms') ?? [AUTH_DEFAULTS.jwtAlgorithms];
  const persistedDocuments = list('persistedDocuments') ?? [];

  if (auth === 'none' && !isLoopbackHost(host)) {
    problems.push(
      `${label('host')} '${host}' is not a loopback address, and ${label('auth')} is none: anyone who can reach it would ` +
        `read and write every contact with the server's Intercom token. Choose ${label('auth')} keys, jwt or passthrough, ` +
        'or listen on 127.0.0.1',
    );
  }
  if (auth === 'keys' && keysFile === undefined) {
    problems.push(`${label('keysFile')} is required with ${label('auth')} keys (create one with 'grouping-gateway keys create --keys-file FILE')`);
  }
  if (auth !== 'keys' && keysFile !== undefined) problems.push(`${label('keysFile')} is only used with ${label('auth')} keys`);
  if (auth === 'jwt') {
    if (jwtIssuer === undefined) problems.push(`${label('jwtIssuer')} is required with ${label('auth')} jwt`);
    if (jwtAudience === undefined) problems.push(`${label('jwtAudience')} is required with ${label('auth')} jwt`);
    if ((jwtJwksUrl === undefined) === (jwtPublicKeyFile === undefined)) {
      problems.push(`${label('auth')} jwt needs exactly one of ${label('jwtJwksUrl')} and ${label('jwtPublicKeyFile')}`);
    }
    if (jwtJwksUrl !== undefined) checkJwksUrl(jwtJwksUrl, label('jwtJwksUrl'), problems);
    const unknown = jwtAlgorithms.filter((algorithm) => !(JWT_ALGORITHMS as readonly string[]).includes(algorithm));
    if (unknown.length > 0) {
      problems.push(`${label('jwtAlgorithms')} accepts ${JWT_ALGORITHMS.join(', ')} (asymmetric only), got '${unknown.join(',')}'`);
    }
  } else {
    const given = JWT_ONLY.filter((key) => raw[key] !== undefined);
    if (given.length > 0) problems.push(`${given.map(label).join(', ')} only apply with ${label('auth')} jwt`);
  }

  return { auth, keysFile, jwtJwksUrl, jwtPublicKeyFile, jwtIssuer, jwtAudience, jwtScopesClaim, jwtAlgorithms, mode, persistedDocuments };
}

/** https, or http only to this machine (a JWKS fetched in clear text from elsewhere could be swapped). */
function checkJwksUrl(raw: string, name: string, problems: string[]): void {
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    problems.push(`${name} must be an https URL, got '${raw}'`);
  } else if (url.protocol === 'http:' && !isLoopbackHost(url.hostname.replace(/^\[|\]$/g, ''))) {
    problems.push(`${name} must use https unless it is on this machine (127.0.0.1), got '${raw}'`);
  } else if (url.username || url.password) {
    problems.push(`${name} must not contain credentials`);
  }
}
