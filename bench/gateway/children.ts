/**
 * The processes the benchmark runs — the servers whose CPU and memory it measures, and the local
 * API they call — each started with `node` directly (no npm, no shell, no TypeScript loader) so that
 * the pid we read /proc for is the server itself, and so that no server shares the load generator's
 * event loop. Only these children are ever stopped, by their own pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoaderMode } from '../../src/loaders/tuning.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const MEMORY_YOGA = fileURLToPath(new URL('./children/memory-yoga.mjs', import.meta.url));
const COUNTING_LOCAL_API = fileURLToPath(new URL('./children/counting-local-api.mjs', import.meta.url));

export interface Child {
  pid: number;
  /** What the child announced: the GraphQL endpoint of a gateway, the base URL of a local API; on 127.0.0.1. */
  url: string;
  /** ms from spawn to the line that announced the URL. */
  announcedAfterMs: number;
  /** That line, whole: a child may announce more than its URL (counting-local-api.mjs, its record port). */
  announcement: string;
  stop(): Promise<void>;
}

export interface ChildSpec {
  label: string;
  args: string[];
  env?: Record<string, string>;
  /** Turns one stdout line into the child's URL, or undefined for lines that are not it. */
  parseUrl(line: string): string | undefined;
}

/** Upstream calls one request may make in the benchmark's gateways: above every reference query's estimate. */
export const BENCH_MAX_UPSTREAM_CALLS = 5_000;

/**
 * `grouping-gateway serve` from dist/ on a configured upstream; it prints "GraphiQL: http://localhost:PORT/graphql".
 * `loaders` picks the benchmark's baselines: `naive` (batching and every cache off) and `dedupe`
 * (naive plus de-duplication of identical reads within a request) — `serve --loaders`.
 */
export function compiledGateway(
  upstream: string,
  token: string,
  loaders: LoaderMode = 'batched',
  connections?: number,
  extra: { args?: readonly string[]; label?: string } = {},
): ChildSpec {
  const args = [CLI, 'serve', '--host', '127.0.0.1', '--port', '0', '--upstream', upstream, '--token', token, '--loaders', loaders];
  // One client sends everything here: a per-caller budget would measure the budget, not the gateway.
  args.push('--caller-calls-per-minute', '0');
  // The cost estimate assumes no cross-request cache: TagExplorerCompanies is estimated at about
  // 1,051 calls, over serve's default limit of 200, and would be refused before it runs.
  args.push('--max-upstream-calls', String(BENCH_MAX_UPSTREAM_CALLS));
  if (connections !== undefined) args.push('--connections', String(connections));
  args.push(...(extra.args ?? []));
  return {
    label: extra.label ?? (loaders === 'batched' ? 'gateway' : `${loaders} gateway`),
    args,
    parseUrl: (line) => {
      const port = /GraphiQL: http:\/\/[^\s/"]+:(\d+)\/graphql/.exec(line)?.[1];
      return port ? `http://127.0.0.1:${port}/graphql` : undefined;
    },
  };
}

/** The machine has 2 cores: two worker threads serve a round of concurrent calls in parallel, as Intercom does; more would only queue. */
const UPSTREAM_WORKERS = 2;

/**
 * `grouping-gateway local-api` from dist/ on an already seeded SQLite file (`--seed none`: a file
 * found empty stays empty rather than being seeded with something else), answering after
 * `latencyMs`, with the rate limit lifted — the naive gateway would otherwise hit the default
 * 10,000 calls a minute and measure 429s instead of itself.
 */
export function localApiChild(dbFile: string, token: string, latencyMs: number): ChildSpec {
  return {
    label: `local API (${latencyMs} ms)`,
    args: [CLI, 'local-api', '--host', '127.0.0.1', '--port', '0', '--db', dbFile, '--seed', 'none', '--token', token, '--rate-limit', '100000000', '--latency-ms', String(latencyMs), '--workers', String(UPSTREAM_WORKERS)],
    parseUrl: (line) => /^local-api listening on (http:\/\/127\.0\.0\.1:\d+) /.exec(line)?.[1],
  };
}

/**
 * The same local API as `localApiChild` (same compiled code, workers, lifted rate limit), keeping a
 * record of every request it receives: upstream calls counted at the upstream's side
 * (upstream-count.ts). Not used for the main table's loads, whose baselines make many calls.
 */
export function countingLocalApiChild(dbFile: string, token: string, latencyMs: number): ChildSpec {
  return {
    label: `counting local API (${latencyMs} ms)`,
    args: [COUNTING_LOCAL_API, dbFile, token, String(latencyMs), String(UPSTREAM_WORKERS)],
    parseUrl: (line) => /^counting-local-api listening on (http:\/\/127\.0\.0\.1:\d+) record /.exec(line)?.[1],
  };
}

const announced = (line: string) => /^listening (http:\/\/127\.0\.0\.1:\d+\/graphql)$/.exec(line)?.[1];

export function memoryYogaChild(fixtureFile: string): ChildSpec {
  return { label: 'memory-yoga', args: [MEMORY_YOGA, fixtureFile], parseUrl: announced };
}

export function startChild(spec: ChildSpec, timeoutMs = 30_000): Promise<Child> {
  const started = performance.now();
  const child = spawn(process.execPath, spec.args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4_000);
  });

  return new Promise<Child>((resolve, reject) => {
    let buffered = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      void stopProcess(child).finally(() => reject(new Error(`${spec.label} child ${why}\n${stderr}`)));
    };
    const timer = setTimeout(() => fail(`announced no URL within ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before announcing its URL`));
    child.stdout!.setEncoding('utf8').on('data', function onData(chunk: string) {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const url = spec.parseUrl(line.trim());
        if (!url) continue;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.stdout!.off('data', onData);
        child.stdout!.resume(); // keep draining so a chatty child never blocks on a full pipe
        resolve({ pid: child.pid!, url, announcedAfterMs: performance.now() - started, announcement: line.trim(), stop: () => stopProcess(child) });
        return;
      }
    });
  });
}

/** SIGTERM to this child's pid, SIGKILL after 5 s if it has not exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
