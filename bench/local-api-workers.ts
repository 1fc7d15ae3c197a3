/**
 * `npm run bench:local-api-workers`: what `--workers` buys. Seeds a generated workspace into a
 * temporary SQLite file, then for each worker count starts the local API from the CLI as a child
 * process (the load generator keeps its own event loop) with 20 ms of injected latency, and times
 * rounds of concurrent contact searches by tag — the shape of the gateway's fan-out — on loopback.
 * Against Intercom, which serves calls in parallel, a round costs about one latency plus one service
 * time; a service that answers one call at a time costs one latency plus a service time per call.
 *
 * Bounded: ROUNDS rounds of CONCURRENCY calls per worker count and pass. Writes
 * bench/results/local-api-workers.json. The machine's load average is recorded before and after each
 * run: other processes share the cores and move the numbers.
 *
 * Environment: BENCH_CONTACTS (default 10000), BENCH_ROUNDS (default 30), BENCH_CONCURRENCY
 * (default 20), BENCH_LATENCY_MS (default 20), BENCH_WORKERS (default "1,2"), BENCH_PASSES (default 2:
 * the worker counts are run in turn, twice, so drifting load hits both).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/local-api/db/open.js';
import { seedDatabase } from '../src/local-api/seed/index.js';
import { percentile } from './gateway/load.js';
import { startLocalApiCli } from './local-api-cli.js';

const contacts = Number(process.env.BENCH_CONTACTS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 20);
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 20);
const passes = Number(process.env.BENCH_PASSES ?? 2);
const workerCounts = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const WARMUP_ROUNDS = 3;
const TOKEN = 'bench';
const RESULTS = fileURLToPath(new URL('./results/local-api-workers.json', import.meta.url));

interface Run {
  workers: number;
  pass: number;
  /** One search alone (sequential calls): latency plus one service time. */
  singleP50: number;
  /** A round of `concurrency` searches sent at once, until the last answer. */
  roundP50: number;
  roundP90: number;
  roundMax: number;
  loadBefore: number;
  loadAfter: number;
}

async function main(): Promise<void> {
  for (const [name, value] of Object.entries({ contacts, rounds, concurrency, latencyMs, passes })) {
    if (!Number.isInteger(value) || value < 1 || value > 1_000_000) throw new Error(`${name} must be a whole number from 1 to 1000000, got ${value}`);
  }
  if (workerCounts.some((n) => !Number.isInteger(n) || n < 1 || n > 16)) throw new Error(`BENCH_WORKERS must list worker counts from 1 to 16, got ${workerCounts.join(',')}`);
  const dir = mkdtempSync(join(tmpdir(), 'local-api-workers-bench-'));
  const file = join(dir, 'bench.db');
  try {
    console.error(`seeding ${contacts.toLocaleString('en')} contacts …`);
    const db = openDatabase(file);
    seedDatabase(db, contacts, { progress: false, now: Math.floor(Date.now() / 1000) });
    db.close();

    const runs: Run[] = [];
    for (let pass = 1; pass <= passes; pass++) {
      for (const workers of workerCounts) {
        const run = await measure(file, workers, pass);
        runs.push(run);
        console.error(
          `  pass ${pass}, --workers ${workers}: one search p50 ${run.singleP50} ms; round of ${concurrency} p50 ${run.roundP50} ms, p90 ${run.roundP90} ms (load ${run.loadBefore} → ${run.loadAfter})`,
        );
      }
    }
    printTable(runs);
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
      contacts,
      latencyMs,
      concurrency,
      rounds,
      query: 'POST /contacts/search tag_id = <one of the tags>, per_page 20 (2.11)',
      runs,
    };
    mkdirSync(join(RESULTS, '..'), { recursive: true });
    writeFileSync(RESULTS, JSON.stringify(report, null, 2) + '\n');
    console.log(`results in ${RESULTS}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(file: string, workers: number, pass: number): Promise<Run> {
  const service = await startLocalApiCli(file, TOKEN, ['--latency-ms', String(latencyMs), '--workers', String(workers)]);
  try {
    const tags = ((await call(service.url, 'GET', '/tags')).body as { data: { id: string }[] }).data.map((t) => t.id);
    if (tags.length === 0) throw new Error('the seeded workspace has no tags');
    const search = async (i: number) => {
      const res = await call(service.url, 'POST', '/contacts/search', { query: { field: 'tag_id', operator: '=', value: tags[i % tags.length] }, pagination: { per_page: 20 } });
      if (res.status !== 200) throw new Error(`search answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
    };
    const round = async () => {
      const started = performance.now();
      await Promise.all(Array.from({ length: concurrency }, (_, i) => search(i)));
      return performance.now() - started;
    };
    for (let i = 0; i < WARMUP_ROUNDS; i++) await round();
    const loadBefore = loadavg()[0]!;
    const singles: number[] = [];
    for (let i = 0; i < concurrency; i++) {
      const started = performance.now();
      await search(i);
      singles.push(performance.now() - started);
    }
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(await round());
    singles.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    // Neither is empty (concurrency and rounds are at least 1), so every percentile is a number.
    return {
      workers,
      pass,
      singleP50: ms(percentile(singles, 50)!),
      roundP50: ms(percentile(times, 50)!),
      roundP90: ms(percentile(times, 90)!),
      roundMax: ms(Math.max(...times)),
      loadBefore: Number(loadBefore.toFixed(2)),
      loadAfter: Number(loadavg()[0]!.toFixed(2)),
    };
  } finally {
    await service.stop();
  }
}

function printTable(runs: Run[]): void {
  console.log(`\nA round of ${concurrency} concurrent searches at ${latencyMs} ms injected latency (${contacts.toLocaleString('en')} contacts, ${cpus().length} cores)`);
  console.log('| workers | pass | one search p50 | round p50 | round p90 | round max | load 1 min (before → after) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of runs) {
    console.log(`| ${r.workers} | ${r.pass} | ${r.singleP50} ms | ${r.roundP50} ms | ${r.roundP90} ms | ${r.roundMax} ms | ${r.loadBefore} → ${r.loadAfter} |`);
  }
}

async function call(url: string, method: string, path: string, body?: unknown) {
  const res = await fetch(url + path, {
    method,
    headers: { accept: 'application/json', authorization: `Bearer ${TOKEN}`, 'intercom-version': '2.11', ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

const ms = (value: number) => Number(value.toFixed(1));

await main();
