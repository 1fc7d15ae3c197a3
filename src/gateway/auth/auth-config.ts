/**
 * The settings of caller authentication, production mode and trusted documents, and their
 * validation. config.ts spreads them into the gateway's settings (src/settings/ declares each one
 * once: flag, environment variable, help, default, parser); `checkAuthConfig` holds the rules
 * across settings.
 */
import { invalid, oneOf, repeated, setting, shown, text, type Parser, type SettingsValues } from '../../settings/index.js';
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

/** Trimmed, non-empty text. */
const nonEmpty = text((value) => (value.trim() === '' ? 'must be non-empty text' : undefined));
const trimmed: Parser<string, string> = (value, label) => nonEmpty(value, label).trim();

export const AUTH_SETTINGS = {
  auth: setting({
    flag: 'auth',
    env: 'GATEWAY_AUTH',
    placeholder: 'MODE',
    help:
      'How callers authenticate: none (loopback only), keys (API keys from --keys-file), jwt (Bearer JWTs), ' +
      'passthrough (callers send their own Intercom token)',
    default: 'none',
    parse: oneOf(AUTH_MODES),
  }),
  keysFile: setting({
    flag: 'keys-file',
    env: 'GATEWAY_KEYS_FILE',
    placeholder: 'FILE',
    help: "API keys file for --auth keys (create keys with 'grouping-gateway keys create'); reloaded on change and on SIGHUP",
    parse: trimmed,
  }),
  jwtJwksUrl: setting({
    flag: 'jwt-jwks-url',
    env: 'GATEWAY_JWT_JWKS_URL',
    placeholder: 'URL',
    help: 'JWKS URL the JWT signing keys come from (--auth jwt)',
    parse: jwksUrl,
  }),
  jwtPublicKeyFile: setting({
    flag: 'jwt-public-key-file',
    env: 'GATEWAY_JWT_PUBLIC_KEY_FILE',
    placeholder: 'FILE',
    help: 'PEM public key JWTs are signed for, instead of --jwt-jwks-url (--auth jwt)',
    parse: trimmed,
  }),
  jwtIssuer: setting({ flag: 'jwt-issuer', env: 'GATEWAY_JWT_ISSUER', placeholder: 'ISS', help: "Required 'iss' of every JWT (--auth jwt)", parse: trimmed }),
  jwtAudience: setting({ flag: 'jwt-audience', env: 'GATEWAY_JWT_AUDIENCE', placeholder: 'AUD', help: "Required 'aud' of every JWT (--auth jwt)", parse: trimmed }),
  jwtScopesClaim: setting({
    flag: 'jwt-scopes-claim',
    env: 'GATEWAY_JWT_SCOPES_CLAIM',
    placeholder: 'CLAIM',
    help: 'JWT claim holding the scopes (read, write, dev): a space-separated string or an array',
    default: 'scope',
    parse: trimmed,
  }),
  jwtAlgorithms: setting({
    flag: 'jwt-algorithms',
    env: 'GATEWAY_JWT_ALGORITHMS',
    placeholder: 'ALGS',
    help: 'Accepted JWT signature algorithms, comma-separated (asymmetric only)',
    default: 'RS256',
    parse: jwtAlgorithms,
  }),
  mode: setting({
    flag: 'mode',
    env: 'GATEWAY_MODE',
    placeholder: 'MODE',
    help:
      'production: introspection, GraphiQL, "Did you mean" suggestions and documents not in a --persisted-documents ' +
      'manifest only for callers with the dev scope. NODE_ENV=production implies it unless this says otherwise',
    default: 'development',
    impliedBy: { env: 'NODE_ENV', value: (value: string) => (value.trim() === 'production' ? 'production' : undefined) },
    parse: oneOf(GATEWAY_MODES),
  }),
  persistedDocuments: setting({
    flag: 'persisted-documents',
    env: 'GATEWAY_PERSISTED_DOCUMENTS',
    placeholder: 'FILE',
    help: "Trusted documents manifest (JSON, id -> document) as codegen's client preset writes it; repeatable (env: comma-separated)",
    repeatable: true,
    default: [],
    // None by default; a given list must name at least one file.
    parse: (value: readonly string[] | string, label: string) => (Array.isArray(value) && value.length === 0 ? [] : manifests(value, label)),
  }),
};

export type AuthSettingKey = keyof typeof AUTH_SETTINGS;
export type AuthConfig = SettingsValues<typeof AUTH_SETTINGS>;

const JWT_ONLY: readonly AuthSettingKey[] = ['jwtJwksUrl', 'jwtPublicKeyFile', 'jwtIssuer', 'jwtAudience'];

/**
 * Rules across the settings above (and the listen address): auth `none` is refused on anything but
 * loopback; each mode's required settings; JWT settings only with JWT.
 */
export function checkAuthConfig(values: Partial<AuthConfig> & { host?: string }, label: (key: AuthSettingKey | 'host') => string): string[] {
  const problems: string[] = [];
  const { auth = 'none', host = '127.0.0.1', keysFile, jwtJwksUrl, jwtPublicKeyFile, jwtIssuer, jwtAudience } = values;
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
  } else {
    const given = JWT_ONLY.filter((key) => values[key] !== undefined);
    if (given.length > 0) problems.push(`${given.map(label).join(', ')} only apply with ${label('auth')} jwt`);
  }
  return problems;
}

const manifests = repeated(trimmed);

/** Comma-separated (or a list), each one of JWT_ALGORITHMS; the message names the ones refused. */
function jwtAlgorithms(value: readonly string[] | string, label: string): Array<(typeof JWT_ALGORITHMS)[number]> {
  const items = typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : [...value];
  const unknown = items.filter((item) => !(JWT_ALGORITHMS as readonly string[]).includes(item));
  if (items.length === 0 || unknown.length > 0) {
    throw invalid(`${label} accepts ${JWT_ALGORITHMS.join(', ')} (asymmetric only), got '${unknown.join(',') || shown(value)}'`);
  }
  return items as Array<(typeof JWT_ALGORITHMS)[number]>;
}

/** https, or http only to this machine (a JWKS fetched in clear text from elsewhere could be swapped). */
function jwksUrl(value: string, label: string): string {
  const raw = trimmed(value, label);
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw invalid(`${label} must be an https URL, got '${raw}'`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname.replace(/^\[|\]$/g, ''))) {
    throw invalid(`${label} must use https unless it is on this machine (127.0.0.1), got '${raw}'`);
  }
  if (url.username || url.password) throw invalid(`${label} must not contain credentials`);
  return raw;
}
