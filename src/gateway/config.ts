/**
 * The gateway's settings, each declared once: flag, environment variable, help line, default and
 * parser. `serve --help`, the flag and environment reading (`resolveGatewayConfig`), the validation of
 * a program's input (`parseGatewayConfig`, called by `startGateway`) and `GATEWAY_DEFAULTS` are all
 * derived from `GATEWAY_SETTINGS` by the shared mechanism in src/settings/.
 *
 * To add a setting, add ONE entry to `GATEWAY_SETTINGS` (its position is its place in `--help`):
 *
 *   maxDepth: setting({
 *     flag: 'max-depth',                 // --max-depth
 *     env: 'GATEWAY_MAX_DEPTH',          // read when the flag is absent; an empty variable is unset
 *     placeholder: 'N',                  // shown in --help
 *     help: 'Deepest selection a query may have; 0 turns the check off',
 *     default: 12,                       // as a user would give it; omit it for an optional setting
 *     parse: integer(0, 100),            // src/settings/parsers.ts, or (value, label) => { … throw invalid(…) }
 *   }),
 *
 * `GatewayConfig['maxDepth']` (a number here) and `GatewayConfigInput` follow from the entry; nothing
 * else needs editing. A parser receives text from a flag or variable, or a program's typed value, and
 * refuses a bad one with `throw invalid(\`${label} must be …, got '…'\`)` — `label` is the flag, or the
 * variable the value came from. A value another variable implies (production mode from
 * NODE_ENV=production) is `impliedBy: { env: 'NODE_ENV', value: (text) => (text === 'production' ? 'production' : undefined) }`.
 * A rule across settings goes into `checkGatewayConfig` below. Add the flag
 * to README's Configuration table (test/settings/readme-tables.test.ts holds the two together).
 */
import { LOADER_MODES, type LoaderTuning } from '../loaders/tuning.js';
import {
  defaultsOf,
  host,
  integer,
  oneOf,
  invalid,
  readSettings,
  resolveSettings,
  setting,
  shown,
  text,
  type GivenFlags,
  type SettingsInput,
  type SettingsValues,
} from '../settings/index.js';
import { AUTH_SETTINGS, checkAuthConfig } from './auth/auth-config.js';
import { LOG_FORMATS, LOG_LEVELS } from './logging/levels.js';
import { isValidOrigin } from './hardening/cors.js';
import { isValidAllowedHost } from './hardening/host-names.js';
import { REQUEST_LIMIT_DEFAULTS as LIMITS } from './hardening/limits.js';
import { checkRedisUrl } from './shared/redis-names.js';

/** The 2.x versions the gateway can pin (the 2.16 spec's enum); 1.x is a different API shape. */
export const INTERCOM_2X_VERSIONS: readonly string[] = Array.from({ length: 17 }, (_, minor) => `2.${minor}`);

/** Longest TTL either cache accepts: beyond an hour, "cache" becomes "stale copy". */
const MAX_CACHE_TTL_MS = 3_600_000;

export const GATEWAY_SETTINGS = {
  host: setting({
    flag: 'host',
    env: 'GATEWAY_HOST',
    placeholder: 'HOST',
    help: 'Interface to listen on',
    default: '127.0.0.1',
    parse: host(),
  }),
  port: setting({
    flag: 'port',
    env: 'GATEWAY_PORT',
    placeholder: 'PORT',
    help: 'Port to listen on (0 picks a free one)',
    default: 4000,
    parse: integer(0, 65_535),
  }),
  upstream: setting({
    flag: 'upstream',
    env: 'INTERCOM_API_URL',
    placeholder: 'URL',
    help: 'Intercom API base URL, e.g. https://api.intercom.io; without it the gateway embeds the local API with demo data',
    parse: upstreamUrl,
  }),
  token: setting({
    flag: 'token',
    env: 'INTERCOM_TOKEN',
    placeholder: 'TOKEN',
    help: 'Intercom access token (required with --upstream, except with --auth passthrough)',
    parse: text(),
  }),
  intercomVersion: setting({
    flag: 'intercom-version',
    env: 'INTERCOM_VERSION',
    placeholder: 'VERSION',
    help: 'Intercom-Version pinned on every upstream call, 2.0 to 2.16',
    default: '2.11',
    parse: (value: string, label: string) => {
      const version = typeof value === 'string' ? value.trim() : value;
      if (INTERCOM_2X_VERSIONS.includes(version)) return version;
      throw invalid(`${label} must be a 2.x Intercom API version from 2.0 to 2.16 (the gateway speaks the 2.x API), got '${shown(value)}'`);
    },
  }),
  connections: setting({
    flag: 'connections',
    env: 'GATEWAY_UPSTREAM_CONNECTIONS',
    placeholder: 'N',
    help: 'Most connections open to the upstream at once',
    default: 32,
    parse: integer(1, 1024),
  }),
  headersTimeoutMs: setting({
    flag: 'headers-timeout-ms',
    env: 'GATEWAY_HEADERS_TIMEOUT_MS',
    placeholder: 'MS',
    help: 'Upstream response-headers timeout in milliseconds',
    default: 10_000,
    parse: integer(1, 600_000),
  }),
  bodyTimeoutMs: setting({
    flag: 'body-timeout-ms',
    env: 'GATEWAY_BODY_TIMEOUT_MS',
    placeholder: 'MS',
    help: 'Upstream response-body idle timeout in milliseconds',
    default: 10_000,
    parse: integer(1, 600_000),
  }),
  connectTimeoutMs: setting({
    flag: 'connect-timeout-ms',
    env: 'GATEWAY_CONNECT_TIMEOUT_MS',
    placeholder: 'MS',
    help: 'Upstream connect timeout in milliseconds',
    default: 5_000,
    parse: integer(1, 600_000),
  }),
  loaderTuning: setting({
    flag: 'loaders',
    env: 'GATEWAY_LOADERS',
    placeholder: 'MODE',
    help:
      'batched: DataLoaders batch and reuse every lookup. naive: one upstream call per lookup and no cache of any kind ' +
      '(the list and response caches are off too). dedupe: naive, except that identical reads within a request are made ' +
      'once. naive and dedupe exist only so the benchmark can compare, never run them for users',
    default: 'batched',
    parse: loaderTuning,
  }),
  listCacheTtlMs: setting({
    flag: 'list-cache-ttl-ms',
    env: 'GATEWAY_LIST_CACHE_TTL_MS',
    placeholder: 'MS',
    help:
      'Reuse the tag and segment lists (never segment counts) across requests for this long, per token; ' +
      'every write through the gateway clears them; 0 turns this off',
    default: 30_000,
    parse: integer(0, MAX_CACHE_TTL_MS),
  }),
  responseCacheTtlMs: setting({
    flag: 'response-cache-ttl-ms',
    env: 'GATEWAY_RESPONSE_CACHE_TTL_MS',
    placeholder: 'MS',
    help:
      'Reuse whole responses to identical queries by the same token for this long; every write through the gateway ' +
      "clears them. Off (0) by default: responses hold personal data, so turning it on is the operator's call",
    default: 0,
    parse: integer(0, MAX_CACHE_TTL_MS),
  }),
  entityCacheTtlMs: setting({
    flag: 'entity-cache-ttl-ms',
    env: 'GATEWAY_ENTITY_CACHE_TTL_MS',
    placeholder: 'MS',
    help:
      'Reuse companies by id (from every company the gateway reads) across requests for this long, per token; ' +
      'every write through the gateway clears them; 0 turns this off',
    default: 30_000,
    parse: integer(0, MAX_CACHE_TTL_MS),
  }),
  // Caller authentication, production mode, trusted documents (auth/auth-config.ts).
  ...AUTH_SETTINGS,
  // Browser hardening and request limits (src/gateway/hardening/; the limits' defaults live in
  // hardening/limits.ts, where they are sized). Repeatable flags take one value each time; their
  // environment variable takes a comma-separated list.
  corsOrigins: setting({
    flag: 'cors-origin',
    env: 'GATEWAY_CORS_ORIGINS',
    placeholder: 'ORIGIN',
    help: 'An origin whose browser pages may call the gateway with credentials, e.g. https://app.example.com (repeatable); none by default',
    repeatable: true,
    default: [],
    parse: entries(isValidOrigin, 'origins such as https://app.example.com (scheme, host, optional port; no path)', (origin) => new URL(origin).origin),
  }),
  allowedHosts: setting({
    flag: 'allowed-host',
    env: 'GATEWAY_ALLOWED_HOSTS',
    placeholder: 'NAME',
    help: 'A Host name clients use, or .example.com for a domain (repeatable); loopback names and, off loopback, IP addresses are always answered',
    repeatable: true,
    default: [],
    parse: entries(isValidAllowedHost, 'host names such as app.example.com or .example.com (no port, no scheme)', (name) => name.toLowerCase()),
  }),
  maxBodyBytes: setting({ flag: 'max-body-bytes', env: 'GATEWAY_MAX_BODY_BYTES', placeholder: 'BYTES', help: 'Largest request body, refused while reading', default: LIMITS.maxBodyBytes, parse: integer(1_000, 100_000_000) }),
  maxQueryLength: setting({ flag: 'max-query-length', env: 'GATEWAY_MAX_QUERY_LENGTH', placeholder: 'N', help: 'Longest GraphQL document in characters', default: LIMITS.maxQueryLength, parse: integer(100, 10_000_000) }),
  maxTokens: setting({ flag: 'max-tokens', env: 'GATEWAY_MAX_TOKENS', placeholder: 'N', help: 'Most tokens in a GraphQL document', default: LIMITS.maxTokens, parse: integer(10, 1_000_000) }),
  maxDepth: setting({ flag: 'max-depth', env: 'GATEWAY_MAX_DEPTH', placeholder: 'N', help: 'Deepest field nesting of an operation', default: LIMITS.maxDepth, parse: integer(2, 1_000) }),
  maxAliases: setting({ flag: 'max-aliases', env: 'GATEWAY_MAX_ALIASES', placeholder: 'N', help: 'Most aliases in an operation', default: LIMITS.maxAliases, parse: integer(0, 10_000) }),
  maxDirectives: setting({ flag: 'max-directives', env: 'GATEWAY_MAX_DIRECTIVES', placeholder: 'N', help: 'Most directives in an operation', default: LIMITS.maxDirectives, parse: integer(0, 10_000) }),
  maxListItems: setting({
    flag: 'max-list-items',
    env: 'GATEWAY_MAX_LIST_ITEMS',
    placeholder: 'N',
    help: 'Most items in a list argument (nodes(ids:), IN filters, bulk tagging)',
    default: LIMITS.maxListItems,
    parse: integer(1, 100_000),
  }),
  maxResponseBytes: setting({ flag: 'max-response-bytes', env: 'GATEWAY_MAX_RESPONSE_BYTES', placeholder: 'BYTES', help: 'Largest response; a larger one is refused', default: LIMITS.maxResponseBytes, parse: integer(1_000, 1_000_000_000) }),
  requestTimeoutMs: setting({ flag: 'request-timeout-ms', env: 'GATEWAY_REQUEST_TIMEOUT_MS', placeholder: 'MS', help: 'Deadline of one request; then its upstream calls stop', default: LIMITS.requestTimeoutMs, parse: integer(1, 3_600_000) }),
  // The cost of a request, counted in upstream calls (cost/, plugins/cost-limit.ts).
  maxUpstreamCalls: setting({
    flag: 'max-upstream-calls',
    env: 'GATEWAY_MAX_UPSTREAM_CALLS',
    placeholder: 'N',
    help:
      'Most upstream calls one request may make: estimated before it runs (over it: refused with COST_LIMIT_EXCEEDED, ' +
      'nothing sent) and counted while it runs (stopped at it, partial data)',
    default: 200,
    parse: integer(1, 100_000),
  }),
  callerCallsPerMinute: setting({
    flag: 'caller-calls-per-minute',
    env: 'GATEWAY_CALLER_CALLS_PER_MINUTE',
    placeholder: 'N',
    help:
      "Upstream calls per minute per caller, unless the caller's key or token carries its own limit " +
      '(over it: HTTP 429 with Retry-After); 0 turns the budget off',
    // Half of Intercom's default 10,000 calls per minute per app: one caller cannot take it all.
    default: 5_000,
    parse: integer(0, 10_000_000),
  }),
  // Several replicas (src/gateway/shared/).
  redis: setting({
    flag: 'redis',
    env: 'REDIS_URL',
    placeholder: 'URL',
    help:
      'Redis URL (redis://host:port) shared by several gateway replicas: they then spend one upstream rate budget. ' +
      'Without it everything stays in this process; while Redis is down the gateway serves on local state',
    // Not echoed when refused: the URL may hold a password.
    parse: (value: string, label: string) => {
      const url = typeof value === 'string' ? value.trim() : '';
      const problem = url === '' ? 'must be a redis:// URL' : checkRedisUrl(url);
      if (problem) throw invalid(`${label} ${problem}`);
      return url;
    },
  }),
  // Operations: metrics, shutdown, traces, logs.
  metricsPort: setting({
    flag: 'metrics-port',
    env: 'GATEWAY_METRICS_PORT',
    placeholder: 'PORT',
    help: 'Also serve /metrics, to anyone who reaches it, on this port of --host (the gateway port serves it to local callers only)',
    parse: integer(0, 65_535),
  }),
  shutdownTimeoutMs: setting({
    flag: 'shutdown-timeout-ms',
    env: 'GATEWAY_SHUTDOWN_TIMEOUT_MS',
    placeholder: 'MS',
    help: 'On SIGTERM/SIGINT, let requests in flight finish for this long before cutting them',
    default: 10_000,
    parse: integer(0, 600_000),
  }),
  otlpEndpoint: setting({
    flag: 'otlp-endpoint',
    env: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    placeholder: 'URL',
    help: 'Send OpenTelemetry traces (OTLP over HTTP) to this base URL, e.g. http://127.0.0.1:4318; tracing is off without it',
    parse: otlpEndpoint,
  }),
  logLevel: setting({
    flag: 'log-level',
    env: 'GATEWAY_LOG_LEVEL',
    placeholder: 'LEVEL',
    help: 'Least severe log lines written',
    default: 'info',
    parse: oneOf(LOG_LEVELS),
  }),
  logFormat: setting({
    flag: 'log-format',
    env: 'GATEWAY_LOG_FORMAT',
    placeholder: 'FORMAT',
    help: 'json: one JSON object per line; pretty: for people; auto: pretty on a terminal, json otherwise',
    default: 'auto',
    parse: oneOf(LOG_FORMATS),
  }),
};

export type GatewaySettingKey = keyof typeof GATEWAY_SETTINGS;
export type GatewayConfig = SettingsValues<typeof GATEWAY_SETTINGS>;
/** What `startGateway` accepts: each setting as a flag would give it, or typed (a parsed config passes back in). */
export type GatewayConfigInput = SettingsInput<typeof GATEWAY_SETTINGS>;

/** A configuration that failed validation; `problems` are full sentences, one per bad setting. */
export { SettingsError as GatewayConfigError } from '../settings/index.js';

/** Rules across settings: the one a single parser cannot see. */
export function checkGatewayConfig(values: Partial<GatewayConfig>, name: (key: GatewaySettingKey) => string): string[] {
  const problems: string[] = [];
  const { upstream, token, auth } = values;
  // In passthrough every caller brings its own token; the server needs none of its own.
  if (upstream !== undefined && auth !== 'passthrough' && (token === undefined || token.trim() === '')) {
    problems.push(`${name('token')} is required with ${name('upstream')} (or set ${GATEWAY_SETTINGS.token.env})`);
  }
  problems.push(...checkAuthConfig(values, name));
  const { metricsPort, port } = values;
  if (metricsPort !== undefined && metricsPort !== 0 && metricsPort === port) {
    problems.push(`${name('metricsPort')} must differ from ${name('port')} (both are ${port})`);
  }
  return problems;
}

/** Validates a program's configuration (tests, embedding); messages name the flags. Every problem is reported at once. */
export function parseGatewayConfig(input: GatewayConfigInput = {}): GatewayConfig {
  return readSettings(GATEWAY_SETTINGS, input, { check: checkGatewayConfig });
}

/**
 * Merges flags over environment variables and validates the result; a message names the variable
 * when the bad value came from one. An empty variable counts as unset, so `INTERCOM_API_URL= npm start`
 * still means "embedded".
 */
export function resolveGatewayConfig(flags: GivenFlags, env: Record<string, string | undefined>): GatewayConfig {
  return resolveSettings(GATEWAY_SETTINGS, flags, env, { check: checkGatewayConfig });
}

/** Every default, parsed (benchmarks build gateways with them). */
export const GATEWAY_DEFAULTS: GatewayConfig = defaultsOf(GATEWAY_SETTINGS);

/** The upstream base URL without a trailing slash. */
function upstreamUrl(value: string, label: string): string {
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  if (url && (url.username || url.password)) {
    // Not echoed: the credentials would end up in logs.
    throw invalid(`${label} must not contain credentials; pass the token with --token`);
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw invalid(`${label} must be an http(s) URL such as https://api.intercom.io, got '${shown(value)}'`);
  }
  if (url.search || url.hash) throw invalid(`${label} must be a base URL without ?query or #fragment, got '${value}'`);
  return url.href.replace(/\/+$/, '');
}

/**
 * A list (repeated flag, a program's array) or comma-separated text (the environment) of entries that
 * `valid` accepts, each normalized, without duplicates; an empty list is allowed (the default).
 */
function entries(valid: (entry: string) => boolean, expected: string, normalize: (entry: string) => string) {
  return (value: readonly string[] | string, label: string): string[] => {
    const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
    if (!items || !items.every((item) => typeof item === 'string')) throw invalid(`${label} must be a list of text, got ${shown(value)}`);
    const trimmed = items.map((item: string) => item.trim()).filter((item: string) => item !== '');
    const bad = trimmed.filter((item: string) => !valid(item));
    if (bad.length > 0) throw invalid(`${label} must be ${expected}, got '${bad.join("', '")}'`);
    return [...new Set(trimmed.map(normalize))];
  };
}

/** An OTLP base URL; not echoed when refused: a mistyped URL may carry credentials. */
function otlpEndpoint(value: string, label: string): string {
  const url = typeof value === 'string' && URL.canParse(value.trim()) ? new URL(value.trim()) : undefined;
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && !url.search && !url.hash) {
    return url.href.replace(/\/+$/, '');
  }
  throw invalid(`${label} must be an http(s) base URL without credentials, query or fragment, such as http://127.0.0.1:4318`);
}

/** A name of LOADER_MODES (`batched`, `dedupe`, `naive`); a parsed config passes its tuning object back in. */
function loaderTuning(value: string | LoaderTuning, label: string): LoaderTuning {
  if (typeof value === 'object' && value !== null) {
    const { batch, cache, acrossRequests, ...rest } = value as unknown as Record<string, unknown>;
    if (typeof batch === 'boolean' && typeof cache === 'boolean' && Object.keys(rest).length === 0) {
      if (acrossRequests === undefined) return { batch, cache };
      if (typeof acrossRequests === 'boolean') return { batch, cache, acrossRequests };
    }
  } else {
    const mode = typeof value === 'string' ? value.trim() : '';
    if (Object.hasOwn(LOADER_MODES, mode)) return LOADER_MODES[mode as keyof typeof LOADER_MODES];
  }
  const modes = Object.keys(LOADER_MODES).map((mode) => `'${mode}'`);
  throw invalid(`${label} must be ${modes.slice(0, -1).join(', ')} or ${modes.at(-1)}, got '${shown(value)}'`);
}
