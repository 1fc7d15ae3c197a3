/**
 * The local grouping API the benchmark runs against, in this process: one seeded SQLite file served
 * twice, once answering at once and once with injected latency, so both see identical data. Its
 * rate limit is lifted — the naive gateway would hit the default 10,000 calls a minute and measure
 * 429s instead of itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

export const BENCH_TOKEN = 'bench-token';
const NO_RATE_LIMIT = 1_000_000_000;
/** The machine has 2 cores; more threads than cores only queue. */
const UPSTREAM_WORKERS = 2;

export interface Upstreams {
  /** Latency in ms → the local API answering with it. */
  byLatency: Map<number, LocalApi>;
  /** The store (same file for every instance), to pick variables and bulk-load data. */
  db: LocalApi['db'];
  close(): Promise<void>;
}

export async function startUpstreams(contacts: number, latencies: readonly number[]): Promise<Upstreams> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-bench-'));
  const file = join(dir, 'bench.db');
  const byLatency = new Map<number, LocalApi>();
  try {
    for (const latencyMs of latencies) {
      // The first start seeds the file; later ones find it filled and only open it. Two workers
      // serve a round of concurrent calls in parallel, as Intercom does, instead of one by one.
      const api = await startLocalApi({ port: 0, db: file, seed: contacts, tokens: [BENCH_TOKEN], rateLimit: NO_RATE_LIMIT, faults: { latencyMs }, workers: UPSTREAM_WORKERS });
      byLatency.set(latencyMs, api);
    }
  } catch (error) {
    await Promise.all([...byLatency.values()].map((api) => api.close()));
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const first = byLatency.get(latencies[0]!)!;
  return {
    byLatency,
    db: first.db,
    async close() {
      await Promise.all([...byLatency.values()].map((api) => api.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A local API of its own (in memory), for the big-tag paging run. */
export async function startPagingUpstream(contacts: number): Promise<LocalApi> {
  return startLocalApi({ port: 0, db: ':memory:', seed: contacts, tokens: [BENCH_TOKEN], rateLimit: NO_RATE_LIMIT });
}
