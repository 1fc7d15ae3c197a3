/**
 * `npm run bench [-- --quick]`: the gateway measured against the ideal and against its baselines.
 *
 * Seeds a SQLite file deterministically and serves it with the local grouping API in child
 * processes of its own (0 ms and 20 ms injected latency), then for each reference query in bench/queries:
 *   - in this process: upstream calls and sequential rounds per request, for the gateway, the
 *     dedupe-only gateway (identical reads made once per request, nothing batched, nothing kept
 *     between requests), the naive gateway (none of it) and the gateway without its cross-request
 *     list cache — bench/gateway/in-process.ts;
 *   - as child processes on compiled output: req/s, p50/p99 (one client, bounded in count and time,
 *     every response checked), peak RSS and CPU ms per request of the gateway, the dedupe-only and
 *     the naive gateway, and graphql-yoga serving the identical response from memory (the CPU floor).
 * Then the company entity cache on vs off on the tag explorer with company names (upstream calls
 * counted at the upstream, gateway CPU per request; bench/gateway/company-cache.ts), the cold start of
 * the compiled gateway and a walk through every member of a 100,000-contact tag.
 * Prints a table, writes bench/results/gateway.json. Everything binds 127.0.0.1.
 *
 * Flags: --quick (smaller seed, shorter loads), --only NAME (one query), --skip-paging, --skip-cold-start,
 * --skip-company-cache,
 * --profile NAME (instead of the suite: a CPU profile of the compiled gateway on one query, 0 ms latency),
 * --connections N (the gateway's upstream connection pool, default serve's 32: shows what the pool limit costs).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEDUPE_ONLY_TUNING, NAIVE_TUNING } from '../src/loaders/tuning.js';
import { compiledGateway, memoryYogaChild, ROOT, startChild, type Child, type ChildSpec } from './gateway/children.js';
import { measureColdStart, median, type ColdStart } from './gateway/cold-start.js';
import { companyCacheFailures, formatCompanyCache, measureCompanyCache, type CompanyCacheSection } from './gateway/company-cache.js';
import { startInProcessGateway, type GraphQLBody, type Observed } from './gateway/in-process.js';
import { boundsFor, type LoadOptions } from './gateway/load.js';
import { failuresOf, measureChild, type ChildFigures } from './gateway/measure.js';
import { describeFailures, type FailureCounts } from './gateway/response-check.js';
import { createBigTag, pageThroughTag, type PagingFigures } from './gateway/paging.js';
import { formatProfile, profileGateway } from './gateway/profile.js';
import { readQuery, referenceQueries, type ReferenceQuery } from './gateway/queries.js';
import {
  describeMachine,
  finishRows,
  formatFailureBanner,
  formatLatencyBreakdown,
  formatListCache,
  formatScaling,
  formatTable,
  loadAverage,
  verdictsForExtras,
  writeResults,
  type CallFigures,
  type LoadFailure,
  type Results,
  type Row,
  type Scaling,
  type TagExplorerAt50,
} from './gateway/report.js';
import { withTypename } from './gateway/typename.js';
import { BENCH_TOKEN, startUpstreams } from './gateway/upstream.js';

const RESULTS_FILE = fileURLToPath(new URL('./results/gateway.json', import.meta.url));
/** Quick runs validate the harness; their figures are kept apart from the full run's. */
const QUICK_RESULTS_FILE = fileURLToPath(new URL('./results/gateway-quick.json', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const LATENCIES = [0, 20] as const;

const USAGE = `Usage: npm run bench [-- flags]

  --quick            smaller seed and shorter loads; results go to bench/results/gateway-quick.json
  --only NAME        one reference query (e.g. TagExplorer); prints only, results file untouched
  --skip-paging      skip the walk through a 100,000-member tag
  --skip-cold-start  skip the cold-start measurement
  --skip-company-cache
                     skip the company entity cache on vs off (TagExplorerCompanies)
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
        'skip-company-cache': { type: 'boolean', default: false },
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
  ? { contacts: 3_000, load: { amount: 5_000, maxSeconds: 2, connections: 1 }, warmup: { amount: 10, maxSeconds: 1, connections: 1 }, coldStarts: 1, pagingMembers: 10_000, pagingMaxSeconds: 60, companyCacheLoad: { amount: 10, maxSeconds: 30, connections: 1 } }
  : { contacts: 10_000, load: { amount: 20_000, maxSeconds: 8, connections: 1 }, warmup: { amount: 30, maxSeconds: 2, connections: 1 }, coldStarts: 3, pagingMembers: 100_000, pagingMaxSeconds: 180, companyCacheLoad: { amount: 50, maxSeconds: 60, connections: 1 } };

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
  const loadFailures: LoadFailure[] = [];
  const machine = describeMachine();
  if (machine.loadAverageAtStart[0]! >= machine.cores) notes.push(`machine loaded at start (load average ${machine.loadAverageAtStart.join(', ')} on ${machine.cores} cores): CPU and latency figures are pessimistic`);

  log(`seeding ${settings.contacts} contacts; local API children at ${LATENCIES.join(' and ')} ms latency`);
  const upstreams = await startUpstreams(settings.contacts, LATENCIES);
  const workDir = mkdtempSync(join(tmpdir(), 'gateway-bench-fixture-'));
  const rows: Row[] = [];
  let at50: TagExplorerAt50 | null = null;
  const coldRuns: ColdStart[] = [];
  let paging: PagingFigures | null = null;
  let companyCache: CompanyCacheSection | null = null;
  try {
    const queries = referenceQueries(upstreams.db).filter((query) => !flags.only || query.name === flags.only);
    if (queries.length === 0) throw new Error(`no reference query named '${flags.only}'`);

    // 1. In process: calls and rounds per request. The gateway's first request of each query pays
    //    one-time work (the counts-support probe, filling the cross-request tag and segment lists,
    //    connection set-up); it is kept apart as firstCalls/firstRounds, and the compared figures
    //    come from a later, warm request — what a frontend sees in steady use. The baselines keep
    //    nothing between requests, so their first and later requests differ only by the probe.
    const calls = new Map<string, { gateway: CallFigures; dedupe: CallFigures; naive: CallFigures; noListCache: CallFigures; text: string; scaling: Scaling | null }>();
    const recorded: Record<string, unknown> = {};
    for (const latencyMs of LATENCIES) {
      const api = upstreams.byLatency.get(latencyMs)!;
      const real = startInProcessGateway(api, undefined, connections);
      const dedupe = startInProcessGateway(api, DEDUPE_ONLY_TUNING, connections);
      const naive = startInProcessGateway(api, NAIVE_TUNING, connections);
      const noListCache = startInProcessGateway(api, undefined, connections, 0);
      try {
        for (const query of queries) {
          log(`calls and rounds: ${query.name} at ${latencyMs} ms`);
          // The gateway's warm requests right after its first: the list cache (30 s) must not run out
          // while the slow baselines run, or "warm" would measure a refill. One server
          // at a time: the call recorders tell gateways apart only by who is waiting for a call.
          const first = await real.run(query.document, query.variables);
          const g = await real.run(query.document, query.variables);
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
          for (const server of [dedupe, naive, noListCache]) await server.run(query.document, query.variables);
          const d = await dedupe.run(query.document, query.variables);
          const n = await naive.run(query.document, query.variables);
          const l = await noListCache.run(query.document, query.variables);
          notes.push(...problems(`${query.name} (gateway)`, g.body), ...problems(`${query.name} (dedupe)`, d.body), ...problems(`${query.name} (naive)`, n.body));
          for (const [label, other] of [['dedupe-only', d], ['naive', n], ['list-cache-less', l]] as const) {
            if (other.text !== g.text) notes.push(`${query.name} at ${latencyMs} ms: the ${label} gateway answered differently from the gateway`);
          }
          const retries = g.retries + d.retries + n.retries + l.retries;
          if (retries > 0) notes.push(`${query.name} at ${latencyMs} ms: ${retries} upstream retries`);
          calls.set(`${query.name}@${latencyMs}`, {
            gateway: { ...callFigures(g), firstCalls: first.calls.length, firstRounds: first.rounds },
            dedupe: callFigures(d),
            naive: callFigures(n),
            noListCache: callFigures(l),
            text: g.text,
            scaling,
          });
        }
        if (latencyMs === 0 && (!flags.only || flags.only === 'TagExplorer')) {
          const tagExplorer = readQuery('tag-explorer.graphql');
          log('tag explorer at 50 users per tag: batched, dedupe-only and naive');
          await real.run(tagExplorer, { usersPerTag: 50 });
          const g = await real.run(tagExplorer, { usersPerTag: 50 });
          const d = await dedupe.run(tagExplorer, { usersPerTag: 50 });
          const n = await naive.run(tagExplorer, { usersPerTag: 50 });
          notes.push(...problems('TagExplorer at 50 (gateway)', g.body), ...problems('TagExplorer at 50 (dedupe)', d.body), ...problems('TagExplorer at 50 (naive)', n.body));
          at50 = { usersPerTag: 50, gatewayCalls: g.calls.length, dedupeCalls: d.calls.length, naiveCalls: n.calls.length };
        }
      } finally {
        await Promise.all([real.close(), dedupe.close(), naive.close(), noListCache.close()]);
      }
    }

    /** Records a measurement's failing responses: a figure from failing requests measures the failure. */
    const checked = (figures: ChildFigures, query: string, latencyMs: number | null, server: string): ChildFigures => {
      const count = failuresOf(figures);
      if (count > 0) {
        const counts = sumFailures(figures.failures, figures.warmupFailures);
        loadFailures.push({ query, latencyMs, server, failed: count, responses: figures.requests, kinds: describeFailures(counts), first: figures.firstFailure });
      }
      return figures;
    };

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
        floors.set(query.name, checked(await measureChild(floorChild, requestBody(query), expected, { load, warmup }), query.name, null, 'f (yoga from memory: is schema/schema.graphql current?)'));
      }

      // 3. The compiled gateway and its two baselines under load, per upstream latency.
      for (const latencyMs of LATENCIES) {
        const api = upstreams.byLatency.get(latencyMs)!;
        await withChild(compiledGateway(api.url, BENCH_TOKEN, 'batched', connections), async (gatewayChild) => {
          await withChild(compiledGateway(api.url, BENCH_TOKEN, 'dedupe', connections), async (dedupeChild) => {
            await withChild(compiledGateway(api.url, BENCH_TOKEN, 'naive', connections), async (naiveChild) => {
              for (const query of queries) {
                const c = calls.get(`${query.name}@${latencyMs}`)!;
                const body = requestBody(query);
                // Slow targets (the baselines at 20 ms) get time for a few answers, warm-up for one.
                const measure = async (child: Child, server: string, inProcessMs: number, upstreamPid?: number) => {
                  log(`load: ${query.name} at ${latencyMs} ms on the ${server}`);
                  const figures = await measureChild(child, body, c.text, {
                    load: boundsFor(load, inProcessMs),
                    warmup: boundsFor(warmup, inProcessMs, 1),
                    upstreamPid,
                  });
                  return checked(figures, query.name, latencyMs, server);
                };
                const g = await measure(gatewayChild, 'gateway', c.gateway.inProcessMs, api.pid);
                log(`load: ${query.name} at ${latencyMs} ms on yoga from memory at the gateway's pace`);
                const paced = { ...load, amount: Math.max(1, g.requests), maxSeconds: Math.ceil(g.seconds) + 1, ratePerSecond: Math.max(1, Math.round(g.reqPerSec)) };
                const floorPaced = checked(
                  await measureChild(floorChild, body, calls.get(`${query.name}@0`)!.text, { load: paced, warmup }),
                  query.name,
                  latencyMs,
                  'f= (yoga from memory, paced)',
                );
                const d = await measure(dedupeChild, 'dedupe-only gateway', c.dedupe.inProcessMs);
                const n = await measure(naiveChild, 'naive gateway', c.naive.inProcessMs);
                rows.push({
                  query: query.name,
                  latencyMs,
                  depth: query.depth,
                  depthNote: query.depthNote,
                  gateway: { ...c.gateway, load: g },
                  dedupe: { ...c.dedupe, load: d },
                  naive: { ...c.naive, load: n },
                  noListCache: { calls: c.noListCache.calls, rounds: c.noListCache.rounds },
                  floor: floors.get(query.name) ?? null,
                  floorPaced,
                  scaling: c.scaling,
                });
              }
            });
          });
        });
      }
    });

    // 4. The company entity cache on vs off, on the tag explorer with company names.
    if (!flags['skip-company-cache'] && (!flags.only || flags.only === 'TagExplorerCompanies')) {
      const query = referenceQueries(upstreams.db).find((candidate) => candidate.name === 'TagExplorerCompanies')!;
      // A fixed count of requests, not a time: no request is cut off, so calls and CPU per request are exact.
      companyCache = await measureCompanyCache({ dbFile: upstreams.file, token: BENCH_TOKEN, document: query.document, variables: query.variables, load: settings.companyCacheLoad, warmup, log });
      for (const failure of companyCacheFailures(companyCache)) {
        loadFailures.push({ query: 'TagExplorerCompanies', latencyMs: companyCache.upstreamLatencyMs, server: `company cache section, ${failure.mode}`, failed: failure.failed, responses: failure.responses, kinds: failure.kinds, first: failure.first });
      }
      for (const mode of [companyCache.off, companyCache.on]) {
        if (mode.upstreamNon200 > 0) notes.push(`company cache section, ${mode.label}: the upstream answered ${mode.upstreamNon200} calls with a status other than 200`);
      }
    }

    // 5. Cold start of the compiled gateway on a configured upstream.
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

  // 6. Every member of a big tag, page by page, watching the gateway's memory.
  if (!flags['skip-paging'] && !flags.only) {
    log(`paging: seeding ${settings.pagingMembers} contacts, all in one tag, for a local API child`);
    let tagId = '';
    const pagingUpstreams = await startUpstreams(settings.pagingMembers, [0], (db) => {
      tagId = createBigTag(db, settings.pagingMembers);
    });
    try {
      log('paging: walking the tag through the gateway');
      paging = await pageThroughTag(pagingUpstreams.byLatency.get(0)!, tagId, settings.pagingMembers, settings.pagingMaxSeconds);
      if (paging.seen !== paging.members) notes.push(`paging saw ${paging.seen} of ${paging.members} members (${paging.errors} error pages)`);
    } finally {
      await pagingUpstreams.close();
    }
  }

  const loadAverageAtEnd = loadAverage();
  if (loadAverageAtEnd[0]! >= machine.cores) notes.push(`machine loaded at the end (load average ${loadAverageAtEnd.join(', ')} on ${machine.cores} cores): other work shared the machine during the run`);
  const coldMedian = median(coldRuns.map((run) => run.firstAnswerMs));
  const extras = verdictsForExtras(at50, coldRuns, coldMedian, paging);
  const results: Results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: { ...machine, loadAverageAtEnd },
    settings: { ...settings, latencies: LATENCIES, upstreamConnections: connections ?? 'serve default', upstream: 'local API child processes (dist/cli/main.js local-api)' },
    notes,
    loadFailures,
    rows: finishRows(rows),
    tagExplorerAt50: at50 && extras.tagExplorerAt50 ? { ...at50, verdict: extras.tagExplorerAt50 } : null,
    companyCache,
    coldStart: extras.coldStart ? { runs: coldRuns, medianMs: coldMedian, verdict: extras.coldStart } : null,
    paging: paging && extras.paging ? { ...paging, verdict: extras.paging } : null,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  // Experiments (one query, another pool size) print only: the JSON stays the standard run's.
  const standard = !flags.only && connections === undefined;
  if (standard) writeResults(quick ? QUICK_RESULTS_FILE : RESULTS_FILE, results);
  printSummary(results, standard ? (quick ? QUICK_RESULTS_FILE : RESULTS_FILE) : null);
  if (loadFailures.length > 0) process.exitCode = 1;
}

function callFigures(observed: Observed): CallFigures {
  return {
    calls: observed.calls.length,
    rounds: observed.rounds,
    wireRounds: observed.wireRounds,
    upstreamCriticalMs: observed.upstreamCriticalMs,
    inProcessMs: observed.ms,
    firstCalls: observed.calls.length,
    firstRounds: observed.rounds,
  };
}

function sumFailures(a: FailureCounts, b: FailureCounts): FailureCounts {
  return { status: a.status + b.status, graphqlErrors: a.graphqlErrors + b.graphqlErrors, different: a.different + b.different, noResponse: a.noResponse + b.noResponse };
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

function printSummary(results: Results, savedTo: string | null): void {
  const m = results.machine;
  const banner = formatFailureBanner(results.loadFailures);
  if (banner) console.log(`\n${banner}`);
  console.log(`\nGateway benchmark (${results.mode}) — ${results.date} — ${m.cpuModel}, ${m.cores} cores, Node ${m.node}, load average ${m.loadAverageAtStart.join(' ')} at start, ${m.loadAverageAtEnd.join(' ')} at end`);
  console.log('g = gateway, d = dedupe-only gateway (identical reads once per request; no batching, nothing kept between requests),');
  console.log('n = naive gateway (none of it), f = graphql-yoga serving the same response from memory; f= = f held to the gateway\'s pace');
  console.log('(the CPU target compares with it); b = g without its cross-request list cache (calls only, in process);');
  console.log('n÷d = what de-duplication saves, d÷b = what batching saves, b÷g = what the list cache saves;');
  console.log('one client; rounds as dispatched (as sent on the wire); "failed" counts responses that were not a 200 without errors equal to the reference\n');
  console.log(formatTable(results.rows, results.loadFailures));
  console.log('\nWhat the cross-request list cache adds (gateway in process, a warm request, list cache on vs off)\n');
  console.log(formatListCache(results.rows));
  console.log('\nLatency with upstream latency: the upstream critical path is measured in process (one request); CPU is per request under the load above, the gateway\'s and the local API\'s (all its workers) — both share the cores\n');
  console.log(formatLatencyBreakdown(results.rows, m.cores));
  console.log('\nUpstream calls as the rows grow (gateway, 0 ms, in process)\n');
  console.log(formatScaling(results.rows));
  console.log('');
  const extra = (label: string, verdict: { met: boolean | null; detail: string } | undefined) =>
    verdict && console.log(`${verdict.met == null ? '·' : verdict.met ? '✓' : '✗'} ${label}: ${verdict.detail}`);
  extra('tag explorer at 50 users per tag', results.tagExplorerAt50?.verdict);
  if (results.tagExplorerAt50) {
    const t = results.tagExplorerAt50;
    console.log(`  (calls at 50 users per tag: naive ${t.naiveCalls}, dedupe-only ${t.dedupeCalls}, batched ${t.gatewayCalls})`);
  }
  if (results.companyCache) {
    const c = results.companyCache;
    console.log(`\nCompany entity cache: TagExplorerCompanies ${JSON.stringify(c.variables)}, steady state, the compiled gateway with the cache on vs off, ${c.upstreamLatencyMs} ms upstream latency;`);
    console.log('upstream calls counted at the upstream, CPU of the gateway process from /proc, one client\n');
    console.log(formatCompanyCache(c));
    console.log('');
  }
  extra('cold start (median)', results.coldStart?.verdict);
  if (results.paging) extra(`paging ${results.paging.members} tag members (${results.paging.pages} pages, ${results.paging.seconds.toFixed(1)} s)`, results.paging.verdict);
  for (const note of results.notes) console.log(`note: ${note}`);
  if (banner) console.log(`\n${banner}`);
  console.log(`\n${results.seconds} s; ${savedTo ? `results in ${savedTo}` : 'an experiment (--only or --connections): results not saved'}`);
}

if (flags.profile) await profileOnly(flags.profile);
else await main();
