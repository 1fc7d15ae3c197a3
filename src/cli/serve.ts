/**
 * `grouping-gateway serve`: runs the GraphQL gateway. Flags override environment variables; bad input
 * exits with status 2 and a message that says what to change.
 */
import { GATEWAY_SETTINGS, GatewayConfigError, checkGatewayConfig, type GatewayConfig } from '../gateway/config.js';
import type { RunningGateway } from '../gateway/start.js';
import { createHostPolicy } from '../gateway/hardening/host-names.js';
import { closeOnSignal } from './close-on-signal.js';
import { failUsage, processOutput, readCommandSettings, type CommandOutput, type CommandSettings } from './read-settings.js';
import { reusesAcrossRequests } from '../loaders/tuning.js';

export const SERVE: CommandSettings<typeof GATEWAY_SETTINGS> = {
  command: 'grouping-gateway serve',
  settings: GATEWAY_SETTINGS,
  check: checkGatewayConfig,
  help: {
    about: [
      'Runs the GraphQL gateway with GraphiQL at /graphql. Without --upstream it starts the local grouping',
      'API with demo data and uses it, so no Intercom account is needed.',
    ],
    examples: [
      'Examples:',
      '  grouping-gateway serve',
      '  grouping-gateway serve --upstream https://api.intercom.io --token "$INTERCOM_TOKEN"',
      '  grouping-gateway serve --host 0.0.0.0 --auth keys --keys-file keys.json --mode production --persisted-documents manifest.json',
      '  grouping-gateway serve --upstream http://127.0.0.1:4010 --token dev-token --loaders naive   # benchmark baseline',
    ],
  },
};

/** Binding to loopback or any interface: a browser reaches it as localhost. */
function displayUrl(host: string, port: number): string {
  const local = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host); // for display: binds nothing
  const shown = local ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/graphql`;
}

export async function main(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  output: CommandOutput = processOutput,
): Promise<void> {
  const config = readCommandSettings(SERVE, argv, env, output);
  if (config === undefined) return;

  // Loaded only now: --help and bad flags answer instantly, without building the schema.
  const { startGateway, GatewayStartError } = await import('../gateway/start.js');
  let gateway: RunningGateway;
  try {
    // The explorer example is served when it has been built (npm run explorer:build).
    const { findBuiltExplorer } = await import('../gateway/explorer/locate.js');
    gateway = await startGateway(config, { explorerDir: findBuiltExplorer() });
  } catch (error) {
    // A keys file, JWT key or manifest that cannot be used: bad input, like a bad flag.
    if (error instanceof GatewayConfigError) {
      failUsage(SERVE.command, error.problems, output);
      return;
    }
    if (error instanceof GatewayStartError) {
      output.error(`grouping-gateway serve: ${error.message}`);
      output.exit(1);
      return;
    }
    throw error;
  }

  const port = Number(new URL(gateway.url).port);
  const upstream = gateway.embedded
    ? 'embedded local API with demo data'
    : `${new URL(config.upstream!).origin} (Intercom-Version ${config.intercomVersion})`;
  // Checked once before announcing, so a wrong token or a dead upstream is in the log from the start.
  const readiness = await gateway.readiness.report();
  if (readiness.ready) gateway.logger.info({ readiness }, 'Ready: the upstream answers and accepts the token');
  else gateway.logger.warn({ readiness }, `Not ready: ${readiness.reason}`);
  // Through the logger, so a production log (JSON lines) stays all JSON.
  gateway.logger.info(`Upstream: ${upstream}`);
  gateway.logger.info(`Caching: ${describeCaching(config)}`);
  gateway.logger.info(`Auth: ${describeAuth(config)}`);
  gateway.logger.info(`Mode: ${describeMode(config)}`);
  gateway.logger.info(`Browsers: ${describeBrowserAccess(config)}`);
  gateway.logger.info(`GraphiQL: ${displayUrl(config.host, port)}`);
  if (gateway.metricsUrl) gateway.logger.info(`Metrics: ${gateway.metricsUrl}`);
  if (gateway.explorerUrl) gateway.logger.info(`Explorer: ${displayUrl(config.host, port).replace(/\/graphql$/, '/explorer/')} (its trusted documents loaded too)`);

  closeOnSignal('grouping-gateway serve', () => gateway.close(), {
    info: (message) => gateway.logger.info(message),
    error: (message, error) => gateway.logger.error({ err: error }, message),
  });
  if (config.auth === 'keys') {
    // The conventional "re-read your configuration" signal; the keys file is also watched.
    process.on('SIGHUP', () => void gateway.reloadKeys());
  }
}

/** One line saying what the gateway reuses, so an operator sees at start whether responses are kept. */
function describeCaching(config: GatewayConfig): string {
  if (!config.loaderTuning.cache) return 'none (--loaders naive: the benchmark baseline, not for users)';
  if (!reusesAcrossRequests(config.loaderTuning)) return 'within each request only (--loaders dedupe: a benchmark baseline, not for users)';
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
  const manifests = config.persistedDocuments;
  const documents = manifests.length > 0 ? `, trusted documents from ${manifests.join(', ')}` : '';
  if (config.mode !== 'production') return `development${documents}`;
  const warning = documents === '' ? ' — no --persisted-documents: callers without dev can run nothing' : documents;
  return `production (introspection, GraphiQL, suggestions and documents not in a manifest: dev scope only${warning})`;
}

/** Which pages may call the gateway and which host names it answers to. */
function describeBrowserAccess(config: GatewayConfig): string {
  const origins = config.corsOrigins.length > 0 ? config.corsOrigins.join(', ') : 'none';
  return `cross-origin pages allowed: ${origins}; host names answered: ${createHostPolicy({ listenHost: config.host, allowedHosts: config.allowedHosts }).describe()}`;
}
