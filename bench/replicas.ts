/**
 * `npm run bench:replicas [-- flags]`: one gateway replica vs two vs three on this machine, sharing
 * one Redis, in front of one local API.
 *
 * Seeds a SQLite file deterministically (10,000 contacts), serves it with a local API child that
 * counts what it receives (2 worker threads, rate limit lifted so it never binds, 20 ms injected
 * latency by default: what a frontend waits on against Intercom), starts a real redis-server on
 * 127.0.0.1 (test/gateway/redis-server.ts), then for 1, 2 and 3 replicas of the compiled gateway
 * with `--redis`: every replica answers every reference query once (checked against the reference
 * answer), a short warm-up load, then a bounded closed-loop load — a fixed number of clients for a
 * fixed time — of the reference queries mixed, spread round-robin over the replicas
 * (replicas/mixed-load.ts). Redis is restarted empty between configurations, so none starts with
 * the previous one's caches.
 *
 * Reports req/s, p50, p99, failures (every response must equal its query's reference), upstream
 * calls per request (counted at the upstream), CPU per request of all gateway processes together
 * (from /proc), of the upstream and of Redis, and the load average before and after each
 * configuration. Writes bench/results/replicas.json (replicas-quick.json with --quick). Everything
 * binds 127.0.0.1; only the children started here are stopped, by their PID.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestRedis, type TestRedis } from '../test/gateway/redis-server.js';
import { compiledGateway, ROOT, startChild, type Child } from './gateway/children.js';
import { quiesce, referenceAnswer } from './gateway/measure.js';
import { cpuMs } from './gateway/proc-stats.js';
import { referenceQueries } from './gateway/queries.js';
import { describeMachine, loadAverage } from './gateway/report.js';
import { createResponseChecker } from './gateway/response-check.js';
import { BENCH_TOKEN, startUpstreams } from './gateway/upstream.js';
import { startCountingUpstream, type CountingUpstream } from './gateway/upstream-count.js';
import { runMixedLoad, type MixedQuery } from './replicas/mixed-load.js';
import { failureLines, formatReplicaTable, perRequest, type ReplicaConfiguration } from './replicas/report.js';
import { parseReplicaFlags, REPLICAS_USAGE } from './replicas/flags.js';

const RESULTS_FILE = fileURLToPath(new URL('./results/replicas.json', import.meta.url));
const QUICK_RESULTS_FILE = fileURLToPath(new URL('./results/replicas-quick.json', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');

const parsed = parseReplicaFlags(process.argv.slice(2));
if (parsed.kind === 'help') {
  console.log(REPLICAS_USAGE);
  process.exit(0);
}
if (parsed.kind === 'error') {
  console.error(`bench:replicas: ${parsed.message}\n\n${REPLICAS_USAGE}`);
  process.exit(2);
}
const settings = parsed.settings;

function log(message: string): void {
  console.error(`[bench:replicas ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first (npm run bench:replicas does)`);
  const machine = describeMachine();
  const notes: string[] = [];
  const rows: ReplicaConfiguration[] = [];

  log(`seeding ${settings.contacts} contacts`);
  const seeded = await startUpstreams(settings.contacts, []);
  let upstream: CountingUpstream | undefined;
  let redis: TestRedis | undefined;
  try {
    upstream = await startCountingUpstream(seeded.file, BENCH_TOKEN, settings.latencyMs);
    redis = await startTestRedis();
    const queries = referenceQueries(seeded.db);
    let references: MixedQuery[] | null = null;

    for (const [index, replicas] of settings.replicas.entries()) {
      if (index > 0) await redis.restart();
      log(`${replicas} replica(s) with --redis, ${settings.latencyMs} ms upstream latency`);
      const children: Child[] = [];
      try {
        for (let i = 0; i < replicas; i++) {
          children.push(await startChild(compiledGateway(upstream.url, BENCH_TOKEN, 'batched', undefined, { args: ['--redis', redis.url], label: `replica ${i + 1}` })));
        }
        const urls = children.map((child) => child.url);
        references ??= await referenceAnswers(urls[0]!, queries.map((query) => ({ name: query.name, body: JSON.stringify({ query: query.document, variables: query.variables }) })));
        // Every replica answers every query once (fills its own caches and Redis's), then a short mixed load.
        let warmupFailed = 0;
        let warmupFirstFailure: string | null = null;
        for (const [i, url] of urls.entries()) {
          for (const query of references) {
            const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: query.body });
            const bytes = new Uint8Array(await response.arrayBuffer());
            const verdict = createResponseChecker(query.expected)(response.status, bytes);
            if (verdict !== 'ok') {
              warmupFailed += 1;
              warmupFirstFailure ??= `${query.name} on replica ${i + 1}: ${verdict}: ${response.status} ${Buffer.from(bytes).toString('utf8').slice(0, 200)}`;
            }
          }
        }
        const warmup = await runMixedLoad(urls, references, { clients: settings.clients, maxSeconds: settings.warmupSeconds, maxRequests: 1_000_000 });
        warmupFailed += warmup.failed;
        warmupFirstFailure ??= warmup.firstFailure;
        await Promise.all(children.map((child) => quiesce(child.pid)));

        const loadAverageBefore = loadAverage();
        const mark = (await upstream.since(0)).count;
        const pids = { gateways: children.map((child) => child.pid), upstream: upstream.pid, redis: redis.pid! };
        const before = { gateways: pids.gateways.map(cpuMs), upstream: cpuMs(pids.upstream), redis: cpuMs(pids.redis) };
        log(`load: ${settings.clients} clients for ${settings.seconds} s over ${replicas} replica(s)`);
        const load = await runMixedLoad(urls, references, { clients: settings.clients, maxSeconds: settings.seconds, maxRequests: settings.maxRequests });
        const after = { gateways: pids.gateways.map(cpuMs), upstream: cpuMs(pids.upstream), redis: cpuMs(pids.redis) };
        const loadAverageAfter = loadAverage();
        // Requests abandoned after the drain time may still be calling the upstream: count their calls (pessimistic).
        await Promise.all(children.map((child) => quiesce(child.pid)));
        if (load.abandoned > 0) notes.push(`${replicas} replica(s): ${load.abandoned} requests unanswered 30 s after the load's end were abandoned; their upstream calls are counted`);
        const received = await upstream.since(mark);
        const byReplica = after.gateways.map((ms, i) => ms - before.gateways[i]!);
        const row: ReplicaConfiguration = {
          replicas,
          load,
          warmupFailed,
          upstreamCallsPerRequest: perRequest(received.calls, load.requests),
          upstreamStatuses: received.statuses,
          gatewayCpuMsPerRequest: perRequest(byReplica.reduce((sum, ms) => sum + ms, 0), load.requests),
          gatewayCpuMsByReplica: byReplica,
          upstreamCpuMsPerRequest: perRequest(after.upstream - before.upstream, load.requests),
          redisCpuMsPerRequest: perRequest(after.redis - before.redis, load.requests),
          loadAverageBefore,
          loadAverageAfter,
        };
        rows.push(row);
        if (warmupFirstFailure && load.failed === 0) notes.push(`${replicas} replica(s), warm-up: ${warmupFirstFailure}`);
        const non200 = Object.entries(received.statuses).filter(([status]) => status !== '200' && status !== 'pending');
        if (non200.length > 0) notes.push(`${replicas} replica(s): the upstream answered ${non200.map(([status, n]) => `${n} × ${status}`).join(', ')}`);
        if (loadAverageBefore[0]! >= machine.cores) notes.push(`${replicas} replica(s): machine loaded before the load (load average ${loadAverageBefore.join(', ')} on ${machine.cores} cores)`);
        log(`${replicas} replica(s): ${load.reqPerSec.toFixed(1)} req/s, p50 ${load.p50Ms?.toFixed(1)} ms, ${load.failed} failed`);
      } finally {
        await Promise.all(children.map((child) => child.stop()));
      }
    }
  } finally {
    await redis?.stop();
    await upstream?.stop();
    await seeded.close();
  }

  const results = {
    date: new Date().toISOString(),
    mode: settings.quick ? 'quick' : 'full',
    machine: { ...machine, loadAverageAtEnd: loadAverage() },
    settings: {
      ...settings,
      upstream: `one local API child (dist/, --workers 2, rate limit lifted, ${settings.latencyMs} ms latency) counting what it receives`,
      gateway: 'dist/cli/main.js serve --redis URL, defaults otherwise (list and entity caches on, response cache off), cost limits lifted',
      queries: 'every reference query of bench/queries, round-robin over the replicas',
    },
    notes,
    configurations: rows,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  const file = settings.quick ? QUICK_RESULTS_FILE : RESULTS_FILE;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

  const failures = failureLines(rows);
  console.log(`\nGateway replicas (${results.mode}) — ${results.date} — ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);
  console.log(`${settings.clients} clients, closed loop, ${settings.seconds} s per configuration; every reference query in turn, round-robin over the replicas;`);
  console.log(`one local API (${settings.latencyMs} ms latency, 2 workers) and one Redis; every response checked against its query's reference\n`);
  console.log(formatReplicaTable(rows));
  console.log(
    `\nOn ${machine.cores} cores the load generator, the local API (2 worker threads), Redis and every replica share the same CPUs: ` +
      'more gateway processes than free cores add processes, not CPU.',
  );
  for (const line of failures) console.log(line);
  for (const note of notes) console.log(`note: ${note}`);
  console.log(`\n${results.seconds} s; results in ${file}`);
  if (failures.length > 0) process.exitCode = 1;
}

/** Each query's answer from one replica (gateway/measure.ts's `referenceAnswer`), in turn. */
async function referenceAnswers(url: string, queries: Array<{ name: string; body: string }>): Promise<MixedQuery[]> {
  const answers: MixedQuery[] = [];
  for (const query of queries) answers.push({ ...query, expected: await referenceAnswer(url, query.body, query.name) });
  return answers;
}

await main();
