/**
 * The hardening settings as an operator gives them: repeatable flags, comma-separated environment
 * variables, validation that names the setting, and the limits reaching the gateway.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GatewayConfigError, parseGatewayConfig, resolveGatewayConfig } from '../../src/gateway/config.js';
import { REQUEST_LIMIT_DEFAULTS } from '../../src/gateway/hardening/limits.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a GatewayConfigError');
}

describe('hardening settings', () => {
  it('defaults to no CORS origins, no extra host names and the documented limits', () => {
    const config = resolveGatewayConfig({}, {});
    expect(config.corsOrigins).toEqual([]);
    expect(config.allowedHosts).toEqual([]);
    expect(config).toMatchObject(REQUEST_LIMIT_DEFAULTS);
  });

  it('reads comma-separated lists from the environment and normalizes them', () => {
    const config = resolveGatewayConfig(
      {},
      { GATEWAY_CORS_ORIGINS: 'https://app.example.com/, http://localhost:5173', GATEWAY_ALLOWED_HOSTS: 'Gateway.Example.com,.apps.example.com' },
    );
    expect(config.corsOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(config.allowedHosts).toEqual(['gateway.example.com', '.apps.example.com']);
  });

  it('reads every limit from its flag or environment variable', () => {
    const config = resolveGatewayConfig(
      { maxDepth: '8', requestTimeoutMs: '2000' },
      { GATEWAY_MAX_BODY_BYTES: '50000', GATEWAY_MAX_LIST_ITEMS: '20', GATEWAY_MAX_DEPTH: '30' },
    );
    expect(config).toMatchObject({ maxDepth: 8, requestTimeoutMs: 2_000, maxBodyBytes: 50_000, maxListItems: 20 });
  });

  it('refuses origins with paths or other schemes, host names with ports or schemes, and out-of-range limits', () => {
    expect(problems(() => parseGatewayConfig({ corsOrigins: ['https://app.example.com/path', 'ftp://x.example', '*'] }))).toEqual([
      "--cors-origin must be origins such as https://app.example.com (scheme, host, optional port; no path), got 'https://app.example.com/path', 'ftp://x.example', '*'",
    ]);
    expect(problems(() => parseGatewayConfig({ allowedHosts: 'ok.example.com,bad.example.com:443,https://x.example' }))[0]).toMatch(
      /--allowed-host must be host names .* got 'bad.example.com:443', 'https:\/\/x.example'/,
    );
    expect(problems(() => resolveGatewayConfig({}, { GATEWAY_MAX_BODY_BYTES: '10' }))).toEqual([
      "GATEWAY_MAX_BODY_BYTES must be a whole number from 1000 to 100000000, got '10'",
    ]);
    expect(problems(() => parseGatewayConfig({ requestTimeoutMs: 0, maxDepth: 'deep' }))).toHaveLength(2);
  });

  it('takes a repeated --cors-origin flag as a list on the command line', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--cors-origin', 'https://app.example.com', '--cors-origin', 'not-an-origin'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '' } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    // Both values reached validation: the good one passed, the bad one is named.
    expect(stderr).toContain("--cors-origin must be origins such as https://app.example.com");
    expect(stderr).toContain("got 'not-an-origin'");
    expect(stderr).not.toContain('https://app.example.com\'');
  });
});
