/**
 * `grouping-gateway local-api`: the flag and environment rules in-process (the command's own parser
 * and `main`, with its output recorded), and the real thing — a child process started by its bin —
 * for what only a process shows: the bin's tsx resolution, the exit status, a signal.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { main, parseLocalApiArgs } from '../../src/cli/local-api.js';
import { startLocalApi } from '../../src/local-api/index.js';
import { SettingsError } from '../../src/settings/index.js';
import { recordOutput } from '../cli-output.js';
import { BIN, jsonHeaders, runCli, startCli } from './cli-child.js';

const dir = mkdtempSync(join(tmpdir(), 'local-api-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parses in-process; returns the options, or the recorded refusal. */
function parse(args: string[], env: Record<string, string> = {}) {
  const output = recordOutput();
  return { options: parseLocalApiArgs(args, env, output), output };
}

describe('grouping-gateway local-api: flags', () => {
  it('--help explains every flag, its environment variable and its default', () => {
    const { options, output } = parse(['--help']);
    expect(options).toBeUndefined();
    expect(output.status).toBeUndefined();
    for (const flag of ['--host', '--port', '--db', '--seed', '--token', '--default-version', '--rate-limit', '--rate-window-seconds', '--segments', '--admin-token', '--public-url', '--latency-ms', '--fault-rate', '--fault-kinds', '--fault-seed']) {
      expect(output.stdout).toContain(flag);
    }
    expect(output.stdout).toContain('env LOCAL_API_PORT');
    expect(output.stdout).toContain('env LOCAL_API_TOKEN');
    expect(output.stdout).toContain('(default 4010)');
    expect(output.stdout).toContain('(default dev-token)');
  });

  it('defaults to loopback:4010, an in-memory demo store and the token dev-token; faults off', () => {
    const { options } = parse([]);
    expect(options).toMatchObject({ host: '127.0.0.1', port: 4010, db: ':memory:', seed: 'demo', tokens: ['dev-token'], defaultVersion: '1.4', rateLimit: 10_000, rateWindowSeconds: 10 });
    expect(options!.faults).toBeUndefined();
  });

  it('reads repeated tokens, numbers with underscores and the fault flags as one fault setting', () => {
    const { options } = parse(['--token', 'a', '--token', 'b', '--seed', '100_000', '--fault-rate', '0.25', '--fault-kinds', '429, reset']);
    expect(options).toMatchObject({ tokens: ['a', 'b'], seed: 100_000, faults: { rate: 0.25, kinds: ['429', 'reset'], latencyMs: 0, seed: 1 } });
  });

  const bad: [string[], RegExp][] = [
    [['--port', 'abc'], /--port must be a whole number from 0 to 65535, got 'abc'/],
    [['--port', '70000'], /--port must be a whole number from 0 to 65535, got '70000'/],
    [['--seed', 'lots'], /--seed must be 'demo', 'none' or a number of contacts from 1 to 10000000, got 'lots'/],
    [['--seed', '0'], /--seed must be .* got '0'/],
    [['--token', 'two words'], /--token must be a non-empty token without spaces/],
    [['--default-version', '3.0'], /--default-version must be one of 1\.0, .*2\.11.*; got '3\.0'/],
    [['--rate-limit', '5'], /--rate-limit must be a whole number of requests per minute of at least 6, got '5'/],
    [['--rate-window-seconds', '0.5'], /--rate-window-seconds must be a whole number from 1 to 60, got '0\.5'/],
    [['--rate-window-seconds', '61'], /--rate-window-seconds must be a whole number from 1 to 60, got '61'/],
    [['--fault-rate', '1.5'], /--fault-rate must be a number from 0 to 1 such as 0\.1, got '1\.5'/],
    [['--fault-kinds', '5xx,boom'], /--fault-kinds must be a comma-separated list of 5xx, 429, reset, truncated, malformed, shape; got '5xx,boom'/],
    [['--latency-ms=-1'], /--latency-ms must be a whole number from 0 to 60000, got '-1'/],
    [['--segments', '/no/such/segments.json'], /--segments file '\/no\/such\/segments\.json' does not exist/],
    [['--db', '/no/such/folder/store.db'], /--db '\/no\/such\/folder\/store\.db': folder '\/no\/such\/folder' does not exist/],
    [['--db', dir], /--db '.*' is a folder; give a file path/],
    [['--public-url', 'ftp://x'], /--public-url must be an http\(s\) URL/],
    [['--bogus'], /unknown flag '--bogus'/],
    [['--port'], /--port needs a value/],
    [['stray'], /unexpected argument 'stray'/],
  ];
  it.each(bad)('refuses %j with exit status 2 and a message that says what to fix', (args, message) => {
    const { options, output } = parse(args);
    expect(options).toBeUndefined();
    expect(output.status).toBe(2);
    expect(output.stderr).toMatch(message);
    expect(output.stderr).toContain("Run 'grouping-gateway local-api --help'");
    expect(output.stdout).toBe('');
  });

  it('lists every problem at once', () => {
    const { output } = parse(['--port', 'x', '--rate-limit', '1']);
    expect(output.stderr).toContain("--port must be a whole number from 0 to 65535, got 'x'");
    expect(output.stderr).toContain("--rate-limit must be a whole number of requests per minute of at least 6, got '1'");
  });

  it('names the environment variable when the bad value came from one, and a flag wins over it', () => {
    expect(parse([], { LOCAL_API_RATE_LIMIT: 'fast' }).output.stderr).toMatch(
      /LOCAL_API_RATE_LIMIT must be a whole number of requests per minute of at least 6, got 'fast'/,
    );
    expect(parse([], { LOCAL_API_FAULT_RATE: '2' }).output.stderr).toMatch(/LOCAL_API_FAULT_RATE must be a number from 0 to 1/);
    const { options } = parse(['--token', 'flag-token', '--port', '0'], { LOCAL_API_PORT: 'not-a-port', LOCAL_API_TOKEN: 'env-token' });
    expect(options).toMatchObject({ port: 0, tokens: ['flag-token'] });
  });

  it('reads its settings from the environment when no flag is given; a variable holds a comma-separated list', () => {
    const { options } = parse([], { LOCAL_API_TOKEN: 'one,two', LOCAL_API_DEFAULT_VERSION: '2.11', LOCAL_API_PORT: '', LOCAL_API_LATENCY_MS: '5' });
    expect(options).toMatchObject({ tokens: ['one', 'two'], defaultVersion: '2.11', port: 4010, faults: { latencyMs: 5 } });
  });

  it('refuses a segments file with a bad query with exit status 2, naming the file', async () => {
    const file = join(dir, 'bad-segments.json');
    writeFileSync(file, JSON.stringify([{ name: 'Broken', query: { field: 'no_such_field', operator: '=', value: 1 } }]));
    const output = recordOutput();
    await main(['--port', '0', '--seed', 'none', '--segments', file], {}, output);
    expect(output.status).toBe(2);
    expect(output.stderr).toContain(`Segments file ${file}`);
    expect(output.stderr).toContain('no_such_field');
  });

  it('says the port is taken, and exits 1, when it cannot listen', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const output = recordOutput();
      await main(['--port', String(port), '--seed', 'none'], {}, output);
      expect(output.status).toBe(1);
      expect(output.stderr).toContain(`127.0.0.1:${port} is already in use; pick another port with --port`);
    } finally {
      blocker.close();
    }
  });
});

describe('startLocalApi: a program gets the same validation', () => {
  it('names each bad option by its path', async () => {
    const refusal = await startLocalApi({ port: -1, faults: { rate: 2 }, tokens: [] } as never).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SettingsError);
    expect((refusal as SettingsError).problems).toEqual([
      "port must be a whole number from 0 to 65535, got '-1'",
      'tokens must be a list of at least one value, got []',
      "faults.rate must be a number from 0 to 1 such as 0.1, got '2'",
    ]);
  });

  it('refuses an option it does not know', async () => {
    const refusal = await startLocalApi({ prot: 1 } as never).catch((error: unknown) => error);
    expect((refusal as SettingsError).problems).toEqual(['Unknown setting(s): prot']);
  });

  it('loads the segments file given with --segments', async () => {
    const file = join(dir, 'segments.json');
    writeFileSync(file, JSON.stringify([{ name: 'Big spenders', query: { field: 'custom_attributes.plan', operator: '=', value: 'enterprise' } }]));
    const { options } = parse(['--port', '0', '--seed', 'demo', '--token', 't', '--segments', file]);
    const api = await startLocalApi(options);
    try {
      const res = await fetch(`${api.url}/segments`, { headers: jsonHeaders('t') });
      const body = (await res.json()) as { segments: { name: string }[] };
      expect(body.segments.map((s) => s.name)).toEqual(expect.arrayContaining(['Active', 'Big spenders']));
    } finally {
      await api.close();
    }
  });
});

describe('grouping-gateway local-api: as a process', () => {
  it('starts with flags over environment, prints URL and token, serves the guide data, and stops on SIGTERM', async () => {
    // The environment asks for an impossible port and another token; the flags must win.
    const cli = await startCli(['--token', 'flag-token', '--seed', 'demo'], { LOCAL_API_PORT: 'not-a-port', LOCAL_API_TOKEN: 'env-token', LOCAL_API_DEFAULT_VERSION: '2.11' });
    try {
      expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(cli.output()).toContain('token:   flag-token');

      const res = await fetch(`${cli.url}/tags`, { headers: jsonHeaders('flag-token') });
      expect(res.status).toBe(200);
      // Under the 2.11 default (from the environment), GET /tags answers in the 2.x list shape.
      const body = (await res.json()) as { type: string; data: { name: string }[] };
      expect(body.type).toBe('list');
      expect(body.data.map((t) => t.name)).toContain('value_lead');
      expect((await fetch(`${cli.url}/tags`, { headers: jsonHeaders('env-token') })).status).toBe(401);
    } finally {
      process.kill(cli.child.pid!, 'SIGTERM');
    }
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toContain('SIGTERM received, closing');
  }, 60_000);

  it('exits 2 on a bad flag, from any working directory (the bin finds its own tsx)', async () => {
    const { code, stdout, stderr } = await runCli(['--port', 'abc'], {}, dir);
    expect(code).toBe(2);
    expect(stderr).toContain("grouping-gateway local-api: --port must be a whole number from 0 to 65535, got 'abc'");
    expect(stderr).toContain("Run 'grouping-gateway local-api --help'");
    expect(stdout).toBe('');
  }, 60_000);
});

describe('bin/grouping-gateway', () => {
  it('runs the compiled build only while it is newer than the sources', () => {
    // A fake checkout whose build and sources say which one ran.
    const root = join(dir, 'checkout');
    for (const folder of ['bin', 'dist/cli', 'src/cli', 'node_modules/tsx/dist']) mkdirSync(join(root, folder), { recursive: true });
    copyFileSync(BIN, join(root, 'bin/grouping-gateway'));
    writeFileSync(join(root, 'dist/cli/main.js'), "console.log('ran dist')\n");
    writeFileSync(join(root, 'src/cli/main.ts'), "console.log('ran src')\n");
    symlinkSync(join(BIN, '../../node_modules/tsx/dist/loader.mjs'), join(root, 'node_modules/tsx/dist/loader.mjs'));
    const run = () => spawnSync(join(root, 'bin/grouping-gateway'), [], { encoding: 'utf8' }).stdout.trim();
    const at = (file: string, seconds: number) => utimesSync(join(root, file), seconds, seconds);

    at('src/cli/main.ts', 1_000);
    at('dist/cli/main.js', 2_000);
    expect(run()).toBe('ran dist');
    at('src/cli/main.ts', 3_000); // edited after the build
    expect(run()).toBe('ran src');
    rmSync(join(root, 'node_modules/tsx/dist/loader.mjs')); // no tsx: the build is all there is
    expect(run()).toBe('ran dist');
  });
});
