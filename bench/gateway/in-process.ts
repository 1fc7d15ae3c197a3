/**
 * The gateway inside the harness process, for what needs to see each upstream call: calls per
 * request and sequential rounds (timings from upstream-recorder.ts), and the exact response that the
 * yoga-from-memory floor will serve. Load, CPU and memory are measured on child processes instead
 * (children.ts), so that this process's own work never counts as the gateway's.
 */
import { createMemoryCompanyStore } from '../../src/gateway/caching/company-cache.js';
import { GATEWAY_DEFAULTS } from '../../src/gateway/config.js';
import { createGateway } from '../../src/gateway/yoga.js';
import { createIntercomClient } from '../../src/intercom/client.js';
import { DEFAULT_TUNING, type LoaderTuning } from '../../src/loaders/tuning.js';
import { countRounds, criticalPathMs } from './rounds.js';
import { recordUpstream, type RecordedCall } from './upstream-recorder.js';

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown; extensions?: Record<string, unknown> }>;
}

export interface Observed {
  body: GraphQLBody;
  /** The response exactly as serialized, to compare other servers' answers byte for byte. */
  text: string;
  calls: RecordedCall[];
  /** Sequential rounds as the loaders dispatched the calls (rounds.ts): the query's own waterfall. */
  rounds: number;
  /**
   * Sequential rounds as the calls went on the wire: more than `rounds` when calls queued for one of
   * the pool's connections (the client's `connections` limit) behind calls of the same level.
   */
  wireRounds: number;
  /** Retries the client made (each is also in `calls`); a clean run has none. */
  retries: number;
  /** Upstream time on the critical path (rounds.ts), dispatch to answer. */
  upstreamCriticalMs: number;
  ms: number;
}

export interface InProcessGateway {
  run(document: string, variables: Record<string, unknown>): Promise<Observed>;
  close(): Promise<void>;
}

/**
 * The gateway as `serve` builds it (same loader tuning, same cross-request list cache TTL unless
 * told otherwise, serve's company entity cache), minus the HTTP listener. The naive and dedupe tunings turn the cross-request
 * caches off inside createGateway. Run one in-process gateway's requests at a time: the call
 * recorders of two gateways on one upstream tell their calls apart only by who is waiting.
 */
export function startInProcessGateway(
  upstream: { url: string; token: string },
  loaderTuning: LoaderTuning = DEFAULT_TUNING,
  connections: number = GATEWAY_DEFAULTS.connections,
  listCacheTtlMs: number = GATEWAY_DEFAULTS.listCacheTtlMs,
): InProcessGateway {
  const recorder = recordUpstream(upstream.url);
  const client = createIntercomClient({ baseUrl: upstream.url, token: upstream.token, connections, onCall: recorder.onCall });
  const companyCache = createMemoryCompanyStore({ ttlMs: GATEWAY_DEFAULTS.entityCacheTtlMs });
  const yoga = createGateway({ client, logging: false, graphiql: false, loaderTuning, listCacheTtlMs, companyCache });

  return {
    async run(document, variables) {
      recorder.take();
      const started = performance.now();
      const response = await yoga.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: document, variables }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as GraphQLBody;
      const ms = performance.now() - started;
      const calls = recorder.take();
      return {
        body,
        text,
        calls,
        rounds: countRounds(calls.map((call) => ({ start: call.dispatched, end: call.end }))),
        wireRounds: countRounds(calls.map((call) => ({ start: call.sent, end: call.end }))),
        retries: calls.filter((call) => call.attempt > 1).length,
        upstreamCriticalMs: criticalPathMs(calls.map((call) => ({ start: call.dispatched, end: call.end }))),
        ms,
      };
    },
    async close() {
      recorder.close();
      await client.close();
    },
  };
}
