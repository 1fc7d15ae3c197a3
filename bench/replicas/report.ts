/**
 * The replicas benchmark's results: one row per replica count, printed as a table and saved as JSON.
 */
import { formatColumns } from '../gateway/report.js';
import { describeFailures } from '../gateway/response-check.js';
import type { MixedLoadResult } from './mixed-load.js';

export interface ReplicaConfiguration {
  replicas: number;
  load: MixedLoadResult;
  /** Failing responses before the measured load (each replica's first answers, the warm-up load). */
  warmupFailed: number;
  /**
   * Upstream calls received during the measured load, per response: exact, since requests in flight
   * at the time bound are answered before the count (a request abandoned after the drain time, see
   * `load.abandoned`, would add its calls without a response).
   */
  upstreamCallsPerRequest: number | null;
  /** The load's upstream calls by status ("pending": unanswered when counted). */
  upstreamStatuses: Record<string, number>;
  /** CPU of all gateway replicas together, per response. */
  gatewayCpuMsPerRequest: number | null;
  /** CPU of each replica during the load, ms, in replica order: how evenly the work spread. */
  gatewayCpuMsByReplica: number[];
  upstreamCpuMsPerRequest: number | null;
  redisCpuMsPerRequest: number | null;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
}

/** CPU ms over responses; null without responses (a figure of nothing must not read as zero). */
export function perRequest(totalMs: number, requests: number): number | null {
  return requests > 0 ? totalMs / requests : null;
}

const num = (value: number | null | undefined, digits = 1) => (value == null || !Number.isFinite(value) ? '–' : value.toFixed(digits));

export function formatReplicaTable(rows: readonly ReplicaConfiguration[]): string {
  const header = [
    'replicas', 'req/s', 'p50 ms', 'p99 ms', 'responses', 'failed', 'upstream calls/req', 'CPU ms/req gateways (each replica, total ms)', 'CPU ms/req upstream', 'CPU ms/req redis', 'load avg before → after',
  ];
  const lines = rows.map((row) => [
    String(row.replicas),
    num(row.load.reqPerSec),
    num(row.load.p50Ms),
    num(row.load.p99Ms),
    String(row.load.requests),
    String(row.load.failed + row.warmupFailed),
    num(row.upstreamCallsPerRequest),
    `${num(row.gatewayCpuMsPerRequest, 2)} (${row.gatewayCpuMsByReplica.map((ms) => ms.toFixed(0)).join(' + ')})`,
    num(row.upstreamCpuMsPerRequest, 2),
    num(row.redisCpuMsPerRequest, 2),
    `${row.loadAverageBefore[0]?.toFixed(2)} → ${row.loadAverageAfter[0]?.toFixed(2)}`,
  ]);
  return formatColumns([header, ...lines]);
}

/** One line per configuration whose responses failed their check: its figures measure failures. */
export function failureLines(rows: readonly ReplicaConfiguration[]): string[] {
  return rows
    .filter((row) => row.load.failed + row.warmupFailed > 0)
    .map((row) => `FAILED with ${row.replicas} replica(s): ${describeFailures(row.load.failures) || 'none in the load'}${row.warmupFailed ? `, ${row.warmupFailed} in the warm-up` : ''}; first: ${row.load.firstFailure ?? '–'}`);
}
