/**
 * The gateway's own Prometheus metrics, in one prom-client registry that yoga's Prometheus plugin
 * shares (plugins/metrics.ts), so `/metrics` is one scrape:
 * - upstream calls by endpoint, method and status, and their latency;
 * - the upstream rate budget left, per token (a digest, never the token);
 * - hits and misses of each cache;
 * - errors by code, and refusals (requests answered without executing) by code;
 * - operation cost, for a cost-estimating plugin to feed (`observeCost`).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CallOutcome, UpstreamCall } from '../../intercom/client.js';
import { upstreamRoute } from './upstream-route.js';

export type CacheName = 'list' | 'response';

export interface GatewayMetrics {
  readonly registry: Registry;
  /** After every upstream attempt that went out (the client's `onCallDone`). */
  upstreamCallDone(call: UpstreamCall, outcome: CallOutcome): void;
  /** A lookup in one of the caches. */
  cacheLookup(cache: CacheName, hit: boolean): void;
  /** An error in a response, by its `extensions.code`; `refused` when the request was not executed. */
  error(code: string, refused: boolean): void;
  /** An operation's estimated cost (for a cost plugin). */
  observeCost(cost: number): void;
}

/** Upstream latency buckets in seconds: Intercom answers in 50 ms–2 s; timeouts are 5–10 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Codes are stable identifiers; anything else (a bug elsewhere) is folded so labels stay few. */
const CODE = /^[A-Z][A-Z0-9_]{0,40}$/;

export function createGatewayMetrics(registry: Registry = new Registry()): GatewayMetrics {
  const calls = new Counter({
    name: 'gateway_upstream_calls_total',
    help: 'HTTP requests sent to the upstream, retries included, by endpoint, method and status (0: no response)',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'gateway_upstream_call_duration_seconds',
    help: 'Time from sending an upstream request to its whole response, by endpoint and method',
    labelNames: ['route', 'method'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const budget = new Gauge({
    name: 'gateway_upstream_rate_limit_remaining',
    help: "Requests left in the upstream's current rate-limit window (X-RateLimit-Remaining of its last response), by token digest",
    labelNames: ['token'] as const,
    registers: [registry],
  });
  const cache = new Counter({
    name: 'gateway_cache_lookups_total',
    help: 'Cache lookups by cache (list: tag and segment lists; response: whole responses) and result',
    labelNames: ['cache', 'result'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'gateway_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'gateway_refusals_total',
    help: 'Requests answered without executing (invalid, unauthorized, over a limit), by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const cost = new Histogram({
    name: 'gateway_operation_cost',
    help: 'Estimated cost of executed operations (upstream calls they may make)',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    registers: [registry],
  });
  // Pre-create the cache series so a dashboard sees 0, not "no data", before the first lookup.
  for (const name of ['list', 'response'] as const) for (const result of ['hit', 'miss']) cache.labels(name, result);

  return {
    registry,
    upstreamCallDone(call, outcome) {
      const route = upstreamRoute(call.path);
      calls.labels(route, call.method, String(outcome.status)).inc();
      latency.labels(route, call.method).observe(outcome.durationMs / 1000);
      if (outcome.rateLimit) budget.labels(outcome.tokenId).set(outcome.rateLimit.remaining);
    },
    cacheLookup(name, hit) {
      cache.labels(name, hit ? 'hit' : 'miss').inc();
    },
    error(code, refused) {
      const label = CODE.test(code) ? code : 'OTHER';
      errors.labels(label).inc();
      if (refused) refusals.labels(label).inc();
    },
    observeCost(value) {
      if (Number.isFinite(value) && value >= 0) cost.observe(value);
    },
  };
}
