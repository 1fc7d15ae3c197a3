/**
 * The `--redis` setting: off by default (everything in-process), read from REDIS_URL, a flag wins,
 * and a bad value is named without echoing the URL (it may carry a password).
 */
import { describe, expect, it } from 'vitest';
import { GatewayConfigError, resolveGatewayConfig } from '../../src/gateway/config.js';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a GatewayConfigError');
}

describe('the redis setting', () => {
  it('is off by default, comes from REDIS_URL, and a flag wins', () => {
    expect(resolveGatewayConfig({}, {}).redis).toBeUndefined();
    expect(resolveGatewayConfig({}, { REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toBe('redis://127.0.0.1:6379');
    expect(resolveGatewayConfig({ redis: 'rediss://cache.internal:6380/2' }, { REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toBe(
      'rediss://cache.internal:6380/2',
    );
  });

  it('refuses what is not a redis URL, naming the setting and never the password', () => {
    expect(problems(() => resolveGatewayConfig({ redis: 'http://127.0.0.1:6379' }, {}))).toEqual([
      '--redis must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379',
    ]);
    const fromEnv = problems(() => resolveGatewayConfig({}, { REDIS_URL: 'redis://:hunter22@127.0.0.1:6379/x?y=1' }));
    expect(fromEnv).toHaveLength(1);
    expect(fromEnv[0]).toMatch(/^REDIS_URL /);
    expect(fromEnv[0]).not.toContain('hunter22');
  });
});
