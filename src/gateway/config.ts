/**
 * The gateway's configuration: every setting comes from a flag or an environment variable (the flag
 * wins), and is validated once at start with a message that names the setting, shows what was given,
 * and says how to fix it.
 */
import { DEFAULT_TUNING, LOADER_MODES, type LoaderMode, type LoaderTuning } from '../loaders/tuning.js';
import { AUTH_DEFAULTS, AUTH_SETTINGS, parseAuthConfig, type AuthConfig, type AuthConfigInput } from './auth/auth-config.js';
import { parseRedisConfig, REDIS_SETTINGS, type RedisConfig, type RedisConfigInput } from './shared/redis-config.js';

/** The 2.x versions the gateway can pin (the 2.16 spec's enum); 1.x is a different API shape. */
export const INTERCOM_2X_VERSIONS: readonly string[] = Array.from({ length: 17 }, (_, minor) => `2.${minor}`);

/** Where each setting can come from. Order here is the order of `--help`. */
export const GATEWAY_SETTINGS = {
  host: { flag: 'host', env: 'GATEWAY_HOST', help: 'Interface to listen on', placeholder: 'HOST' },
  port: { flag: 'port', env: 'GATEWAY_PORT', help: 'Port to listen on (0 picks a free one)', placeholder: 'PORT' },
  upstream: {
    flag: 'upstream',
    env: 'INTERCOM_API_URL',
    help: "Intercom API base URL, e.g. https://api.intercom.io; without it the gateway embeds the local API with demo data",
    placeholder: 'URL',
  },
  token: { flag: 'token', env: 'INTERCOM_TOKEN', help: 'Intercom access token (required with --upstream, except with --auth passthrough)', placeholder: 'TOKEN' },
  intercomVersion: {
    flag: 'intercom-version',
    env: 'INTERCOM_VERSION',
    help: 'Intercom-Version pinned on every upstream call, 2.0 to 2.16',
    placeholder: 'VERSION',
  },
  connections: {
    flag: 'connections',
    env: 'GATEWAY_UPSTREAM_CONNECTIONS',
    help: 'Most connections open to the upstream at once',
    placeholder: 'N',
  },
  headersTimeoutMs: {
    flag: 'headers-timeout-ms',
    env: 'GATEWAY_HEADERS_TIMEOUT_MS',
    help: 'Upstream response-headers timeout in milliseconds',
    placeholder: 'MS',
  },
  bodyTimeoutMs: {
    flag: 'body-timeout-ms',
    env: 'GATEWAY_BODY_TIMEOUT_MS',
    help: 'Upstream response-body idle timeout in milliseconds',
    placeholder: 'MS',
  },
  connectTimeoutMs: {
    flag: 'connect-timeout-ms',
    env: 'GATEWAY_CONNECT_TIMEOUT_MS',
    help: 'Upstream connect timeout in milliseconds',
    placeholder: 'MS',
  },
  loaderTuning: {
    flag: 'loaders',
    env: 'GATEWAY_LOADERS',
    help:
      'batched: DataLoaders batch and reuse every lookup. naive: one upstream call per lookup and no cache of any kind ' +
      '(the list and response caches are off too); it exists only so the benchmark can compare, never run it for users',
    placeholder: 'MODE',
  },
  listCacheTtlMs: {
    flag: 'list-cache-ttl-ms',
    env: 'GATEWAY_LIST_CACHE_TTL_MS',
    help:
      'Reuse the tag and segment lists (never segment counts) across requests for this long, per token; ' +
      'every write through the gateway clears them; 0 turns this off',
    placeholder: 'MS',
  },
  responseCacheTtlMs: {
    flag: 'response-cache-ttl-ms',
    env: 'GATEWAY_RESPONSE_CACHE_TTL_MS',
    help:
      'Reuse whole responses to identical queries by the same token for this long; every write through the gateway ' +
      'clears them. Off (0) by default: responses hold personal data, so turning it on is the operator\'s call',
    placeholder: 'MS',
  },
  entityCacheTtlMs: {
    flag: 'entity-cache-ttl-ms',
    env: 'GATEWAY_ENTITY_CACHE_TTL_MS',
    help:
      'Reuse companies by id (from every company the gateway reads) across requests for this long, per token; ' +
      'every write through the gateway clears them; 0 turns this off',
    placeholder: 'MS',
  },
  // Caller authentication, production mode, trusted documents (auth/auth-config.ts).
  ...AUTH_SETTINGS,
  // Shared state for several replicas (shared/redis-config.ts).
  ...REDIS_SETTINGS,
} as const;

export type GatewaySettingKey = keyof typeof GATEWAY_SETTINGS;

export const GATEWAY_DEFAULTS = {
  host: '127.0.0.1',
  port: 4000,
  intercomVersion: '2.11',
  connections: 32,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  connectTimeoutMs: 5_000,
  loaderTuning: 'batched',
  listCacheTtlMs: 30_000,
  responseCacheTtlMs: 0,
  entityCacheTtlMs: 30_000,
  ...AUTH_DEFAULTS,
} as const;

/** Longest TTL either cache accepts: beyond an hour, "cache" becomes "stale copy". */
const MAX_CACHE_TTL_MS = 3_600_000;

/** How a setting is named in messages: the flag, or the environment variable when that is where it came from. */
export type SettingLabel = (key: GatewaySettingKey) => string;

const flagLabel: SettingLabel = (key) => `--${GATEWAY_SETTINGS[key].flag}`;

export interface GatewayConfigInput extends AuthConfigInput, RedisConfigInput {
  host?: string;
  port?: number | string;
  upstream?: string;
  token?: string;
  intercomVersion?: string;
  connections?: number | string;
  headersTimeoutMs?: number | string;
  bodyTimeoutMs?: number | string;
  connectTimeoutMs?: number | string;
  /** `batched` or `naive` (a parsed config passes its tuning object back in). */
  loaderTuning?: string | LoaderTuning;
  listCacheTtlMs?: number | string;
  responseCacheTtlMs?: number | string;
  entityCacheTtlMs?: number | string;
}

export interface GatewayConfig extends AuthConfig, RedisConfig {
  host: string;
  port: number;
  /** Without a trailing slash; undefined = embed the local API. */
  upstream: string | undefined;
  token: string | undefined;
  intercomVersion: string;
  connections: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  connectTimeoutMs: number;
  loaderTuning: LoaderTuning;
  listCacheTtlMs: number;
  responseCacheTtlMs: number;
  entityCacheTtlMs: number;
}

/** A configuration that failed validation; `problems` are full sentences, one per bad setting. */
export class GatewayConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'GatewayConfigError';
  }
}

/**
 * Validates a programmatic configuration (tests, embedding); messages name the flags, or whatever
 * `label` says. Every problem is reported at once.
 *
 * Plain checks rather than a zod schema, unlike request bodies elsewhere: this runs on every start,
 * and loading zod (95 ES modules) was ~50 ms of the gateway's cold start, for a dozen scalar settings.
 */
export function parseGatewayConfig(input: GatewayConfigInput = {}, label: SettingLabel = flagLabel): GatewayConfig {
  const problems: string[] = [];
  const raw = input as Record<string, unknown>;
  /** Records the problem; the returned placeholder is never used (the parse throws). */
  const invalid = <T>(message: string, placeholder: T): T => {
    problems.push(message);
    return placeholder;
  };
  const text = (key: GatewaySettingKey): string | undefined => {
    const value = raw[key];
    if (value === undefined || typeof value === 'string') return value;
    return invalid(`${label(key)} must be text, got ${JSON.stringify(value)}`, undefined);
  };
  const integer = (key: GatewaySettingKey, min: number, max: number, fallback: number): number => {
    const value = raw[key];
    if (value === undefined) return fallback;
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(number) && number >= min && number <= max) return number;
    return invalid(`${label(key)} must be a whole number from ${min} to ${max}, got '${String(value)}'`, fallback);
  };

  const hostText = text('host');
  const host =
    hostText === undefined || /^[A-Za-z0-9.:_-]+$/.test(hostText)
      ? (hostText ?? GATEWAY_DEFAULTS.host)
      : invalid(`${label('host')} must be a host name or IP address such as 127.0.0.1, got '${hostText}'`, '');
  const port = integer('port', 0, 65_535, GATEWAY_DEFAULTS.port);
  const upstream = parseUpstream(text('upstream'), label, problems);
  const token = text('token');

  const versionText = text('intercomVersion');
  const version = (versionText ?? GATEWAY_DEFAULTS.intercomVersion).trim();
  const intercomVersion = INTERCOM_2X_VERSIONS.includes(version)
    ? version
    : invalid(
        `${label('intercomVersion')} must be a 2.x Intercom API version from 2.0 to 2.16 (the gateway speaks the 2.x API), got '${versionText}'`,
        version,
      );

  const connections = integer('connections', 1, 1024, GATEWAY_DEFAULTS.connections);
  const headersTimeoutMs = integer('headersTimeoutMs', 1, 600_000, GATEWAY_DEFAULTS.headersTimeoutMs);
  const bodyTimeoutMs = integer('bodyTimeoutMs', 1, 600_000, GATEWAY_DEFAULTS.bodyTimeoutMs);
  const connectTimeoutMs = integer('connectTimeoutMs', 1, 600_000, GATEWAY_DEFAULTS.connectTimeoutMs);
  const loaderTuning = parseLoaderTuning(raw['loaderTuning'], label, problems);
  const listCacheTtlMs = integer('listCacheTtlMs', 0, MAX_CACHE_TTL_MS, GATEWAY_DEFAULTS.listCacheTtlMs);
  const responseCacheTtlMs = integer('responseCacheTtlMs', 0, MAX_CACHE_TTL_MS, GATEWAY_DEFAULTS.responseCacheTtlMs);
  const entityCacheTtlMs = integer('entityCacheTtlMs', 0, MAX_CACHE_TTL_MS, GATEWAY_DEFAULTS.entityCacheTtlMs);
  const authConfig = parseAuthConfig(raw, label, host, problems);
  const redisConfig = parseRedisConfig(raw, label, problems);

  // In passthrough every caller brings its own token; the server needs none of its own.
  if (upstream !== undefined && authConfig.auth !== 'passthrough' && (token === undefined || token.trim() === '')) {
    problems.push(`${label('token')} is required with ${label('upstream')} (or set ${GATEWAY_SETTINGS.token.env})`);
  }
  const unknown = Object.keys(raw).filter((key) => !Object.hasOwn(GATEWAY_SETTINGS, key));
  if (unknown.length > 0) problems.push(`Unknown setting(s): ${unknown.join(', ')}`);
  if (problems.length > 0) throw new GatewayConfigError(problems);

  return {
    host,
    port,
    upstream,
    token,
    intercomVersion,
    connections,
    headersTimeoutMs,
    bodyTimeoutMs,
    connectTimeoutMs,
    loaderTuning,
    listCacheTtlMs,
    responseCacheTtlMs,
    entityCacheTtlMs,
    ...authConfig,
    ...redisConfig,
  };
}

/** The upstream base URL without a trailing slash; undefined when not set (embedded mode). */
function parseUpstream(raw: string | undefined, label: SettingLabel, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (url && (url.username || url.password)) {
    // Not echoed: the credentials would end up in logs.
    problems.push(`${label('upstream')} must not contain credentials; pass the token with ${label('token')}`);
  } else if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    problems.push(`${label('upstream')} must be an http(s) URL such as https://api.intercom.io, got '${raw}'`);
  } else if (url.search || url.hash) {
    problems.push(`${label('upstream')} must be a base URL without ?query or #fragment, got '${raw}'`);
  } else {
    return url.href.replace(/\/+$/, '');
  }
  return undefined;
}

function parseLoaderTuning(raw: unknown, label: SettingLabel, problems: string[]): LoaderTuning {
  if (typeof raw === 'object' && raw !== null) {
    const { batch, cache, ...rest } = raw as Record<string, unknown>;
    if (typeof batch === 'boolean' && typeof cache === 'boolean' && Object.keys(rest).length === 0) return { batch, cache };
  } else {
    const mode = raw === undefined ? GATEWAY_DEFAULTS.loaderTuning : typeof raw === 'string' ? raw.trim() : '';
    if (Object.hasOwn(LOADER_MODES, mode)) return LOADER_MODES[mode as LoaderMode];
  }
  problems.push(`${label('loaderTuning')} must be 'batched' or 'naive', got '${typeof raw === 'string' ? raw : JSON.stringify(raw)}'`);
  return DEFAULT_TUNING;
}

/**
 * Merges flags over environment variables and validates the result. An empty environment variable
 * counts as unset, so `INTERCOM_API_URL= npm start` still means "embedded".
 */
export function resolveGatewayConfig(
  flags: Partial<Record<GatewaySettingKey, string | string[]>>,
  env: Record<string, string | undefined>,
): GatewayConfig {
  const input: Partial<Record<GatewaySettingKey, string | string[]>> = {};
  const fromEnv = new Set<GatewaySettingKey>();
  for (const key of Object.keys(GATEWAY_SETTINGS) as GatewaySettingKey[]) {
    const flag = flags[key];
    const envValue = env[GATEWAY_SETTINGS[key].env];
    if (flag !== undefined) {
      input[key] = flag;
    } else if (envValue !== undefined && envValue !== '') {
      input[key] = envValue;
      fromEnv.add(key);
    }
  }
  // The usual Node convention: a production deployment need not repeat itself with --mode.
  if (input.mode === undefined && env['NODE_ENV'] === 'production') input.mode = 'production';
  const label: SettingLabel = (key) => (fromEnv.has(key) ? GATEWAY_SETTINGS[key].env : flagLabel(key));
  return parseGatewayConfig(input as GatewayConfigInput, label);
}
