/**
 * `grouping-gateway serve`: runs the GraphQL gateway. Flags override environment variables; bad input
 * exits with status 2 and a message that says what to change.
 */
import { parseArgs } from 'node:util';
import {
  GATEWAY_DEFAULTS,
  GATEWAY_SETTINGS,
  GatewayConfigError,
  resolveGatewayConfig,
  type GatewayConfig,
  type GatewaySettingKey,
} from '../gateway/config.js';
import type { RunningGateway } from '../gateway/start.js';
import { closeOnSignal } from './close-on-signal.js';

const SETTING_KEYS = Object.keys(GATEWAY_SETTINGS) as GatewaySettingKey[];

export function usage(): string {
  const rows = SETTING_KEYS.map((key) => {
    const setting = GATEWAY_SETTINGS[key];
    const fallback = (GATEWAY_DEFAULTS as Record<string, unknown>)[key];
    const left = `--${setting.flag} ${setting.placeholder}`;
    const right = `${setting.help}${fallback === undefined ? '' : ` (default ${String(fallback)})`} [${setting.env}]`;
    return `  ${left.padEnd(28)}${right}`;
  });
  return [
    'Usage: grouping-gateway serve [flags]',
    '',
    'Runs the GraphQL gateway with GraphiQL at /graphql. Without --upstream it starts the local grouping',
    'API with demo data and uses it, so no Intercom account is needed.',
    '',
    'Flags (each can also be set by the environment variable in brackets; a flag wins):',
    ...rows,
    `  ${'-h, --help'.padEnd(28)}Show this help`,
    '',
    'Examples:',
    '  grouping-gateway serve',
    '  grouping-gateway serve --upstream https://api.intercom.io --token "$INTERCOM_TOKEN"',
    '  grouping-gateway serve --host 0.0.0.0 --auth keys --keys-file keys.json --mode production --persisted-documents manifest.json',
    '  grouping-gateway serve --upstream http://127.0.0.1:4010 --token dev-token --loaders naive   # benchmark baseline',
  ].join('\n');
}

/** Flags as strings, or a message saying what is wrong with the command line. */
function parseFlags(argv: string[]): { help: boolean; flags: Partial<Record<GatewaySettingKey, string | string[]>> } | string {
  const options = Object.fromEntries(
    SETTING_KEYS.map((key) => [GATEWAY_SETTINGS[key].flag, { type: 'string' as const, multiple: 'multiple' in GATEWAY_SETTINGS[key] }]),
  ) as Record<string, { type: 'string'; multiple: boolean }>;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  } catch (error) {
    return describeParseError(error);
  }
  const flags: Partial<Record<GatewaySettingKey, string | string[]>> = {};
  for (const key of SETTING_KEYS) {
    const value = parsed.values[GATEWAY_SETTINGS[key].flag];
    if (typeof value === 'string' || Array.isArray(value)) flags[key] = value as string | string[];
  }
  return { help: parsed.values['help'] === true, flags };
}

/** node:util's messages mention internals ("strict:true"); say it the way an operator needs it. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag '${option ?? message}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option ?? 'a flag'} needs a value, e.g. ${option ?? '--port'} VALUE`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const positional = /'([^']*)'/.exec(message)?.[1];
    return `unexpected argument '${positional ?? ''}'; every setting is a --flag`;
  }
  return message;
}

/** Binding to loopback or any interface: a browser reaches it as localhost. */
function displayUrl(host: string, port: number): string {
  const local = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host); // for display: binds nothing
  const shown = local ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/graphql`;
}

export async function main(argv: string[]): Promise<void> {
  const parsed = parseFlags(argv);
  if (typeof parsed === 'string') {
    fail(parsed);
    return;
  }
  if (parsed.help) {
    console.log(usage());
    return;
  }

  let config;
  try {
    config = resolveGatewayConfig(parsed.flags, process.env);
  } catch (error) {
    if (error instanceof GatewayConfigError) {
      fail(...error.problems);
      return;
    }
    throw error;
  }

  // Loaded only now: --help and bad flags answer instantly, without building the schema.
  const { startGateway, GatewayStartError } = await import('../gateway/start.js');
  let gateway: RunningGateway;
  try {
    gateway = await startGateway(config);
  } catch (error) {
    // A keys file, JWT key or manifest that cannot be used: bad input, like a bad flag.
    if (error instanceof GatewayConfigError) {
      fail(...error.problems);
      return;
    }
    if (error instanceof GatewayStartError) {
      console.error(`grouping-gateway serve: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }

  const port = Number(new URL(gateway.url).port);
  const upstream = gateway.embedded
    ? 'embedded local API with demo data'
    : `${new URL(config.upstream!).origin} (Intercom-Version ${config.intercomVersion})`;
  console.log(`Upstream: ${upstream}`);
  console.log(`Caching: ${describeCaching(config)}`);
  console.log(`Auth: ${describeAuth(config)}`);
  console.log(`Mode: ${describeMode(config)}`);
  console.log(`GraphiQL: ${displayUrl(config.host, port)}`);

  closeOnSignal('grouping-gateway serve', () => gateway.close());
  if (config.auth === 'keys') {
    // The conventional "re-read your configuration" signal; the keys file is also watched.
    process.on('SIGHUP', () => void gateway.reloadKeys());
  }
}

/** One line saying what the gateway reuses, so an operator sees at start whether responses are kept. */
function describeCaching(config: GatewayConfig): string {
  if (!config.loaderTuning.cache) return 'none (--loaders naive: the benchmark baseline, not for users)';
  const ttl = (ms: number) => (ms > 0 ? `${ms} ms` : 'off');
  return `tag/segment lists ${ttl(config.listCacheTtlMs)}, companies ${ttl(config.entityCacheTtlMs)}, responses ${ttl(config.responseCacheTtlMs)}`;
}

/** One line saying who may call: an operator must see at a glance when auth is off. */
function describeAuth(config: GatewayConfig): string {
  switch (config.auth) {
    case 'none':
      return 'OFF: every caller may read and write everything (allowed on loopback only; see --auth)';
    case 'keys':
      return `API keys from ${config.keysFile} (reloaded on change and on SIGHUP)`;
    case 'jwt':
      return `JWTs from ${config.jwtIssuer} for ${config.jwtAudience} (${config.jwtAlgorithms.join(', ')})`;
    case 'passthrough':
      return "passthrough: each caller's own Intercom token is used upstream";
  }
}

function describeMode(config: GatewayConfig): string {
  const documents = config.persistedDocuments.length > 0 ? `, trusted documents from ${config.persistedDocuments.join(', ')}` : '';
  if (config.mode !== 'production') return `development${documents}`;
  const warning = documents === '' ? ' — no --persisted-documents: callers without dev can run nothing' : documents;
  return `production (introspection, GraphiQL, suggestions and documents not in a manifest: dev scope only${warning})`;
}

function fail(...problems: string[]): void {
  for (const problem of problems) console.error(`grouping-gateway serve: ${problem}`);
  console.error("Run 'grouping-gateway serve --help' for the flags.");
  process.exitCode = 2;
}
