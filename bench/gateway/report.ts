/**
 * The benchmark's results: one row per reference query and upstream latency with the gateway's
 * figures beside its two references (the naive gateway and yoga from memory), the ratios between
 * them and the verdict on each issue-4 target; printed as a table and saved as JSON.
 */
import { cpus, loadavg, totalmem, release } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ChildFigures } from './measure.js';
import type { ColdStart } from './cold-start.js';
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
  naive: CallFigures & { load: ChildFigures | null };
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

export interface Results {
  date: string;
  mode: 'quick' | 'full';
  machine: ReturnType<typeof describeMachine>;
  settings: Record<string, unknown>;
  notes: string[];
  rows: Array<Row & { ratios: RowRatios; verdicts: Record<string, Verdict> }>;
  tagExplorerAt50: { usersPerTag: number; gatewayCalls: number; naiveCalls: number; verdict: Verdict } | null;
  coldStart: { runs: ColdStart[]; medianMs: number | null; verdict: Verdict } | null;
  paging: (PagingFigures & { verdict: Verdict }) | null;
  seconds: number;
}

export function describeMachine() {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

export function finishRows(rows: Row[]): Results['rows'] {
  return rows.map((row) => ({ ...row, ratios: rowRatios(row), verdicts: rowVerdicts(row) }));
}

export function verdictsForExtras(
  at50: { gatewayCalls: number; naiveCalls: number } | null,
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

/** One line per row; g = gateway, n = naive (batching and caching off), f = yoga from memory. */
export function formatTable(rows: Results['rows']): string {
  const header = [
    'query', 'lat', 'calls g(1st)/n', 'n÷g', 'rounds g(wire)/depth', 'req/s g/n/f', 'p50 ms g/n/f', 'p99 g', 'budget', 'RSS MB g/n/f', 'CPU ms/req g/n/f=', 'g÷f=',
  ];
  const lines = rows.map((row) => {
    const g = row.gateway.load;
    const n = row.naive.load;
    const f = row.floor;
    const budget = row.latencyMs > 0 ? `${latencyBudgetMs(row.depth, row.latencyMs)}${mark(row.verdicts['latency'])}` : '–';
    return [
      row.query,
      `${row.latencyMs}ms`,
      `${row.gateway.calls}(${row.gateway.firstCalls})/${row.naive.calls}`,
      times(row.ratios.naiveCallsPerGatewayCall),
      `${row.gateway.rounds}(${row.gateway.wireRounds})/${row.depth}${mark(row.verdicts['rounds'])}`,
      `${num(g?.reqPerSec)}/${num(n?.reqPerSec)}/${num(f?.reqPerSec)}`,
      `${num(g?.p50Ms, 1)}/${num(n?.p50Ms, 1)}/${num(f?.p50Ms, 1)}`,
      num(g?.p99Ms, 1),
      budget,
      `${num(g?.peakRssMb)}/${num(n?.peakRssMb)}/${num(f?.peakRssMb)}`,
      `${num(g?.cpuMsPerRequest, 2)}/${num(n?.cpuMsPerRequest, 2)}/${num(row.floorPaced?.cpuMsPerRequest, 2)}`,
      `${times(row.ratios.gatewayCpuPerFloorCpu)}${mark(row.verdicts['cpu'])}`,
    ];
  });
  return formatColumns([header, ...lines]);
}

/**
 * Where the gateway's p50 goes, for rows with upstream latency: the upstream's own time on the
 * critical path (measured in process) and what is left — the gateway's CPU and queueing.
 */
export function formatLatencyBreakdown(rows: Results['rows']): string {
  const header = ['query', 'lat', 'p50 g', 'budget', 'upstream critical path', 'p50 − critical path', 'depth×lat'];
  const lines = rows
    .filter((row) => row.latencyMs > 0)
    .map((row) => {
      const p50 = row.gateway.load?.p50Ms ?? null;
      return [
        row.query,
        `${row.latencyMs}ms`,
        num(p50, 1),
        String(latencyBudgetMs(row.depth, row.latencyMs)),
        num(row.gateway.upstreamCriticalMs, 1),
        num(p50 == null ? null : p50 - row.gateway.upstreamCriticalMs, 1),
        String(row.depth * row.latencyMs),
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
