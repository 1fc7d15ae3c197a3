/**
 * The batching/caching switch (`--loaders batched|naive`, GATEWAY_LOADERS) and the cache TTL settings:
 * parsed and validated in-process, then `serve` as the benchmark runs it — a child process on a
 * configured upstream — with the upstream calls counted where they arrive (the local API's record of
 * received requests). Children are ended by their own pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GatewayConfigError, parseGatewayConfig, resolveGatewayConfig } from '../../src/gateway/config.js';
import { DEDUPE_ONLY_TUNING, DEFAULT_TUNING, NAIVE_TUNING } from '../../src/loaders/tuning.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { dataOf, post } from './cache-harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TAG_EXPLORER = readFileSync(new URL('../../bench/queries/tag-explorer.graphql', import.meta.url), 'utf8');

/** The problems a bad configuration is rejected with, one sentence each. */
function rejection(run: () => unknown): string[] {
  expect(run).toThrow(GatewayConfigError);
  try {
    run();
  } catch (error) {
    return (error as GatewayConfigError).problems;
  }
  return [];
}

describe('loader and cache settings', () => {
  it('default to batched loaders, a 30 s list cache and no response cache', () => {
    expect(resolveGatewayConfig({}, {})).toMatchObject({ loaderTuning: DEFAULT_TUNING, listCacheTtlMs: 30_000, responseCacheTtlMs: 0 });
  });

  it('read --loaders naive or GATEWAY_LOADERS=naive as no batching and no caching; the flag wins', () => {
    expect(resolveGatewayConfig({ loaderTuning: 'naive' }, {}).loaderTuning).toEqual(NAIVE_TUNING);
    expect(resolveGatewayConfig({}, { GATEWAY_LOADERS: 'naive' }).loaderTuning).toEqual(NAIVE_TUNING);
    expect(resolveGatewayConfig({ loaderTuning: 'batched' }, { GATEWAY_LOADERS: 'naive' }).loaderTuning).toEqual(DEFAULT_TUNING);
  });

  it('read --loaders dedupe as de-duplication within a request only, and keep it through a second parse', () => {
    const once = resolveGatewayConfig({}, { GATEWAY_LOADERS: 'dedupe' });
    expect(once.loaderTuning).toEqual({ batch: false, cache: true, acrossRequests: false });
    expect(once.loaderTuning).toEqual(DEDUPE_ONLY_TUNING);
    expect(parseGatewayConfig(once).loaderTuning).toEqual(DEDUPE_ONLY_TUNING);
  });

  it('read both TTLs from flags or environment, 0 allowed, and name the setting when one is wrong', () => {
    expect(resolveGatewayConfig({ listCacheTtlMs: '0', responseCacheTtlMs: '5000' }, {})).toMatchObject({
      listCacheTtlMs: 0,
      responseCacheTtlMs: 5_000,
    });
    expect(resolveGatewayConfig({}, { GATEWAY_LIST_CACHE_TTL_MS: '1000', GATEWAY_RESPONSE_CACHE_TTL_MS: '2000' })).toMatchObject({
      listCacheTtlMs: 1_000,
      responseCacheTtlMs: 2_000,
    });
    expect(rejection(() => resolveGatewayConfig({ loaderTuning: 'fast' }, { GATEWAY_RESPONSE_CACHE_TTL_MS: '-5' }))).toEqual([
      "--loaders must be 'batched', 'dedupe' or 'naive', got 'fast'",
      "GATEWAY_RESPONSE_CACHE_TTL_MS must be a whole number from 0 to 3600000, got '-5'",
    ]);
    expect(rejection(() => resolveGatewayConfig({ listCacheTtlMs: '30s' }, {}))).toEqual([
      "--list-cache-ttl-ms must be a whole number from 0 to 3600000, got '30s'",
    ]);
  });

  it('survive a second parse (serve validates, then startGateway parses the result again)', () => {
    const once = resolveGatewayConfig({ loaderTuning: 'naive', listCacheTtlMs: '10', upstream: 'http://127.0.0.1:1', token: 't' }, {});
    expect(parseGatewayConfig(once)).toEqual(once);
  });
});

// GATEWAY_LOADERS reaches the same setting as --loaders through the same resolver (checked in-process
// above); a process per spelling would only repeat that at seconds per child.
describe('serve --loaders on a configured upstream (as the benchmark runs it)', () => {
  let api: LocalApi;
  const children = new Set<ChildProcess>();

  /** `serve` from the sources (tsx), with only the environment given here. */
  async function serve(args: string[], env: Record<string, string> = {}): Promise<{ graphqlUrl: string; stdout: string }> {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GATEWAY_|INTERCOM_)/.test(name)));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--upstream', api.url, '--token', api.token, ...args],
      { cwd: root, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.add(child);
    child.once('exit', () => children.delete(child));
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start within 30 s; stderr: ${stderr}`)), 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /GraphiQL: http:\/\/localhost:(\d+)\/graphql/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}; stderr: ${stderr}`)));
    });
    return { graphqlUrl: `http://127.0.0.1:${port}/graphql`, stdout };
  }

  /** Runs the tag explorer; returns its data and how many upstream requests arrived meanwhile. */
  async function explore(graphqlUrl: string) {
    const { body, calls } = await post(graphqlUrl, api.received!, TAG_EXPLORER, { usersPerTag: 50 });
    return { data: dataOf(body), calls: calls.length };
  }

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  });
  afterEach(() => {
    for (const child of children) child.kill('SIGKILL');
    children.clear();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('naive answers the tag explorer exactly as batched does, with many more upstream calls', async () => {
    const [batched, naive] = await Promise.all([serve([]), serve(['--loaders', 'naive'])]);
    expect(batched.stdout).toContain('Caching: tag/segment lists 30000 ms, companies 30000 ms, responses off');
    expect(naive.stdout).toContain('Caching: none (--loaders naive');

    const fromBatched = await explore(batched.graphqlUrl);
    const fromNaive = await explore(naive.graphqlUrl);
    expect(fromNaive.data).toEqual(fromBatched.data);
    // Demo data: 3 users in the largest tag; the ratio grows with users per tag (the benchmark's 50).
    expect(fromNaive.calls).toBeGreaterThan(2 * fromBatched.calls);

    // Naive caches nothing across requests either: once the /counts probe (one per process) is
    // behind it, the same request costs the same every time; batched reuses the tag and segment lists.
    const naiveAgain = (await explore(naive.graphqlUrl)).calls;
    expect((await explore(naive.graphqlUrl)).calls).toBe(naiveAgain);
    const batchedAgain = (await explore(batched.graphqlUrl)).calls;
    expect(batchedAgain).toBe(fromBatched.calls - 3); // no probe, no GET /tags, no GET /segments
  }, 60_000);
});
