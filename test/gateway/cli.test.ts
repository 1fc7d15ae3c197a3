/**
 * `grouping-gateway serve` as an operator runs it: a real child process, real flags and environment.
 * Every child is ended by its own pid (ChildProcess.kill), never by name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = new Set<ChildProcess>();

/** The environment without any gateway setting of the machine running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('GATEWAY_') || name.startsWith('INTERCOM_')) delete env[name];
  }
  return { ...env, ...extra };
}

function spawnCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

function runCli(args: string[], env: Record<string, string> = {}) {
  const child = spawnCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

afterEach(() => {
  // Only children this file started, by their pid.
  for (const child of started) child.kill('SIGKILL');
  started.clear();
});

describe('grouping-gateway serve: flags', () => {
  it('--help lists every flag with its environment variable and exits 0', async () => {
    const { code, stdout } = await runCli(['serve', '--help']);
    expect(code).toBe(0);
    for (const text of ['--host', '--port', '--upstream', '--token', '--intercom-version', 'GATEWAY_PORT', 'INTERCOM_API_URL', 'INTERCOM_TOKEN', 'INTERCOM_VERSION']) {
      expect(stdout).toContain(text);
    }
    expect(stdout).toContain('(default 4000)');
  });

  const invalid: Array<{ name: string; args: string[]; env?: Record<string, string>; message: string }> = [
    { name: 'a port that is not a number', args: ['--port', 'abc'], message: "--port must be a whole number from 0 to 65535, got 'abc'" },
    { name: 'a port out of range', args: ['--port', '70000'], message: "--port must be a whole number from 0 to 65535, got '70000'" },
    { name: 'an upstream that is not a URL', args: ['--upstream', 'foo'], message: "--upstream must be an http(s) URL such as https://api.intercom.io, got 'foo'" },
    { name: 'an ftp upstream', args: ['--upstream', 'ftp://example.com', '--token', 't'], message: '--upstream must be an http(s) URL' },
    { name: 'an upstream without a token', args: ['--upstream', 'https://api.intercom.io'], message: '--token is required with --upstream (or set INTERCOM_TOKEN)' },
    { name: 'a 1.x Intercom version', args: ['--intercom-version', '1.4'], message: "--intercom-version must be a 2.x Intercom API version from 2.0 to 2.16 (the gateway speaks the 2.x API), got '1.4'" },
    { name: 'an unknown flag', args: ['--prot', '4000'], message: "unknown flag '--prot'" },
    { name: 'a flag without its value', args: ['--port'], message: '--port needs a value' },
    { name: 'a stray argument', args: ['4000'], message: "unexpected argument '4000'" },
    { name: 'a bad environment variable, named as such', args: [], env: { GATEWAY_PORT: 'eighty' }, message: "GATEWAY_PORT must be a whole number from 0 to 65535, got 'eighty'" },
    { name: 'auth none on an address that is not loopback', args: ['--host', '0.0.0.0'], message: "--host '0.0.0.0' is not a loopback address, and --auth is none" },
    { name: 'a keys file that does not exist', args: ['--auth', 'keys', '--keys-file', 'no/such/keys.json'], message: 'no/such/keys.json: not found' },
    { name: 'an upstream from the environment without a token', args: [], env: { INTERCOM_API_URL: 'https://api.intercom.io' }, message: '--token is required with INTERCOM_API_URL (or set INTERCOM_TOKEN)' },
  ];

  for (const { name, args, env, message } of invalid) {
    it(`exits 2 on ${name}, saying what to fix`, async () => {
      const { code, stderr, stdout } = await runCli(['serve', ...args], env);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).toContain("Run 'grouping-gateway serve --help'");
      expect(stdout).toBe('');
    });
  }

  it('a flag wins over its environment variable', async () => {
    // The environment value is invalid; the flag's valid value replaces it, so only the flag's error shows.
    const { code, stderr } = await runCli(['serve', '--port', 'x1'], { GATEWAY_PORT: 'eighty' });
    expect(code).toBe(2);
    expect(stderr).toContain("--port must be a whole number from 0 to 65535, got 'x1'");
    expect(stderr).not.toContain('GATEWAY_PORT');
  });
});

describe('grouping-gateway serve: running', () => {
  it('serves GraphQL on the embedded upstream, and exits cleanly on SIGTERM', async () => {
    const child = spawnCli(['serve', '--port', '0']);
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no GraphiQL line within 15 s; stderr: ${stderr}`)), 15_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /GraphiQL: http:\/\/localhost:(\d+)\/graphql/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening; stderr: ${stderr}`)));
    });
    expect(stdout).toContain('Upstream: embedded local API with demo data');
    expect(stdout).toContain('Auth: OFF');

    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });

  it('re-reads the keys file on SIGHUP, keeping the old keys when it is broken', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gg-cli-keys-'));
    const keysFile = path.join(dir, 'keys.json');
    const created = await runCli(['keys', 'create', '--scopes', 'read', '--keys-file', keysFile]);
    const key = created.stdout.trim();
    const child = spawnCli(['serve', '--port', '0', '--auth', 'keys', '--keys-file', keysFile]);
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const waitFor = (pattern: RegExp, what: string) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const deadline = Date.now() + 15_000;
        const poll = () => {
          const match = pattern.exec(stdout + stderr);
          if (match) resolve(match);
          else if (Date.now() > deadline) reject(new Error(`no ${what} within 15 s; stderr: ${stderr}`));
          else setTimeout(poll, 25);
        };
        poll();
      });
    const port = Number((await waitFor(/GraphiQL: http:\/\/localhost:(\d+)\/graphql/, 'GraphiQL line'))[1]);
    expect(stdout).toContain(`Auth: API keys from ${keysFile}`);
    const query = () =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      }).then((response) => response.status);
    expect(await query()).toBe(200);

    await writeFile(keysFile, 'not json');
    await waitFor(/reload failed/, 'reload failure from the file watch');
    const failuresBefore = (stderr.match(/reload failed/g) ?? []).length;
    child.kill('SIGHUP');
    await new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 10_000;
      const poll = () => {
        if ((stderr.match(/reload failed/g) ?? []).length > failuresBefore) resolve();
        else if (Date.now() > deadline) reject(new Error('SIGHUP did not reload'));
        else setTimeout(poll, 25);
      };
      poll();
    });
    expect(stderr).toContain('is not valid JSON');
    expect(await query()).toBe(200); // the old keys stay
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  });
});
