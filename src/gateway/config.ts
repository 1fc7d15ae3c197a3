/**
 * The gateway's configuration: every setting comes from a flag or an environment variable (the flag
 * wins), and is validated once at start with a message that names the setting, shows what was given,
 * and says how to fix it.
 */
import { z } from 'zod';

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
  token: { flag: 'token', env: 'INTERCOM_TOKEN', help: 'Intercom access token (required with --upstream)', placeholder: 'TOKEN' },
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
} as const;

export type GatewaySettingKey = keyof typeof GATEWAY_SETTINGS;

export const GATEWAY_DEFAULTS = {
  host: '127.0.0.1',
  port: 4000,
  intercomVersion: '2.11',
  connections: 16,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  connectTimeoutMs: 5_000,
} as const;

/** How a setting is named in messages: the flag, or the environment variable when that is where it came from. */
export type SettingLabel = (key: GatewaySettingKey) => string;

const flagLabel: SettingLabel = (key) => `--${GATEWAY_SETTINGS[key].flag}`;

/** Builds the schema with messages that name each setting the way the operator gave it. */
export function gatewayConfigSchema(label: SettingLabel = flagLabel) {
  const integer = (key: GatewaySettingKey, min: number, max: number, fallback: number) =>
    z
      .union([z.number(), z.string()])
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined) return fallback;
        const value = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isInteger(value) || value < min || value > max) {
          ctx.addIssue({ code: 'custom', message: `${label(key)} must be a whole number from ${min} to ${max}, got '${raw}'` });
          return z.NEVER;
        }
        return value;
      });

  return z
    .object({
      host: z
        .string()
        .optional()
        .transform((raw, ctx) => {
          if (raw === undefined) return GATEWAY_DEFAULTS.host;
          if (!/^[A-Za-z0-9.:_-]+$/.test(raw)) {
            ctx.addIssue({ code: 'custom', message: `${label('host')} must be a host name or IP address such as 127.0.0.1, got '${raw}'` });
            return z.NEVER;
          }
          return raw;
        }),
      port: integer('port', 0, 65_535, GATEWAY_DEFAULTS.port),
      upstream: z
        .string()
        .optional()
        .transform((raw, ctx) => {
          if (raw === undefined) return undefined;
          const url = URL.canParse(raw) ? new URL(raw) : undefined;
          if (url && (url.username || url.password)) {
            // Not echoed: the credentials would end up in logs.
            ctx.addIssue({ code: 'custom', message: `${label('upstream')} must not contain credentials; pass the token with ${label('token')}` });
            return z.NEVER;
          }
          if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
            ctx.addIssue({
              code: 'custom',
              message: `${label('upstream')} must be an http(s) URL such as https://api.intercom.io, got '${raw}'`,
            });
            return z.NEVER;
          }
          if (url.search || url.hash) {
            ctx.addIssue({ code: 'custom', message: `${label('upstream')} must be a base URL without ?query or #fragment, got '${raw}'` });
            return z.NEVER;
          }
          return url.href.replace(/\/+$/, '');
        }),
      token: z.string().optional(),
      intercomVersion: z
        .string()
        .optional()
        .transform((raw, ctx) => {
          if (raw === undefined) return GATEWAY_DEFAULTS.intercomVersion;
          const version = raw.trim();
          if (!INTERCOM_2X_VERSIONS.includes(version)) {
            ctx.addIssue({
              code: 'custom',
              message: `${label('intercomVersion')} must be a 2.x Intercom API version from 2.0 to 2.16 (the gateway speaks the 2.x API), got '${raw}'`,
            });
            return z.NEVER;
          }
          return version;
        }),
      connections: integer('connections', 1, 1024, GATEWAY_DEFAULTS.connections),
      headersTimeoutMs: integer('headersTimeoutMs', 1, 600_000, GATEWAY_DEFAULTS.headersTimeoutMs),
      bodyTimeoutMs: integer('bodyTimeoutMs', 1, 600_000, GATEWAY_DEFAULTS.bodyTimeoutMs),
      connectTimeoutMs: integer('connectTimeoutMs', 1, 600_000, GATEWAY_DEFAULTS.connectTimeoutMs),
    })
    .strict()
    .superRefine((config, ctx) => {
      if (config.upstream !== undefined && (config.token === undefined || config.token.trim() === '')) {
        ctx.addIssue({
          code: 'custom',
          path: ['token'],
          message: `${label('token')} is required with ${label('upstream')} (or set ${GATEWAY_SETTINGS.token.env})`,
        });
      }
    });
}

export type GatewayConfigInput = z.input<ReturnType<typeof gatewayConfigSchema>>;
export type GatewayConfig = z.output<ReturnType<typeof gatewayConfigSchema>>;

/** A configuration that failed validation; `problems` are full sentences, one per bad setting. */
export class GatewayConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'GatewayConfigError';
  }
}

/** Validates a programmatic configuration (tests, embedding); messages name the flags. */
export function parseGatewayConfig(input: GatewayConfigInput = {}, label: SettingLabel = flagLabel): GatewayConfig {
  const result = gatewayConfigSchema(label).safeParse(input);
  if (!result.success) {
    throw new GatewayConfigError(
      result.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys' ? `Unknown setting(s): ${issue.keys.join(', ')}` : issue.message,
      ),
    );
  }
  return result.data;
}

/**
 * Merges flags over environment variables and validates the result. An empty environment variable
 * counts as unset, so `INTERCOM_API_URL= npm start` still means "embedded".
 */
export function resolveGatewayConfig(
  flags: Partial<Record<GatewaySettingKey, string>>,
  env: Record<string, string | undefined>,
): GatewayConfig {
  const input: Partial<Record<GatewaySettingKey, string>> = {};
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
  const label: SettingLabel = (key) => (fromEnv.has(key) ? GATEWAY_SETTINGS[key].env : flagLabel(key));
  return parseGatewayConfig(input, label);
}
