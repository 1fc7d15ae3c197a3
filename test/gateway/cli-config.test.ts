/**
 * The configuration rules behind `serve`, in-process: defaults, flag-over-environment precedence, and
 * the messages an operator sees. cli.test.ts checks the same rules through a real child process.
 */
import { describe, expect, it } from 'vitest';
import { GatewayConfigError, parseGatewayConfig, resolveGatewayConfig } from '../../src/gateway/config.js';
import { REQUEST_LIMIT_DEFAULTS } from '../../src/gateway/hardening/limits.js';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a GatewayConfigError');
}

describe('gateway configuration', () => {
  it('defaults to loopback:4000, the embedded upstream and Intercom-Version 2.11', () => {
    expect(resolveGatewayConfig({}, {})).toEqual({
      host: '127.0.0.1',
      port: 4000,
      upstream: undefined,
      token: undefined,
      intercomVersion: '2.11',
      connections: 32,
      headersTimeoutMs: 10_000,
      bodyTimeoutMs: 10_000,
      connectTimeoutMs: 5_000,
      loaderTuning: { batch: true, cache: true },
      listCacheTtlMs: 30_000,
      responseCacheTtlMs: 0,
      entityCacheTtlMs: 30_000,
      auth: 'none',
      keysFile: undefined,
      jwtJwksUrl: undefined,
      jwtPublicKeyFile: undefined,
      jwtIssuer: undefined,
      jwtAudience: undefined,
      jwtScopesClaim: 'scope',
      jwtAlgorithms: ['RS256'],
      mode: 'development',
      persistedDocuments: [],
      metricsPort: undefined,
      shutdownTimeoutMs: 10_000,
      otlpEndpoint: undefined,
      logLevel: 'info',
      logFormat: 'auto',
      maxUpstreamCalls: 200,
      callerCallsPerMinute: 5_000,
      corsOrigins: [],
      allowedHosts: [],
      ...REQUEST_LIMIT_DEFAULTS,
    });
  });

  it('takes a log level and format from the lists, and names the allowed values otherwise', () => {
    expect(resolveGatewayConfig({ logLevel: 'debug' }, { GATEWAY_LOG_FORMAT: 'json' })).toMatchObject({ logLevel: 'debug', logFormat: 'json' });
    expect(() => resolveGatewayConfig({ logLevel: 'loud' }, { GATEWAY_LOG_FORMAT: 'xml' })).toThrow(
      "--log-level must be one of fatal, error, warn, info, debug, silent; got 'loud'\nGATEWAY_LOG_FORMAT must be one of auto, json, pretty; got 'xml'",
    );
  });

  it('reads the cost limits from flags and environment, and names the one that is wrong', () => {
    const config = resolveGatewayConfig({ maxUpstreamCalls: '50' }, { GATEWAY_CALLER_CALLS_PER_MINUTE: '0' });
    expect(config).toMatchObject({ maxUpstreamCalls: 50, callerCallsPerMinute: 0 });
    expect(() => resolveGatewayConfig({}, { GATEWAY_MAX_UPSTREAM_CALLS: '0' })).toThrow(
      /GATEWAY_MAX_UPSTREAM_CALLS must be a whole number from 1 to 100000, got '0'/,
    );
    expect(() => resolveGatewayConfig({ callerCallsPerMinute: 'lots' }, {})).toThrow(/--caller-calls-per-minute must be a whole number/);
  });

  it('reads every setting from its environment variable, and a flag wins over it', () => {
    const env = {
      GATEWAY_HOST: '::1',
      GATEWAY_PORT: '4100',
      INTERCOM_API_URL: 'https://api.eu.intercom.io/',
      INTERCOM_TOKEN: 'env-token',
      INTERCOM_VERSION: '2.10',
      GATEWAY_UPSTREAM_CONNECTIONS: '4',
    };
    expect(resolveGatewayConfig({}, env)).toMatchObject({
      host: '::1',
      port: 4100,
      upstream: 'https://api.eu.intercom.io',
      token: 'env-token',
      intercomVersion: '2.10',
      connections: 4,
    });
    expect(resolveGatewayConfig({ port: '4200', token: 'flag-token', intercomVersion: '2.16' }, env)).toMatchObject({
      port: 4200,
      token: 'flag-token',
      intercomVersion: '2.16',
    });
  });

  it('treats an empty environment variable as unset', () => {
    const config = resolveGatewayConfig({}, { INTERCOM_API_URL: '', GATEWAY_PORT: '' });
    expect(config.upstream).toBeUndefined();
    expect(config.port).toBe(4000);
  });

  it('lists every problem at once, each naming where the value came from', () => {
    expect(problems(() => resolveGatewayConfig({ port: '-1', upstream: 'api.intercom.io' }, { INTERCOM_VERSION: '3.0' }))).toEqual([
      "--port must be a whole number from 0 to 65535, got '-1'",
      "--upstream must be an http(s) URL such as https://api.intercom.io, got 'api.intercom.io'",
      "INTERCOM_VERSION must be a 2.x Intercom API version from 2.0 to 2.16 (the gateway speaks the 2.x API), got '3.0'",
    ]);
  });

  it('does not echo credentials written into the upstream URL', () => {
    const [message] = problems(() => resolveGatewayConfig({ upstream: 'https://user:hunter2@api.intercom.io', token: 't' }, {}));
    expect(message).toBe('--upstream must not contain credentials; pass the token with --token');
  });

  it('accepts every 2.x version from 2.0 to 2.16 and nothing else', () => {
    for (let minor = 0; minor <= 16; minor++) {
      expect(parseGatewayConfig({ intercomVersion: `2.${minor}` }).intercomVersion).toBe(`2.${minor}`);
    }
    for (const bad of ['1.4', '2.17', 'Unstable', '2', '']) {
      expect(problems(() => parseGatewayConfig({ intercomVersion: bad }))).toHaveLength(1);
    }
  });

  it('takes numbers as well as strings programmatically, and rejects unknown settings', () => {
    expect(parseGatewayConfig({ port: 0, connections: 2 })).toMatchObject({ port: 0, connections: 2 });
    expect(problems(() => parseGatewayConfig({ prot: 1 } as never))).toEqual(['Unknown setting(s): prot']);
  });
});
