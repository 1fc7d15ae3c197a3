/**
 * The auth settings' rules, in-process through the same parser `serve` uses: auth none only on
 * loopback, what each mode requires, and messages that name the setting.
 */
import { describe, expect, it } from 'vitest';
import { GatewayConfigError, resolveGatewayConfig } from '../../src/gateway/config.js';
import { isLoopbackHost } from '../../src/gateway/auth/loopback.js';

function problems(flags: Record<string, string | string[]>, env: Record<string, string> = {}): string {
  try {
    resolveGatewayConfig(flags, env);
  } catch (error) {
    if (error instanceof GatewayConfigError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected a GatewayConfigError');
}

const JWT = { auth: 'jwt', jwtIssuer: 'https://issuer.test/', jwtAudience: 'gg', jwtJwksUrl: 'https://issuer.test/jwks.json' };

describe('auth settings', () => {
  it('default to auth none in development mode, on loopback', () => {
    expect(resolveGatewayConfig({}, {})).toMatchObject({ auth: 'none', mode: 'development', host: '127.0.0.1', persistedDocuments: [] });
  });

  it('refuse auth none — given or by default — on any address that is not loopback, saying why', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'gateway.internal']) {
      const message = problems({ host });
      expect(message).toContain(`--host '${host}' is not a loopback address, and --auth is none`);
      expect(message).toContain('Choose --auth keys, jwt or passthrough');
      expect(problems({ host, auth: 'none' })).toContain('is not a loopback address');
    }
    expect(problems({}, { GATEWAY_HOST: '0.0.0.0' })).toContain("GATEWAY_HOST '0.0.0.0' is not a loopback address");
    for (const host of ['127.0.0.1', '127.0.0.53', '::1', 'localhost']) expect(resolveGatewayConfig({ host }, {}).auth).toBe('none');
    expect(resolveGatewayConfig({ host: '0.0.0.0', auth: 'passthrough' }, {}).host).toBe('0.0.0.0');
  });

  it('tells loopback from everything else', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', 'localhost'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', '::ffff:10.0.0.1', 'localhost.example.com'].some(isLoopbackHost)).toBe(false);
  });

  it('name what each mode needs', () => {
    expect(problems({ auth: 'keys' })).toContain('--keys-file is required with --auth keys');
    expect(problems({ auth: 'jwt' })).toContain('--jwt-issuer is required with --auth jwt');
    expect(problems({ auth: 'jwt' })).toContain('--jwt-audience is required with --auth jwt');
    expect(problems({ auth: 'jwt' })).toContain('needs exactly one of --jwt-jwks-url and --jwt-public-key-file');
    expect(problems({ ...JWT, jwtPublicKeyFile: 'k.pem' })).toContain('needs exactly one of');
    expect(problems({ ...JWT, jwtJwksUrl: 'http://issuer.test/jwks.json' })).toContain('--jwt-jwks-url must use https unless it is on this machine');
    expect(problems({ ...JWT, jwtAlgorithms: 'RS256,HS256' })).toContain("got 'HS256'");
    expect(problems({ ...JWT, jwtAlgorithms: 'none' })).toContain("got 'none'");
    expect(problems({ auth: 'oauth' })).toContain("--auth must be one of none, keys, jwt, passthrough; got 'oauth'");
    expect(problems({ mode: 'prod' })).toContain("--mode must be one of development, production; got 'prod'");
    expect(problems({ jwtIssuer: 'x' })).toContain('--jwt-issuer only apply with --auth jwt');
    expect(problems({ keysFile: 'k.json' })).toContain('--keys-file is only used with --auth keys');
  });

  it('accept a complete JWT setup, scopes claim and algorithms included', () => {
    expect(resolveGatewayConfig({ ...JWT, jwtScopesClaim: 'permissions', jwtAlgorithms: 'RS256, ES256' }, {})).toMatchObject({
      auth: 'jwt',
      jwtScopesClaim: 'permissions',
      jwtAlgorithms: ['RS256', 'ES256'],
    });
  });

  it('let passthrough run against an upstream without a server token', () => {
    expect(resolveGatewayConfig({ auth: 'passthrough', upstream: 'https://api.intercom.io' }, {}).token).toBeUndefined();
    expect(problems({ upstream: 'https://api.intercom.io' })).toContain('--token is required with --upstream');
  });

  it('take persisted-documents manifests repeated as flags or comma-separated from the environment', () => {
    expect(resolveGatewayConfig({ persistedDocuments: ['a.json', 'b.json'] }, {}).persistedDocuments).toEqual(['a.json', 'b.json']);
    expect(resolveGatewayConfig({}, { GATEWAY_PERSISTED_DOCUMENTS: 'a.json, b.json' }).persistedDocuments).toEqual(['a.json', 'b.json']);
  });
});
