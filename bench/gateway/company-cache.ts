/**
 * The company entity cache, isolated: the tag explorer with company names
 * (bench/queries/tag-explorer-companies.graphql) on the compiled gateway with the cache on (serve's
 * default TTL) and on the same gateway with `--entity-cache-ttl-ms 0` — nothing else differs. Both
 * call one local API child that counts what it receives (upstream-count.ts), so upstream calls per
 * request are counted at the upstream's side; CPU per request is the gateway process's, from /proc,
 * as in the main table. Steady state: a warm-up fills the list and entity caches before the measured
 * load, which is far shorter than the cache's TTL.
 *
 * The reference answer is the cache-off gateway's first response (every company read fresh); every
 * response of both gateways, warm-up included, must equal it byte for byte.
 */
import { GATEWAY_DEFAULTS } from '../../src/gateway/config.js';
import { compiledGateway, startChild, type Child } from './children.js';
import { runLoad, type LoadOptions, type LoadResult } from './load.js';
import { quiesce, referenceAnswer } from './measure.js';
import { cpuMs } from './proc-stats.js';
import { describeFailures } from './response-check.js';
import { formatColumns } from './report.js';
import { judgeEntityCacheCalls, judgeEntityCacheCpu, judgeEntityCacheCpuAgainstBefore, ratio, type Verdict } from './targets.js';
import { startCountingUpstream, type CountingUpstream } from './upstream-count.js';

export interface CompanyCacheMode {
  label: string;
  entityCacheTtlMs: number;
  load: LoadResult;
  /** Failing responses of the warm-up (the load's own are in `load.failed`). */
  warmupFailed: number;
  /**
   * Upstream calls received during the measured load, per response. The load ends on its count
   * (its time bound is a safety net), so no request is cut off and the figure is exact; if the time
   * bound does cut one off, its calls are counted without a response (pessimistic).
   */
  upstreamCallsPerRequest: number | null;
  /** `GET /companies/{id}` among them, per response. */
  companyGetsPerRequest: number | null;
  /**
   * Upstream answers other than 200 during the load (a 429 would mean the limit bound). Calls still
   * unanswered when counted ("pending": a request cut off by the time bound) are not among them.
   */
  upstreamNon200: number;
  /** The load's upstream calls by status and by route, whole (not per request): where the calls go. */
  upstreamStatuses: Record<string, number>;
  upstreamRoutes: Record<string, number>;
  cpuMsPerRequest: number | null;
}

export interface CompanyCacheSection {
  query: string;
  variables: Record<string, unknown>;
  upstreamLatencyMs: number;
  on: CompanyCacheMode;
  off: CompanyCacheMode;
  /** CPU per request with the cache ÷ without. */
  cpuOnPerOff: number | null;
  /** `cpu`: on ÷ off of the same build (the factor isolated); `cpuAgainstBefore`: on against a third of the CPU recorded before the cache existed. */
  verdicts: { calls: Verdict; cpu: Verdict; cpuAgainstBefore: Verdict };
}

export interface CompanyCacheOptions {
  dbFile: string;
  token: string;
  document: string;
  variables: Record<string, unknown>;
  load: LoadOptions;
  warmup: LoadOptions;
  log(message: string): void;
}

/** Upstream latency of this section: CPU is what it compares, and an idle wait only thins the load. */
export const COMPANY_CACHE_LATENCY_MS = 0;

export async function measureCompanyCache(options: CompanyCacheOptions): Promise<CompanyCacheSection> {
  const upstream = await startCountingUpstream(options.dbFile, options.token, COMPANY_CACHE_LATENCY_MS);
  const body = JSON.stringify({ query: options.document, variables: options.variables });
  try {
    const modes: CompanyCacheMode[] = [];
    let reference: string | null = null;
    // Off first: its first answer, every company read from the upstream, is the reference.
    for (const [label, ttl] of [
      ['entity cache off', 0],
      ['entity cache on', GATEWAY_DEFAULTS.entityCacheTtlMs],
    ] as const) {
      const child = await startChild(compiledGateway(upstream.url, upstream.token, 'batched', undefined, { args: ['--entity-cache-ttl-ms', String(ttl)], label: `gateway, ${label}` }));
      try {
        if (reference === null) reference = await referenceAnswer(child.url, body, 'TagExplorerCompanies');
        options.log(`company cache: TagExplorerCompanies at ${COMPANY_CACHE_LATENCY_MS} ms, ${label}`);
        modes.push(await measureMode(child, upstream, body, reference, label, ttl, options));
      } finally {
        await child.stop();
      }
    }
    const [off, on] = modes as [CompanyCacheMode, CompanyCacheMode];
    return {
      query: 'TagExplorerCompanies',
      variables: options.variables,
      upstreamLatencyMs: COMPANY_CACHE_LATENCY_MS,
      on,
      off,
      cpuOnPerOff: ratio(on.cpuMsPerRequest, off.cpuMsPerRequest),
      verdicts: {
        calls: judgeEntityCacheCalls(on.upstreamCallsPerRequest, off.upstreamCallsPerRequest),
        cpu: judgeEntityCacheCpu(on.cpuMsPerRequest, off.cpuMsPerRequest),
        cpuAgainstBefore: judgeEntityCacheCpuAgainstBefore(on.cpuMsPerRequest),
      },
    };
  } finally {
    await upstream.stop();
  }
}

async function measureMode(
  child: Child,
  upstream: CountingUpstream,
  body: string,
  reference: string,
  label: string,
  entityCacheTtlMs: number,
  options: CompanyCacheOptions,
): Promise<CompanyCacheMode> {
  const warmup = await runLoad(child.url, body, options.warmup, reference);
  await quiesce(child.pid);
  const before = await upstream.since(0);
  const cpuBefore = cpuMs(child.pid);
  const load = await runLoad(child.url, body, options.load, reference);
  const cpuAfter = cpuMs(child.pid);
  // A request cut off by the time bound may still be calling the upstream: let it finish, and count
  // its calls (pessimistic) rather than let them fall into the next mode.
  await quiesce(child.pid);
  const received = await upstream.since(before.count);
  const per = (n: number) => (load.requests > 0 ? n / load.requests : null);
  return {
    label,
    entityCacheTtlMs,
    load,
    warmupFailed: warmup.failed,
    upstreamCallsPerRequest: per(received.calls),
    companyGetsPerRequest: per(received.routes['GET /companies/:id'] ?? 0),
    upstreamNon200: Object.entries(received.statuses).reduce((sum, [status, n]) => (status === '200' || status === 'pending' ? sum : sum + n), 0),
    upstreamStatuses: received.statuses,
    upstreamRoutes: received.routes,
    cpuMsPerRequest: per(cpuAfter - cpuBefore),
  };
}

/** Failing responses of the section (warm-ups included): any means its figures measure failures. */
export function companyCacheFailures(section: CompanyCacheSection): Array<{ mode: string; failed: number; responses: number; kinds: string; first: string | null }> {
  return [section.off, section.on]
    .filter((mode) => mode.load.failed + mode.warmupFailed > 0)
    .map((mode) => ({
      mode: mode.label,
      failed: mode.load.failed + mode.warmupFailed,
      responses: mode.load.requests,
      kinds: describeFailures(mode.load.failures) || `${mode.warmupFailed} in the warm-up`,
      first: mode.load.firstFailure,
    }));
}

const num = (value: number | null | undefined, digits = 1) => (value == null || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || 'none';
const mark = (verdict: Verdict) => (verdict.met == null ? '·' : verdict.met ? '✓' : '✗');

export function formatCompanyCache(section: CompanyCacheSection): string {
  const lines = [
    ['', 'calls/req', 'GET /companies/{id}/req', 'CPU ms/req', 'p50 ms', 'p99 ms', 'req/s', 'responses', 'failed', 'upstream non-200'],
    ...[section.off, section.on].map((mode) => [
      `${mode.label} (--entity-cache-ttl-ms ${mode.entityCacheTtlMs})`,
      num(mode.upstreamCallsPerRequest),
      num(mode.companyGetsPerRequest),
      num(mode.cpuMsPerRequest, 2),
      num(mode.load.p50Ms),
      num(mode.load.p99Ms),
      num(mode.load.reqPerSec),
      String(mode.load.requests),
      String(mode.load.failed + mode.warmupFailed),
      String(mode.upstreamNon200),
    ]),
  ];
  const table = formatColumns(lines);
  return [
    table,
    `CPU on ÷ off: ${num(section.cpuOnPerOff, 2)}`,
    ...[section.off, section.on].map((mode) => `${mode.label}: upstream calls by route ${describeCounts(mode.upstreamRoutes)}; by status ${describeCounts(mode.upstreamStatuses)}`),
    `${mark(section.verdicts.calls)} upstream calls with the entity cache: ${section.verdicts.calls.detail}`,
    `${mark(section.verdicts.cpu)} CPU with the entity cache: ${section.verdicts.cpu.detail}`,
    `${mark(section.verdicts.cpuAgainstBefore)} CPU with the entity cache: ${section.verdicts.cpuAgainstBefore.detail}`,
  ].join('\n');
}
