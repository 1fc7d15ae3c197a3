/**
 * The local API benchmarks' service: `grouping-gateway local-api` run from the CLI as an operator
 * would, in a child process of its own (the load generator keeps its own event loop), on an already
 * seeded file (`--seed none`) with the rate limit lifted so that it never binds. Started and stopped
 * by the tests' own CLI helper (test/local-api/cli-child.ts), ended by its pid.
 */
import { startCli } from '../test/local-api/cli-child.js';

export interface LocalApiService {
  url: string;
  stop(): Promise<void>;
}

/** `extraArgs`: further `local-api` flags (`--latency-ms`, `--workers`). */
export async function startLocalApiCli(file: string, token: string, extraArgs: readonly string[] = []): Promise<LocalApiService> {
  const cli = await startCli(['--db', file, '--seed', 'none', '--token', token, '--rate-limit', '100000000', ...extraArgs]);
  // What the service reports while the benchmark runs (an unexpected error) stays visible.
  cli.child.stderr!.pipe(process.stderr);
  return {
    url: cli.url,
    async stop() {
      process.kill(cli.child.pid!, 'SIGTERM');
      await cli.exited;
    },
  };
}
