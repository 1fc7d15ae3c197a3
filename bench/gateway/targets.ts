/**
 * The benchmark's targets as pure functions of measured figures, so the table, the JSON and the smoke test
 * all judge a run the same way. A ratio is `null` when its reference is missing or zero (a figure
 * that cannot be compared must not read as "infinitely good").
 */

/** The slack the latency target allows on top of the upstream's own waiting. */
export const LATENCY_SLACK_MS = 10;
/** Gateway CPU per request may be at most this multiple of yoga serving the same response from memory. */
export const CPU_FLOOR_FACTOR = 2;
/** Batching must save at least this factor of upstream calls on the tag explorer at 50 users per tag. */
export const NAIVE_CALLS_FACTOR = 10;
export const PAGING_RSS_LIMIT_MB = 256;
export const COLD_START_LIMIT_MS = 1_000;

export function ratio(value: number | null | undefined, reference: number | null | undefined): number | null {
  if (value == null || reference == null || !Number.isFinite(value) || !Number.isFinite(reference) || reference === 0) return null;
  return value / reference;
}

/** The p50 the target allows: each sequential round waits one upstream latency, plus fixed slack. */
export function latencyBudgetMs(rounds: number, upstreamLatencyMs: number): number {
  return rounds * upstreamLatencyMs + LATENCY_SLACK_MS;
}

export interface Verdict {
  met: boolean | null;
  /** e.g. "p50 48.2 ms ≤ 70 ms". */
  detail: string;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function judgeLatency(p50Ms: number | null, rounds: number, upstreamLatencyMs: number): Verdict {
  const budget = latencyBudgetMs(rounds, upstreamLatencyMs);
  if (p50Ms == null) return { met: null, detail: `no p50 measured (budget ${budget} ms)` };
  const met = p50Ms <= budget;
  return { met, detail: `p50 ${fmt(p50Ms)} ms ${met ? '≤' : '>'} ${rounds}×${upstreamLatencyMs}+${LATENCY_SLACK_MS} = ${budget} ms` };
}

export function judgeCpu(gatewayCpuMs: number | null, floorCpuMs: number | null): Verdict {
  const r = ratio(gatewayCpuMs, floorCpuMs);
  if (r == null) return { met: null, detail: 'no CPU floor to compare with' };
  const met = r <= CPU_FLOOR_FACTOR;
  return { met, detail: `CPU ${fmt(gatewayCpuMs!, 2)} ms/req = ${fmt(r, 2)}× floor ${fmt(floorCpuMs!, 2)} ms (limit ${CPU_FLOOR_FACTOR}×)` };
}

export function judgeNaiveCalls(batchedCalls: number, naiveCalls: number): Verdict {
  const r = ratio(naiveCalls, batchedCalls);
  if (r == null) return { met: null, detail: 'no batched calls to compare with' };
  const met = r >= NAIVE_CALLS_FACTOR;
  return { met, detail: `${naiveCalls} naive / ${batchedCalls} batched = ${fmt(r)}× fewer (need ≥ ${NAIVE_CALLS_FACTOR}×)` };
}

export function judgeRounds(measured: number, ideal: number): Verdict {
  return { met: measured <= ideal, detail: `${measured} rounds, query depth ${ideal}` };
}

export function judgeRss(peakMb: number | null): Verdict {
  if (peakMb == null) return { met: null, detail: 'peak RSS not measured' };
  const met = peakMb < PAGING_RSS_LIMIT_MB;
  return { met, detail: `peak RSS ${fmt(peakMb)} MB ${met ? '<' : '≥'} ${PAGING_RSS_LIMIT_MB} MB` };
}

export function judgeColdStart(ms: number | null): Verdict {
  if (ms == null) return { met: null, detail: 'cold start not measured' };
  const met = ms <= COLD_START_LIMIT_MS;
  return { met, detail: `first answer ${fmt(ms, 0)} ms after spawn ${met ? '≤' : '>'} ${COLD_START_LIMIT_MS} ms` };
}

/** The company entity cache: steady-state upstream calls of the tag explorer with company names. */
export const ENTITY_CACHE_MAX_CALLS = 60;
/** …and its gateway CPU per request with the cache, as a fraction of the same gateway's without it. */
export const ENTITY_CACHE_CPU_FRACTION = 1 / 3;

export function judgeEntityCacheCalls(callsPerRequest: number | null, withoutCache: number | null): Verdict {
  if (callsPerRequest == null) return { met: null, detail: 'no calls per request measured' };
  const met = callsPerRequest <= ENTITY_CACHE_MAX_CALLS;
  const from = withoutCache == null ? '' : ` (${fmt(withoutCache)} without the entity cache)`;
  return { met, detail: `${fmt(callsPerRequest)} upstream calls/req ${met ? '≤' : '>'} ${ENTITY_CACHE_MAX_CALLS}${from}` };
}

export function judgeEntityCacheCpu(withCacheMs: number | null, withoutCacheMs: number | null): Verdict {
  const r = ratio(withCacheMs, withoutCacheMs);
  if (r == null) return { met: null, detail: 'no CPU without the entity cache to compare with' };
  const met = r <= ENTITY_CACHE_CPU_FRACTION;
  return { met, detail: `CPU ${fmt(withCacheMs!, 2)} ms/req = ${fmt(r, 2)}× of ${fmt(withoutCacheMs!, 2)} ms without the entity cache (limit ${fmt(ENTITY_CACHE_CPU_FRACTION, 2)}×)` };
}

/**
 * CPU per request of this query measured before the entity cache existed, on this 2-core machine:
 * 150–230 ms. The target "a third of that CPU" is also judged against its low end (50 ms), since
 * the cache-off baseline of the same build has since become cheaper for other reasons.
 */
export const CPU_BEFORE_ENTITY_CACHE_MS = 150;

export function judgeEntityCacheCpuAgainstBefore(withCacheMs: number | null): Verdict {
  const limit = CPU_BEFORE_ENTITY_CACHE_MS * ENTITY_CACHE_CPU_FRACTION;
  if (withCacheMs == null) return { met: null, detail: `no CPU measured (limit ${fmt(limit)} ms)` };
  const met = withCacheMs <= limit;
  return { met, detail: `CPU ${fmt(withCacheMs, 2)} ms/req ${met ? '≤' : '>'} ${fmt(limit)} ms, a third of the ${CPU_BEFORE_ENTITY_CACHE_MS} ms measured before the entity cache existed` };
}
