import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, jsonHeaders, runCli, startCli } from './cli-child.js';

const dir = mkdtempSync(join(tmpdir(), 'local-api-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('grouping-gateway local-api: flags', () => {
  it('--help explains every flag and its environment variable', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--host', '--port', '--db', '--seed', '--token', '--default-version', '--rate-limit', '--segments', '--admin-token', '--latency-ms', '--fault-rate', '--fault-kinds', '--fault-seed']) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toContain('LOCAL_API_PORT');
    expect(stdout).toContain('LOCAL_API_TOKEN');
  });

  it('runs from any working directory, not only the checkout', async () => {
    const { code, stdout, stderr } = await runCli(['--help'], {}, dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: grouping-gateway local-api');
  });

  const bad: [string[], RegExp][] = [
    [['--port', 'abc'], /--port must be an integer 0–65535, got 'abc'/],
    [['--port', '70000'], /--port must be an integer 0–65535, got '70000'/],
    [['--seed', 'lots'], /--seed must be 'demo', 'none' or a number of contacts from 1 to 10000000, got 'lots'/],
    [['--seed', '0'], /--seed must be .* got '0'/],
    [['--default-version', '3.0'], /--default-version must be one of 1\.0, .*2\.11.*; got '3\.0'/],
    [['--rate-limit', '5'], /--rate-limit must be a whole number of requests per minute of at least 6, got '5'/],
    [['--fault-rate', '1.5'], /--fault-rate must be a number from 0 to 1 such as 0\.1, got '1\.5'/],
    [['--fault-kinds', '5xx,boom'], /--fault-kinds must be a comma-separated list of 5xx, 429, reset, truncated, malformed, shape; got '5xx,boom'/],
    [['--latency-ms=-1'], /--latency-ms must be an integer 0–60000, got '-1'/],
    [['--segments', '/no/such/segments.json'], /--segments file '\/no\/such\/segments\.json' does not exist/],
    [['--db', '/no/such/folder/store.db'], /--db '\/no\/such\/folder\/store\.db': folder '\/no\/such\/folder' does not exist/],
    [['--public-url', 'ftp://x'], /--public-url must be an http\(s\) URL/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port'], /--port/],
    [['stray'], /Unexpected argument 'stray'/],
  ];
  it.concurrent.each(bad)('rejects %j with exit status 2 and a message that says what to fix', async (args, message) => {
    const { code, stderr, stdout } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Run 'grouping-gateway local-api --help'");
    expect(stdout).toBe('');
  });

  it('names the environment variable when the bad value came from one', async () => {
    const { code, stderr } = await runCli([], { LOCAL_API_RATE_LIMIT: 'fast' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/LOCAL_API_RATE_LIMIT must be a whole number of requests per minute of at least 6, got 'fast'/);
  });

  it('refuses a segments file with a bad query with exit status 2, naming the file', async () => {
    const file = join(dir, 'bad-segments.json');
    writeFileSync(file, JSON.stringify([{ name: 'Broken', query: { field: 'no_such_field', operator: '=', value: 1 } }]));
    const { code, stderr } = await runCli(['--port', '0', '--seed', 'none', '--segments', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`Segments file ${file}`);
    expect(stderr).toContain('no_such_field');
  });

  it('says the port is taken, and exits 1, when it cannot listen', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { code, stderr } = await runCli(['--port', String(port), '--seed', 'none']);
      expect(code).toBe(1);
      expect(stderr).toContain(`127.0.0.1:${port} is already in use; pick another port with --port`);
    } finally {
      blocker.close();
    }
  });
});

describe('grouping-gateway local-api: running', () => {
  it('starts with flags over environment, prints URL and token, serves the guide data, and stops on SIGTERM', async () => {
    // The environment asks for an impossible port and another token; the flags must win.
    const cli = await startCli(['--token', 'flag-token', '--seed', 'demo'], { LOCAL_API_PORT: 'not-a-port', LOCAL_API_TOKEN: 'env-token' });
    try {
      expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(cli.output()).toContain('token:   flag-token');

      const res = await fetch(`${cli.url}/tags`, { headers: jsonHeaders('flag-token') });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { type: string; tags: { name: string }[] };
      expect(body.type).toBe('tag.list');
      expect(body.tags.map((t) => t.name)).toContain('value_lead');
      expect((await fetch(`${cli.url}/tags`, { headers: jsonHeaders('env-token') })).status).toBe(401);
    } finally {
      process.kill(cli.child.pid!, 'SIGTERM');
    }
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toContain('SIGTERM received, closing');
  });

  it('loads the segments file given with --segments', async () => {
    const file = join(dir, 'segments.json');
    writeFileSync(file, JSON.stringify([{ name: 'Big spenders', query: { field: 'custom_attributes.plan', operator: '=', value: 'enterprise' } }]));
    const cli = await startCli(['--seed', 'demo', '--token', 't', '--segments', file]);
    try {
      const res = await fetch(`${cli.url}/segments`, { headers: jsonHeaders('t') });
      const body = (await res.json()) as { segments: { name: string }[] };
      expect(body.segments.map((s) => s.name)).toEqual(expect.arrayContaining(['Active', 'Big spenders']));
    } finally {
      process.kill(cli.child.pid!, 'SIGTERM');
    }
    expect(await cli.exited).toBe(0);
  });

  it('reads its settings from the environment when no flag is given', async () => {
    const cli = await startCli(['--seed', 'none'], { LOCAL_API_TOKEN: 'one,two', LOCAL_API_DEFAULT_VERSION: '2.11' });
    try {
      const res = await fetch(`${cli.url}/tags`, { headers: jsonHeaders('two') });
      expect(res.status).toBe(200);
      // Under the 2.11 default, GET /tags answers in the 2.x list shape.
      expect(await res.json()).toMatchObject({ type: 'list', data: [] });
    } finally {
      process.kill(cli.child.pid!, 'SIGINT');
    }
    expect(await cli.exited).toBe(0);
  });
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
