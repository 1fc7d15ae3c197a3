/**
 * `npm run bench [-- --quick]`: the gateway measured against the ideal.
 *
 * Starts the local grouping API (seeded deterministically; 0 ms and 20 ms injected latency), then
 * for each reference query in bench/queries:
 *   - in this process: upstream calls and sequential rounds per request, for the gateway and the
 *     naive gateway (loader batching and caching off) — bench/gateway/in-process.ts;
 *   - as child processes on compiled output: req/s, p50/p99 (autocannon, one client, bounded in
 *     count and time), peak RSS and CPU ms per request of the gateway, the naive gateway, and
 *     graphql-yoga serving the identical response from memory (the CPU floor).
 * Then the cold start of the compiled gateway and a walk through every member of a 100,000-contact tag.
 * Prints a table, writes bench/results/gateway.json. Everything binds 127.0.0.1.
 *
 * Flags: --quick (smaller seed, shorter loads), --only NAME (one query), --skip-paging, --skip-cold-start,
 * --profile NAME (instead of the suite: a CPU profile of the compiled gateway on one query, 0 ms latency),
 * --connections N (the gateway's upstream connection pool, default serve's 32: shows what the pool limit costs).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NAIVE_TUNING } from '../src/loaders/tuning.js';
import { compiledGateway, memoryYogaChild, ROOT, startChild, type Child, type ChildSpec } from './gateway/children.js';
import { measureColdStart, median, type ColdStart } from './gateway/cold-start.js';
import { startInProcessGateway, type GraphQLBody } from './gateway/in-process.js';
import { boundsFor, type LoadOptions } from './gateway/load.js';
import { measureChild, type ChildFigures } from './gateway/measure.js';
import { createBigTag, pageThroughTag, type PagingFigures } from './gateway/paging.js';
import { formatProfile, profileGateway } from './gateway/profile.js';
import { readQuery, referenceQueries, type ReferenceQuery } from './gateway/queries.js';
import { describeMachine, finishRows, formatLatencyBreakdown, formatScaling, formatTable, verdictsForExtras, writeResults, type CallFigures, type Results, type Row, type Scaling } from './gateway/report.js';
import { withTypename } from './gateway/typename.js';
import { BENCH_TOKEN, startPagingUpstream, startUpstreams } from './gateway/upstream.js';

const RESULTS_FILE = fileURLToPath(new URL('./results/gateway.json', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const LATENCIES = [0, 20] as const;

const USAGE = `Usage: npm run bench [-- flags]

  --quick            smaller seed and shorter loads (about 3.5 min instead of 8)
  --only NAME        one reference query (e.g. TagExplorer); prints only, results file untouched
  --skip-paging      skip the walk through a 100,000-member tag
  --skip-cold-start  skip the cold-start measurement
  --profile NAME     instead of the suite: where the compiled gateway's CPU goes on one query
  --connections N    the gateway's upstream connection pool (default serve's 32); prints only
  -h, --help         show this help`;

function readFlags() {
  try {
    return parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        only: { type: 'string' },
        'skip-paging': { type: 'boolean', default: false },
        'skip-cold-start': { type: 'boolean', default: false },
        profile: { type: 'string' },
        connections: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const flags = readFlags();
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
const quick = flags.quick === true;
const connections = flags.connections === undefined ? undefined : Number(flags.connections);
if (connections !== undefined && !(Number.isInteger(connections) && connections >= 1 && connections <= 1024)) {
  console.error(`bench: --connections must be a whole number from 1 to 1024, got '${flags.connections}'`);
  process.exit(2);
}

const settings = quick
  ? { contacts: 3_000, load: { amount: 5_000, maxSeconds: 2, connections: 1 }, warmup: { amount: 10, maxSeconds: 1, connections: 1 }, coldStarts: 1, pagingMembers: 10_000, pagingMaxSeconds: 60 }
  : { contacts: 10_000, load: { amount: 20_000, maxSeconds: 8, connections: 1 }, warmup: { amount: 30, maxSeconds: 2, connections: 1 }, coldStarts: 3, pagingMembers: 100_000, pagingMaxSeconds: 180 };

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const requestBody = (query: ReferenceQuery) => JSON.stringify({ query: query.document, variables: query.variables });

function problems(name: string, body: GraphQLBody): string[] {
  return body.errors?.length ? [`${name}: GraphQL errors ${JSON.stringify(body.errors).slice(0, 300)}`] : [];
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first (npm run bench does)`);
  const load: LoadOptions = settings.load;
  const warmup: LoadOptions = settings.warmup;
  const notes: string[] = [];
  const machine = describeMachine();
  if (machine.loadAverageAtStart[0]! >= machine.cores) notes.push(`machine loaded at start (load average ${machine.loadAverageAtStart.join(', ')} on ${machine.cores} cores): CPU and latency figures are pessimistic`);

  log(`seeding ${settings.contacts} contacts; local API at ${LATENCIES.join(' and ')} ms latency`);
  const upstreams = await startUpstreams(settings.contacts, LATENCIES);
  const workDir = mkdtempSync(join(tmpdir(), 'gateway-bench-fixture-'));
  const rows: Row[] = [];
  let at50: { usersPerTag: number; gatewayCalls: number; naiveCalls: number } | null = null;
  const coldRuns: ColdStart[] = [];
  let paging: PagingFigures | null = null;
  try {
    const queries = referenceQueries(upstreams.db).filter((query) => !flags.only || query.name === flags.only);
    if (queries.length === 0) throw new Error(`no reference query named '${flags.only}'`);

    // 1. In process: calls and rounds per request. The gateway's first request of each query pays
    //    one-time work (the counts-support probe, filling the cross-request tag and segment lists,
    //    connection set-up); it is kept apart as firstCalls/firstRounds, and the compared figures
    //    come from a later, warm request — what a frontend sees in steady use.
    const calls = new Map<string, { gateway: CallFigures; naive: CallFigures; text: string; scaling: Scaling | null }>();
    const recorded: Record<string, unknown> = {};
    for (const latencyMs of LATENCIES) {
      const api = upstreams.byLatency.get(latencyMs)!;
      const real = startInProcessGateway(api, undefined, connections);
      const naive = startInProcessGateway(api, NAIVE_TUNING, connections);
      try {
        for (const query of queries) {
          log(`calls and rounds: ${query.name} at ${latencyMs} ms`);
          const first = await real.run(query.document, query.variables);
          await naive.run(query.document, query.variables);
          const g = await real.run(query.document, query.variables);
          const n = await naive.run(query.document, query.variables);
          notes.push(...problems(`${query.name} (gateway)`, g.body), ...problems(`${query.name} (naive)`, n.body));
          if (n.text !== g.text) notes.push(`${query.name} at ${latencyMs} ms: the naive gateway answered differently from the gateway`);
          if (g.retries + n.retries > 0) notes.push(`${query.name} at ${latencyMs} ms: ${g.retries + n.retries} upstream retries`);
          let scaling: Scaling | null = null;
          if (latencyMs === 0) {
            const withTypes = await real.run(withTypename(query.document), query.variables);
            recorded[query.name] = withTypes.body.data;
            if (query.scaled) {
              const more = await real.run(query.document, query.scaled.variables);
              notes.push(...problems(`${query.name} with more rows`, more.body));
              scaling = { note: query.scaled.note, calls: g.calls.length, scaledCalls: more.calls.length };
            }
          }
          calls.set(`${query.name}@${latencyMs}`, {
            gateway: {
              calls: g.calls.length,
              rounds: g.rounds,
              wireRounds: g.wireRounds,
              upstreamCriticalMs: g.upstreamCriticalMs,
              inProcessMs: g.ms,
              firstCalls: first.calls.length,
              firstRounds: first.rounds,
            },
            naive: { calls: n.calls.length, rounds: n.rounds, wireRounds: n.wireRounds, upstreamCriticalMs: n.upstreamCriticalMs, inProcessMs: n.ms, firstCalls: n.calls.length, firstRounds: n.rounds },
            text: g.text,
            scaling,
          });
        }
        if (latencyMs === 0 && (!flags.only || flags.only === 'TagExplorer')) {
          const tagExplorer = readQuery('tag-explorer.graphql');
          log('tag explorer at 50 users per tag, batched and naive');
          await real.run(tagExplorer, { usersPerTag: 50 });
          const g = await real.run(tagExplorer, { usersPerTag: 50 });
          const n = await naive.run(tagExplorer, { usersPerTag: 50 });
          at50 = { usersPerTag: 50, gatewayCalls: g.calls.length, naiveCalls: n.calls.length };
        }
      } finally {
        await Promise.all([real.close(), naive.close()]);
      }
    }

    // 2. The floor: yoga serving the recorded responses from memory, one child for every query and
    //    latency (its work does not depend on the upstream). Flat out once per query for its capacity;
    //    then, beside each gateway measurement, at the gateway's own pace for the CPU comparison.
    const fixture = join(workDir, 'responses.json');
    writeFileSync(fixture, JSON.stringify({ schemaFile: join(ROOT, 'schema/schema.graphql'), responses: recorded }));
    await withChild(memoryYogaChild(fixture), async (floorChild) => {
      const floors = new Map<string, ChildFigures>();
      for (const query of queries) {
        log(`load: ${query.name} on yoga from memory`);
        const expected = calls.get(`${query.name}@0`)!.text;
        const figures = await measureChild(floorChild, requestBody(query), expected, { load, warmup });
        if (!figures.sameAnswer) notes.push(`${query.name}: yoga from memory did not answer byte-identically (check schema/schema.graphql is current)`);
        floors.set(query.name, figures);
      }

      // 3. The compiled gateway and the naive gateway under load, per upstream latency.
      for (const latencyMs of LATENCIES) {
        const api = upstreams.byLatency.get(latencyMs)!;
        await withChild(compiledGateway(api.url, BENCH_TOKEN, 'batched', connections), async (gatewayChild) => {
          await withChild(compiledGateway(api.url, BENCH_TOKEN, 'naive', connections), async (naiveChild) => {
            for (const query of queries) {
              const c = calls.get(`${query.name}@${latencyMs}`)!;
              const body = requestBody(query);
              log(`load: ${query.name} at ${latencyMs} ms on the gateway`);
              // Slow targets (the naive gateway at 20 ms) get time for a few answers, warm-up for one.
              const g = await measureChild(gatewayChild, body, c.text, {
                load: boundsFor(load, c.gateway.inProcessMs),
                warmup: boundsFor(warmup, c.gateway.inProcessMs, 1),
              });
              log(`load: ${query.name} at ${latencyMs} ms on yoga from memory at the gateway's pace`);
              const paced = { ...load, amount: Math.max(1, g.requests), maxSeconds: Math.ceil(g.seconds) + 1, ratePerSecond: Math.max(1, Math.round(g.reqPerSec)) };
              const floorPaced = await measureChild(floorChild, body, calls.get(`${query.name}@0`)!.text, { load: paced, warmup });
              log(`load: ${query.name} at ${latencyMs} ms on the naive gateway`);
              const n = await measureChild(naiveChild, body, c.text, {
                load: boundsFor(load, c.naive.inProcessMs),
                warmup: boundsFor(warmup, c.naive.inProcessMs, 1),
              });
              if (!g.sameAnswer) notes.push(`${query.name} at ${latencyMs} ms: the compiled gateway answered differently from the in-process one`);
              if (g.non2xx + g.errors + n.non2xx + n.errors > 0) notes.push(`${query.name} at ${latencyMs} ms: non-2xx or socket errors under load`);
              rows.push({
                query: query.name,
                latencyMs,
                depth: query.depth,
                depthNote: query.depthNote,
                gateway: { ...c.gateway, load: g },
                naive: { ...c.naive, load: n },
                floor: floors.get(query.name) ?? null,
                floorPaced,
                scaling: c.scaling,
              });
            }
          });
        });
      }
    });

    // 4. Cold start of the compiled gateway on a configured upstream.
    if (!flags['skip-cold-start']) {
      for (let run = 0; run < settings.coldStarts; run += 1) {
        log(`cold start ${run + 1}/${settings.coldStarts}`);
        coldRuns.push(await measureColdStart(upstreams.byLatency.get(0)!.url));
      }
    }
  } finally {
    await upstreams.close();
    rmSync(workDir, { recursive: true, force: true });
  }

  // 5. Every member of a big tag, page by page, watching the gateway's memory.
  if (!flags['skip-paging'] && !flags.only) {
    log(`paging: seeding ${settings.pagingMembers} contacts, all in one tag`);
    const api = await startPagingUpstream(settings.pagingMembers);
    try {
      const tagId = createBigTag(api.db, settings.pagingMembers);
      log('paging: walking the tag through the gateway');
      paging = await pageThroughTag(api, tagId, settings.pagingMembers, settings.pagingMaxSeconds);
      if (paging.seen !== paging.members) notes.push(`paging saw ${paging.seen} of ${paging.members} members (${paging.errors} error pages)`);
    } finally {
      await api.close();
    }
  }

  const coldMedian = median(coldRuns.map((run) => run.firstAnswerMs));
  const extras = verdictsForExtras(at50, coldRuns, coldMedian, paging);
  const results: Results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: { ...machine },
    settings: { ...settings, latencies: LATENCIES, upstreamConnections: connections ?? 'serve default' },
    notes,
    rows: finishRows(rows),
    tagExplorerAt50: at50 && extras.tagExplorerAt50 ? { ...at50, verdict: extras.tagExplorerAt50 } : null,
    coldStart: extras.coldStart ? { runs: coldRuns, medianMs: coldMedian, verdict: extras.coldStart } : null,
    paging: paging && extras.paging ? { ...paging, verdict: extras.paging } : null,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  // Experiments (one query, another pool size) print only: the JSON stays the standard run's.
  const standard = !flags.only && connections === undefined;
  if (standard) writeResults(RESULTS_FILE, results);
  printSummary(results, standard);
}

async function profileOnly(name: string): Promise<void> {
  log(`seeding ${settings.contacts} contacts for a CPU profile of ${name}`);
  const upstreams = await startUpstreams(settings.contacts, [0]);
  try {
    const query = referenceQueries(upstreams.db).find((candidate) => candidate.name === name);
    if (!query) throw new Error(`no reference query named '${name}'`);
    const summary = await profileGateway(upstreams.byLatency.get(0)!.url, requestBody(query), settings.load, settings.warmup);
    console.log(formatProfile(name, summary));
  } finally {
    await upstreams.close();
  }
}

async function withChild(spec: ChildSpec, use: (child: Child) => Promise<void>): Promise<void> {
  const child = await startChild(spec);
  try {
    await use(child);
  } finally {
    await child.stop();
  }
}

function printSummary(results: Results, saved: boolean): void {
  const m = results.machine;
  console.log(`\nGateway benchmark (${results.mode}) — ${results.date} — ${m.cpuModel}, ${m.cores} cores, Node ${m.node}, load ${m.loadAverageAtStart.join(' ')} at start, ${loadavg().map((n) => n.toFixed(2)).join(' ')} at end`);
  console.log('g = gateway, n = naive gateway (batching and caching off), f = graphql-yoga serving the same response from memory;');
  console.log('f= = f held to the gateway\'s pace (the CPU target compares with it); one client; rounds as dispatched (as sent on the wire)\n');
  console.log(formatTable(results.rows));
  console.log('\nLatency with upstream latency: the upstream critical path is measured in process (one request)\n');
  console.log(formatLatencyBreakdown(results.rows));
  console.log('\nUpstream calls as the rows grow (gateway, 0 ms, in process)\n');
  console.log(formatScaling(results.rows));
  console.log('');
  const extra = (label: string, verdict: { met: boolean | null; detail: string } | undefined) =>
    verdict && console.log(`${verdict.met == null ? '·' : verdict.met ? '✓' : '✗'} ${label}: ${verdict.detail}`);
  extra('tag explorer at 50 users per tag', results.tagExplorerAt50?.verdict);
  extra('cold start (median)', results.coldStart?.verdict);
  if (results.paging) extra(`paging ${results.paging.members} tag members (${results.paging.pages} pages, ${results.paging.seconds.toFixed(1)} s)`, results.paging.verdict);
  for (const note of results.notes) console.log(`note: ${note}`);
  console.log(`\n${results.seconds} s; ${saved ? `results in ${RESULTS_FILE}` : 'an experiment (--only or --connections): results not saved'}`);
}

if (flags.profile) await profileOnly(flags.profile);
else await main();
