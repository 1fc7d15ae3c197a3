/**
 * The compiled gateway as production runs it: `npm run build`'s compiler settings (tsconfig.build.json)
 * into a scratch directory, then plain `node dist/cli/main.js serve` on a configured upstream — no
 * TypeScript loader. It must start and answer; how fast is the benchmark's business (bench/), not a
 * test's: timings on a shared machine are not a pass/fail signal.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the compiled gateway (npm run build output)', () => {
  let scratch: string;
  let api: LocalApi;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'gateway-build-'));
    // Next to node_modules and a package.json of type module, as dist/ sits in a checkout.
    symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
    writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ type: 'module' }));
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    // --noCheck: the same emit without type-checking the project again (a third of the time);
    // isolatedModules guarantees each file's output does not depend on the checker.
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck', '--outDir', path.join(scratch, 'dist')], {
      cwd: root,
      encoding: 'utf8',
    });
    // Type errors are the typecheck's to report; what matters here is that the entry was emitted.
    if (!existsSync(path.join(scratch, 'dist', 'cli', 'main.js'))) throw new Error(`build emitted nothing: ${build.stdout}${build.stderr}`);
    api = await startLocalApi({ port: 0, seed: 'demo' });
  }, 180_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await api?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('starts with plain node on a configured upstream and answers, { __typename } first, then a real query', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GATEWAY_|INTERCOM_|NODE_OPTIONS$)/.test(name)));
    child = spawn(
      process.execPath,
      [path.join(scratch, 'dist', 'cli', 'main.js'), 'serve', '--port', '0', '--upstream', api.url, '--token', api.token],
      { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no GraphiQL line within 30 s; stderr: ${stderr}`)), 30_000);
      child!.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /GraphiQL: http:\/\/localhost:(\d+)\/graphql/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child!.once('exit', (code) => reject(new Error(`exited with ${code}; stderr: ${stderr}`)));
    });
    expect(stdout).toContain(`Upstream: ${new URL(api.url).origin} (Intercom-Version 2.11)`);

    const ask = async (query: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await ask('{ __typename }')).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const tags = await ask('{ tags { name } }');
    expect(tags.status).toBe(200);
    expect(JSON.stringify(tags.body)).toContain('"name":"multi-id"');
    expect(stderr).toBe('');
  }, 60_000);
});
