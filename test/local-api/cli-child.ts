/**
 * Test support: runs `bin/grouping-gateway local-api` as a real child process and waits for the line
 * that announces its URL. Children are ended by their own pid only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/grouping-gateway', import.meta.url));

export interface RunningCli {
  child: ChildProcess;
  url: string;
  /** Everything the child printed so far. */
  output(): string;
  /** Resolves with the exit code (or signal name) once the child has ended. */
  exited: Promise<number | string>;
}

export async function startCli(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<RunningCli> {
  const child = spawn(BIN, ['local-api', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`local-api did not start within ${timeoutMs} ms:\n${text}`));
    }, timeoutMs);
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`local-api exited (${code}) before listening:\n${text}`));
    });
  });
  return { child, url, output: () => text, exited };
}

/** Runs the CLI to completion (for flags that make it exit) and returns its status and output. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(BIN, ['local-api', ...args], { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A flag that wrongly let the service start must not hang the test: end this child after 30 s.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export const jsonHeaders = (token: string, extra: Record<string, string> = {}) => ({
  accept: 'application/json',
  authorization: `Bearer ${token}`,
  ...extra,
});
