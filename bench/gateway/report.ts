/**
 * The benchmark's results: one row per reference query and upstream latency with the gateway's
 * figures beside its references (the dedupe-only gateway, the naive gateway and yoga from memory),
 * the ratios between them, the verdict on each target, and every load measurement whose responses
 * failed their check; printed as a table and saved as JSON.
 */
import { cpus, loadavg, totalmem, release } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ChildFigures } from './measure.js';
import type { ColdStart } from './cold-start.js';
import type { CompanyCacheSection } from './company-cache.js';
import type { PagingFigures } from './paging.js';
import { judgeColdStart, judgeCpu, judgeLatency, judgeNaiveCalls, judgeRounds, judgeRss, latencyBudgetMs, ratio, type Verdict } from './targets.js';

export interface CallFigures {
  calls: number;
  rounds: number;
  wireRounds: number;
  /** Upstream time on the critical path of one in-process request (rounds.ts). */
  upstreamCriticalMs: number;
  /** That in-process request's wall time. */
  inProcessMs: number;
  /**
   * The same for the gateway's first request of the query: before the cross-request list cache and
   * the once-per-upstream counts probe were warm (the figures above are a later, warm request).
   */
  firstCalls: number;
  firstRounds: number;
}

/** Upstream calls of the gateway when the query asks for more rows (queries.ts `scaled`). */
export interface Scaling {
  note: string;
  calls: number;
  scaledCalls: number;
}

export interface Row {
  query: string;
  latencyMs: number;
  depth: number;
  depthNote: string;
  gateway: CallFigures & { load: ChildFigures | null };
  /** Identical reads made once per request; nothing batched, nothing kept between requests. */
  dedupe: CallFigures & { load: ChildFigures | null };
  /** Nothing batched, nothing reused. */
  naive: CallFigures & { load: ChildFigures | null };
  /** The gateway without its cross-request list cache (in process, a warm request): what that cache saves. */
  noListCache: { calls: number; rounds: number };
  /** Yoga from memory as fast as it goes: its capacity and latency on this response. */
  floor: ChildFigures | null;
  /**
   * Yoga from memory held to the gateway's pace (same requests a second). CPU per request rises
   * as requests thin out (idle work, colder caches) for any server, so the CPU target compares
   * the gateway with this one, not with the flat-out floor.
   */
  floorPaced: ChildFigures | null;
  scaling: Scaling | null;
}

export interface RowRatios {
  /** How many times more upstream calls the naive gateway makes. */
  naiveCallsPerGatewayCall: number | null;
  /** What de-duplication alone saves: naive calls over dedupe-only calls. */
  naiveCallsPerDedupeCall: number | null;
  /**
   * What batching alone saves on top: dedupe-only calls over calls of the gateway without its list
   * cache (neither keeps anything between requests).
   */
  dedupeCallsPerBatchedCall: number | null;
  /** What the cross-request list cache saves on top of that: calls without it over calls with it. */
  noListCacheCallsPerGatewayCall: number | null;
  roundsPerDepth: number | null;
  /** Against the floor at the same pace. */
  gatewayCpuPerFloorCpu: number | null;
  naiveCpuPerGatewayCpu: number | null;
  gatewayReqPerSecPerFloor: number | null;
  naiveReqPerSecPerGateway: number | null;
  /** Gateway p50 over rounds × latency + 10 ms (≤ 1 meets the target). */
  p50PerBudget: number | null;
}

export function rowRatios(row: Row): RowRatios {
  const g = row.gateway.load;
  const n = row.naive.load;
  return {
    naiveCallsPerGatewayCall: ratio(row.naive.calls, row.gateway.calls),
    naiveCallsPerDedupeCall: ratio(row.naive.calls, row.dedupe.calls),
    dedupeCallsPerBatchedCall: ratio(row.dedupe.calls, row.noListCache.calls),
    noListCacheCallsPerGatewayCall: ratio(row.noListCache.calls, row.gateway.calls),
    roundsPerDepth: ratio(row.gateway.rounds, row.depth),
    gatewayCpuPerFloorCpu: ratio(g?.cpuMsPerRequest, row.floorPaced?.cpuMsPerRequest),
    naiveCpuPerGatewayCpu: ratio(n?.cpuMsPerRequest, g?.cpuMsPerRequest),
    gatewayReqPerSecPerFloor: ratio(g?.reqPerSec, row.floor?.reqPerSec),
    naiveReqPerSecPerGateway: ratio(n?.reqPerSec, g?.reqPerSec),
    p50PerBudget: row.latencyMs > 0 ? ratio(g?.p50Ms, latencyBudgetMs(row.depth, row.latencyMs)) : null,
  };
}

export function rowVerdicts(row: Row): Record<string, Verdict> {
  const verdicts: Record<string, Verdict> = {
    rounds: judgeRounds(row.gateway.rounds, row.depth),
    cpu: judgeCpu(row.gateway.load?.cpuMsPerRequest ?? null, row.floorPaced?.cpuMsPerRequest ?? null),
  };
  if (row.latencyMs > 0) verdicts['latency'] = judgeLatency(row.gateway.load?.p50Ms ?? null, row.depth, row.latencyMs);
  return verdicts;
}

/** One load measurement (warm-up included) in which some responses failed their check. */
export interface LoadFailure {
  query: string;
  /** null for the flat-out floor, which calls no upstream. */
  latencyMs: number | null;
  server: string;
  failed: number;
  /** Responses received in the measured load (the warm-up's are not in it). */
  responses: number;
  /** e.g. "3 with errors, 1 non-200". */
  kinds: string;
  /** The first failing response, cut short. */
  first: string | null;
}

export interface TagExplorerAt50 {
  usersPerTag: number;
  gatewayCalls: number;
  dedupeCalls: number;
  naiveCalls: number;
}

export interface Results {
  date: string;
  mode: 'quick' | 'full';
  machine: ReturnType<typeof describeMachine> & { loadAverageAtEnd: number[] };
  settings: Record<string, unknown>;
  notes: string[];
  /** Empty in a clean run; anything here means some figures measure failures, not the query. */
  loadFailures: LoadFailure[];
  rows: Array<Row & { ratios: RowRatios; verdicts: Record<string, Verdict> }>;
  tagExplorerAt50: (TagExplorerAt50 & { verdict: Verdict }) | null;
  /** The tag explorer with company names, company entity cache on vs off (company-cache.ts). */
  companyCache: CompanyCacheSection | null;
  coldStart: { runs: ColdStart[]; medianMs: number | null; verdict: Verdict } | null;
  paging: (PagingFigures & { verdict: Verdict }) | null;
  seconds: number;
}

/** The 1, 5 and 15 minute load averages, to two decimals: how busy the shared machine was. */
export const loadAverage = (): number[] => loadavg().map((n) => Math.round(n * 100) / 100);

export function describeMachine() {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
    loadAverageAtStart: loadAverage(),
  };
}

export function finishRows(rows: Row[]): Results['rows'] {
  return rows.map((row) => ({ ...row, ratios: rowRatios(row), verdicts: rowVerdicts(row) }));
}

export function verdictsForExtras(
  at50: TagExplorerAt50 | null,
  coldRuns: ColdStart[],
  coldMedian: number | null,
  paging: PagingFigures | null,
) {
  return {
    tagExplorerAt50: at50 ? judgeNaiveCalls(at50.gatewayCalls, at50.naiveCalls) : null,
    coldStart: coldRuns.length ? judgeColdStart(coldMedian) : null,
    paging: paging ? judgeRss(paging.peakRssMb) : null,
  };
}

export function writeResults(file: string, results: Results): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

const num = (value: number | null | undefined, digits = 0) => (value == null || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const times = (value: number | null | undefined, digits = 1) => (value == null ? '–' : `${value.toFixed(digits)}×`);
const mark = (verdict: Verdict | undefined) => (verdict?.met == null ? ' ' : verdict.met ? '✓' : '✗');

/** Failing responses of one row's measurements (the flat-out floor of its query included). */
export function failedInRow(row: Pick<Row, 'query' | 'latencyMs'>, failures: readonly LoadFailure[]): number {
  return failures
    .filter((failure) => failure.query === row.query && (failure.latencyMs === row.latencyMs || failure.latencyMs === null))
    .reduce((sum, failure) => sum + failure.failed, 0);
}

/**
 * One line per row; g = gateway, b = gateway without its list cache (calls only), d = dedupe-only,
 * n = naive, f = yoga from memory. n÷d credits de-duplication, d÷b batching, b÷g the list cache. A row whose
 * measurements had failing responses says so in its own cell, in capitals: its load figures are
 * not figures of the query.
 */
export function formatTable(rows: Results['rows'], failures: readonly LoadFailure[]): string {
  const header = [
    'query', 'lat', 'calls g(1st)/b/d/n', 'n÷d', 'd÷b', 'b÷g', 'rounds g(wire)/depth', 'req/s g/d/n/f', 'p50 ms g/d/n/f', 'p99 g', 'budget',
    'RSS MB g/d/n/f', 'CPU ms/req g/d/n/f=', 'g÷f=', 'failed',
  ];
  const lines = rows.map((row) => {
    const g = row.gateway.load;
    const d = row.dedupe.load;
    const n = row.naive.load;
    const f = row.floor;
    const budget = row.latencyMs > 0 ? `${latencyBudgetMs(row.depth, row.latencyMs)}${mark(row.verdicts['latency'])}` : '–';
    const failed = failedInRow(row, failures);
    return [
      row.query,
      `${row.latencyMs}ms`,
      `${row.gateway.calls}(${row.gateway.firstCalls})/${row.noListCache.calls}/${row.dedupe.calls}/${row.naive.calls}`,
      times(row.ratios.naiveCallsPerDedupeCall),
      times(row.ratios.dedupeCallsPerBatchedCall),
      times(row.ratios.noListCacheCallsPerGatewayCall, 2),
      `${row.gateway.rounds}(${row.gateway.wireRounds})/${row.depth}${mark(row.verdicts['rounds'])}`,
      `${num(g?.reqPerSec)}/${num(d?.reqPerSec)}/${num(n?.reqPerSec)}/${num(f?.reqPerSec)}`,
      `${num(g?.p50Ms, 1)}/${num(d?.p50Ms, 1)}/${num(n?.p50Ms, 1)}/${num(f?.p50Ms, 1)}`,
      num(g?.p99Ms, 1),
      budget,
      `${num(g?.peakRssMb)}/${num(d?.peakRssMb)}/${num(n?.peakRssMb)}/${num(f?.peakRssMb)}`,
      `${num(g?.cpuMsPerRequest, 2)}/${num(d?.cpuMsPerRequest, 2)}/${num(n?.cpuMsPerRequest, 2)}/${num(row.floorPaced?.cpuMsPerRequest, 2)}`,
      `${times(row.ratios.gatewayCpuPerFloorCpu)}${mark(row.verdicts['cpu'])}`,
      failed > 0 ? `${failed} FAILED` : '0',
    ];
  });
  return formatColumns([header, ...lines]);
}

/**
 * Printed above and below the tables when any response failed its check: which measurement, how
 * many, of what kind, and the first failing answer. Empty when every response was good.
 */
export function formatFailureBanner(failures: readonly LoadFailure[]): string {
  if (failures.length === 0) return '';
  const total = failures.reduce((sum, failure) => sum + failure.failed, 0);
  const lines = [`!!! ${total} RESPONSES FAILED UNDER LOAD (non-200, errors, or not the reference answer): the figures of these measurements are not figures of the query !!!`];
  for (const failure of failures) {
    const at = failure.latencyMs === null ? '' : ` at ${failure.latencyMs} ms`;
    lines.push(`!!! ${failure.query}${at} on the ${failure.server}: ${failure.failed} failed (${failure.kinds}) of ${failure.responses} measured responses; first: ${failure.first ?? '?'}`);
  }
  return lines.join('\n');
}

/** What the cross-request list cache saves per warm request (calls and rounds, cache on vs off). */
export function formatListCache(rows: Results['rows']): string {
  const header = ['query', 'lat', 'calls with / without list cache', 'rounds with / without'];
  const lines = rows
    .filter((row) => row.latencyMs === 0)
    .map((row) => [row.query, `${row.latencyMs}ms`, `${row.gateway.calls} / ${row.noListCache.calls}`, `${row.gateway.rounds} / ${row.noListCache.rounds}`]);
  return formatColumns([header, ...lines]);
}

/**
 * Where the gateway's p50 goes, for rows with upstream latency: the upstream's own time on the
 * critical path (measured in process) and what is left — the gateway's CPU and queueing.
 */
export function formatLatencyBreakdown(rows: Results['rows'], cores: number): string {
  const header = ['query', 'lat', 'p50 g', 'budget', 'upstream critical path', 'p50 − critical path', 'depth×lat', 'CPU ms/req g + upstream', `÷ ${cores} cores`];
  const lines = rows
    .filter((row) => row.latencyMs > 0)
    .map((row) => {
      const p50 = row.gateway.load?.p50Ms ?? null;
      const gatewayCpu = row.gateway.load?.cpuMsPerRequest ?? null;
      const upstreamCpu = row.gateway.load?.upstreamCpuMsPerRequest ?? null;
      const both = gatewayCpu == null || upstreamCpu == null ? null : gatewayCpu + upstreamCpu;
      return [
        row.query,
        `${row.latencyMs}ms`,
        num(p50, 1),
        String(latencyBudgetMs(row.depth, row.latencyMs)),
        num(row.gateway.upstreamCriticalMs, 1),
        num(p50 == null ? null : p50 - row.gateway.upstreamCriticalMs, 1),
        String(row.depth * row.latencyMs),
        both == null ? '–' : `${num(gatewayCpu, 1)} + ${num(upstreamCpu, 1)}`,
        num(both == null ? null : both / cores, 1),
      ];
    });
  return formatColumns([header, ...lines]);
}

/** Whether upstream calls grow with the rows a query asks for (measured at 0 ms, in process). */
export function formatScaling(rows: Results['rows']): string {
  const header = ['query', 'more rows', 'calls', 'calls with more rows'];
  const lines = rows
    .filter((row) => row.latencyMs === 0 && row.scaling)
    .map((row) => [row.query, row.scaling!.note, String(row.scaling!.calls), String(row.scaling!.scaledCalls)]);
  return formatColumns([header, ...lines]);
}

/** Left-aligned columns, two spaces apart. */
export function formatColumns(lines: string[][]): string {
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? '').length)));
  return lines.map((line) => line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}
