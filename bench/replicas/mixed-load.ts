/**
 * A closed loop of mixed GraphQL requests spread over several gateway replicas: `clients` loops, each
 * sending its next request when its last answer is in, bounded by `maxSeconds` and `maxRequests`.
 * At the time bound the loop finishes the current cycle (every query on every replica, at most
 * replicas × queries more requests) so that each query weighs the same in every configuration; then
 * no new request starts, and those in flight are waited for (at most `drainSeconds` more, then
 * aborted and not counted): every request started is normally answered, so upstream calls and CPU
 * per request have no cut-off request in them.
 * Request n goes to the replica and carries the query `assignmentOf(n)` names, so every replica sees
 * every query equally often — what a round-robin load balancer in front of them would do. Every
 * response is judged against its query's reference (../gateway/response-check.ts).
 */
import { setMaxListeners } from 'node:events';
import { Pool } from 'undici';
import { percentile } from '../gateway/load.js';
import { countFailure, createResponseChecker, NO_FAILURES, totalFailures, type FailureCounts, type ResponseChecker } from '../gateway/response-check.js';

export interface MixedQuery {
  name: string;
  /** The JSON request body. */
  body: string;
  /** The answer every response must equal byte for byte. */
  expected: string;
}

export interface MixedLoadOptions {
  clients: number;
  /** No request starts after this. */
  maxSeconds: number;
  maxRequests: number;
  /** How long requests in flight at `maxSeconds` may still take before they are aborted. @default 30 */
  drainSeconds?: number;
}

export interface MixedLoadResult {
  /** Responses received (any status, any body). */
  requests: number;
  failures: FailureCounts;
  failed: number;
  firstFailure: string | null;
  seconds: number;
  reqPerSec: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Requests aborted after the drain time (neither answers nor failures; normally 0). */
  abandoned: number;
  /** Responses per replica, in the order the replicas were given. */
  perReplica: number[];
  /** p50 and responses per query. */
  perQuery: Record<string, { requests: number; p50Ms: number | null }>;
}

/**
 * The n-th request (from 0) goes to replica `n mod replicas` and asks query `floor(n / replicas) mod
 * queries`: consecutive requests visit every replica with the same query before the next query, so
 * the replicas share the queries evenly whatever the two counts are (n mod both would pair replica 0
 * with the even queries only when both counts are even).
 */
export function assignmentOf(n: number, replicas: number, queries: number): { replica: number; query: number } {
  if (!Number.isInteger(n) || n < 0) throw new Error(`request number must be a whole number ≥ 0, got ${n}`);
  if (!Number.isInteger(replicas) || replicas < 1 || !Number.isInteger(queries) || queries < 1) {
    throw new Error(`need at least one replica and one query, got ${replicas} and ${queries}`);
  }
  return { replica: n % replicas, query: Math.floor(n / replicas) % queries };
}

export async function runMixedLoad(replicaUrls: readonly string[], queries: readonly MixedQuery[], options: MixedLoadOptions): Promise<MixedLoadResult> {
  const targets = replicaUrls.map((url) => new URL(url));
  // Each replica gets as many connections as there are clients: any client may be talking to it.
  const pools = targets.map((target) => new Pool(target.origin, { connections: options.clients, pipelining: 1, headersTimeout: 60_000, bodyTimeout: 60_000 }));
  const checks: ResponseChecker[] = queries.map((query) => createResponseChecker(query.expected));
  const latencies: number[] = [];
  const byQuery: number[][] = queries.map(() => []);
  const perReplica = targets.map(() => 0);
  const failures: FailureCounts = { ...NO_FAILURES };
  let firstFailure: string | null = null;
  let issued = 0;
  let abandoned = 0;
  let issuing = true;
  const cycle = targets.length * queries.length;
  const stop = new AbortController();
  // Every request in flight listens on the one stop signal (request and body): not a leak.
  setMaxListeners(options.clients * 4 + 10, stop.signal);
  const started = performance.now();
  const stopIssuing = setTimeout(() => (issuing = false), options.maxSeconds * 1000);
  const timer = setTimeout(() => stop.abort(), (options.maxSeconds + (options.drainSeconds ?? 30)) * 1000);
  const fail = (why: string) => {
    if (firstFailure === null) firstFailure = why.slice(0, 300);
  };

  async function client(): Promise<void> {
    while (!stop.signal.aborted && issued < options.maxRequests && (issuing || issued % cycle !== 0)) {
      const { replica, query } = assignmentOf(issued, targets.length, queries.length);
      issued += 1;
      const target = targets[replica]!;
      const sent = performance.now();
      try {
        const response = await pools[replica]!.request({
          path: `${target.pathname}${target.search}`,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: queries[query]!.body,
          signal: stop.signal,
        });
        const bytes = new Uint8Array(await response.body.arrayBuffer());
        const ms = performance.now() - sent;
        latencies.push(ms);
        byQuery[query]!.push(ms);
        perReplica[replica]! += 1;
        const verdict = checks[query]!(response.statusCode, bytes);
        if (verdict === 'ok') continue;
        countFailure(failures, verdict);
        fail(`${queries[query]!.name} on replica ${replica + 1}: ${verdict}: ${response.statusCode} ${Buffer.from(bytes).toString('utf8')}`);
      } catch (error) {
        // Cut off after the drain time: neither an answer nor a failure.
        if (stop.signal.aborted) {
          abandoned += 1;
          return;
        }
        failures.noResponse += 1;
        fail(`${queries[query]!.name} on replica ${replica + 1}: no response: ${(error as Error).message}`);
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: options.clients }, () => client()));
  } finally {
    clearTimeout(stopIssuing);
    clearTimeout(timer);
    await Promise.all(pools.map((pool) => pool.destroy()));
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const perQuery: MixedLoadResult['perQuery'] = {};
  queries.forEach((query, i) => {
    const own = byQuery[i]!.sort((a, b) => a - b);
    perQuery[query.name] = { requests: own.length, p50Ms: percentile(own, 50) };
  });
  return {
    requests: latencies.length,
    failures,
    failed: totalFailures(failures),
    firstFailure,
    seconds,
    reqPerSec: seconds > 0 ? latencies.length / seconds : 0,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    abandoned,
    perReplica,
    perQuery,
  };
}
