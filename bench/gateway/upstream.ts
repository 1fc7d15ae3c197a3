/**
 * The local grouping API the benchmark runs against, in processes of its own: one SQLite file,
 * seeded here (deterministically), then served by one `grouping-gateway local-api` child per
 * injected latency, so every child sees identical data and none shares an event loop with the load
 * generator or with the in-process gateways that count calls. The harness keeps its own handle on
 * the file to pick query variables (and, before any child starts, to shape data in bulk).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/local-api/db/open.js';
import { seedDatabase } from '../../src/local-api/seed/index.js';
import { localApiChild, startChild, type Child } from './children.js';

export const BENCH_TOKEN = 'bench-token';

export interface Upstream {
  /** Base URL on 127.0.0.1. */
  url: string;
  token: string;
  /** The child's pid (its CPU is not the gateway's, but a reader may want to watch it). */
  pid: number;
}

export interface Upstreams {
  /** Latency in ms → the local API child answering with it. */
  byLatency: Map<number, Upstream>;
  /** The harness's own handle on the seeded file, to pick variables that name real rows. */
  db: Db;
  /** The seeded SQLite file, for further children on the same data (upstream-count.ts). */
  file: string;
  close(): Promise<void>;
}

/**
 * Seeds `contacts` generated contacts into a new temp file, lets `prepare` change the data in bulk
 * (before any child has the file open), then starts one local API child per latency on it.
 */
export async function startUpstreams(contacts: number, latencies: readonly number[], prepare?: (db: Db) => void): Promise<Upstreams> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-bench-'));
  const file = join(dir, 'bench.db');
  const children: Child[] = [];
  let db: Db | undefined;
  const close = async () => {
    await Promise.all(children.map((child) => child.stop()));
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    db = openDatabase(file);
    seedDatabase(db, contacts, { progress: false, now: Math.floor(Date.now() / 1000) });
    prepare?.(db);
    const byLatency = new Map<number, Upstream>();
    for (const latencyMs of latencies) {
      const child = await startChild(localApiChild(file, BENCH_TOKEN, latencyMs));
      children.push(child);
      byLatency.set(latencyMs, { url: child.url, token: BENCH_TOKEN, pid: child.pid });
    }
    return { byLatency, db, file, close };
  } catch (error) {
    await close();
    throw error;
  }
}
