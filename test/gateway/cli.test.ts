/**
 * `grouping-gateway serve` as an operator runs it. The flag and environment rules run in-process
 * (the command's own `main`, its output recorded); real child processes show what only a process
 * can: the exit status, `npm start` stopping as a whole on one signal, and what goes into a log file.
 * Every child is ended by its own pid (ChildProcess.kill), never by name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/serve.js';
import { startLocalApi } from '../../src/local-api/index.js';
import { recordOutput } from '../cli-output.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = new Set<ChildProcess>();

/** The environment without any gateway setting of the machine running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('GATEWAY_') || name.startsWith('INTERCOM_') || name.startsWith('npm_')) delete env[name];
  }
  return { ...env, ...extra };
}

function spawnChild(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd: root, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      started.delete(child);
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  /** Resolves with the port once the GraphiQL line is printed. */
  const listening = () =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no GraphiQL line within 30 s; stderr: ${stderr}`)), 30_000);
      const check = () => {
        const match = /GraphiQL: http:\/\/localhost:(\d+)\/graphql/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', check);
      void exited.then((code) => reject(new Error(`exited with ${code} before listening; stderr: ${stderr}`)));
    });
  return { child, exited, listening, stdout: () => stdout, stderr: () => stderr };
}

afterEach(() => {
  // Only children this file started, by their pid.
  for (const child of started) child.kill('SIGKILL');
  started.clear();
});

/** Runs `serve` in-process with its output recorded; a valid configuration would start it, so only bad ones are passed. */
async function serve(args: string[], env: Record<string, string> = {}) {
  const output = recordOutput();
  await main(args, env, output);
  return output;
}

describe('grouping-gateway serve: flags', () => {
  it('--help lists every flag with its environment variable and default', async () => {
    const output = await serve(['--help']);
    expect(output.status).toBeUndefined();
    for (const text of ['--host', '--port', '--upstream', '--token', '--intercom-version', '--connections', '--loaders', '--list-cache-ttl-ms', '--response-cache-ttl-ms', 'GATEWAY_PORT', 'INTERCOM_API_URL', 'INTERCOM_TOKEN', 'INTERCOM_VERSION']) {
      expect(output.stdout).toContain(text);
    }
    expect(output.stdout).toContain('(default 4000)');
    expect(output.stdout).toContain('(default 2.11)');
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
    { name: 'a keys file that does not exist', args: ['--auth', 'keys', '--keys-file', 'no/such/keys.json'], message: `keys file ${path.resolve('no/such/keys.json')}: not found` },
    { name: 'an upstream from the environment without a token', args: [], env: { INTERCOM_API_URL: 'https://api.intercom.io' }, message: '--token is required with INTERCOM_API_URL (or set INTERCOM_TOKEN)' },
  ];

  for (const { name, args, env, message } of invalid) {
    it(`exits 2 on ${name}, saying what to fix`, async () => {
      const output = await serve(args, env);
      expect(output.status).toBe(2);
      expect(output.stderr).toContain(`grouping-gateway serve: ${message}`);
      expect(output.stderr).toContain("Run 'grouping-gateway serve --help'");
      expect(output.stdout).toBe('');
    });
  }

  it('a flag wins over its environment variable', async () => {
    // The environment value is invalid; the flag's value replaces it, so only the flag's error shows.
    const output = await serve(['--port', 'x1'], { GATEWAY_PORT: 'eighty' });
    expect(output.status).toBe(2);
    expect(output.stderr).toContain("--port must be a whole number from 0 to 65535, got 'x1'");
    expect(output.stderr).not.toContain('GATEWAY_PORT');
  });

  it('exits with status 2 as a process, printing only to stderr', async () => {
    const run = spawnChild(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { GATEWAY_PORT: 'eighty' });
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toContain("grouping-gateway serve: GATEWAY_PORT must be a whole number from 0 to 65535, got 'eighty'");
    expect(run.stdout()).toBe('');
  }, 60_000);
});

// Processes start slowly on a busy machine: the tests that spawn one get a minute, not the default 20 s.

/** Whether something accepts connections on 127.0.0.1:port. */
function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('grouping-gateway serve: as a process', () => {
  it('npm start: one SIGTERM to its pid stops the gateway and frees the port; WARN lines carry no colour off a terminal', async () => {
    const api = await startLocalApi({ port: 0, seed: 'none', tokens: ['right-token'] });
    try {
      // Settings from the environment, as a deployment gives them; a token the upstream refuses, so
      // a query makes the gateway log an UNAUTHENTICATED warning for the operator.
      const npm = spawnChild('npm', ['start', '--', '--port', '0'], { INTERCOM_API_URL: api.url, INTERCOM_TOKEN: 'wrong-token' });
      const port = await npm.listening();
      const query = (text: string) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: text }),
        }).then((response) => response.json());
      expect(await query('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
      const refused = (await query('{ tags { name } }')) as { errors: Array<{ extensions: { code: string } }> };
      expect(refused.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');

      // The pid npm start was given, and nothing else: no process group, no search by name.
      process.kill(npm.child.pid!, 'SIGTERM');
      expect(await npm.exited).toBe(0);
      expect(npm.stdout()).toContain('Auth: OFF');
      expect(npm.stdout()).toContain('SIGTERM received, closing');
      expect(await accepting(port)).toBe(false);

      // One JSON line per warning (pino), never a colour code: a log file gets what a log shipper parses.
      expect(npm.stdout()).toMatch(/"level":40.*UNAUTHENTICATED/);
      expect(npm.stderr() + npm.stdout()).not.toContain('\x1b[');
    } finally {
      await api.close();
    }
  }, 60_000);

  it('re-reads the keys file on SIGHUP, keeping the old keys when it is broken', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gg-cli-keys-'));
    try {
      const keysFile = path.join(dir, 'keys.json');
      const create = spawnChild(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'keys', 'create', '--scopes', 'read', '--keys-file', keysFile]);
      expect(await create.exited).toBe(0);
      const key = create.stdout().trim();
      const gateway = spawnChild(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--auth', 'keys', '--keys-file', keysFile]);
      const port = await gateway.listening();
      expect(gateway.stdout()).toContain(`Auth: API keys from ${keysFile}`);
      const query = () =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        }).then((response) => response.status);
      expect(await query()).toBe(200);

      const failures = () => (gateway.stderr().match(/reload failed/g) ?? []).length;
      const until = (done: () => boolean, what: string) =>
        new Promise<void>((resolve, reject) => {
          const deadline = Date.now() + 15_000;
          const poll = () => (done() ? resolve() : Date.now() > deadline ? reject(new Error(`${what} within 15 s; stderr: ${gateway.stderr()}`)) : setTimeout(poll, 25));
          poll();
        });
      await writeFile(keysFile, 'not json');
      await until(() => failures() > 0, 'no reload failure from the file watch');
      const before = failures();
      gateway.child.kill('SIGHUP');
      await until(() => failures() > before, 'SIGHUP did not reload');
      expect(gateway.stderr()).toContain('is not valid JSON');
      expect(await query()).toBe(200); // the old keys stay
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
