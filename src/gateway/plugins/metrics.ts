/**
 * `/metrics` in Prometheus' text format on the gateway's own port: yoga's Prometheus plugin for the
 * GraphQL phases (its metrics go into the gateway's registry, see metrics/gateway-metrics.ts), and
 * the gateway's own counters of errors and refusals.
 *
 * Who may scrape: callers on the same machine (a loopback peer that no proxy forwarded for), and
 * whoever `allow` admits — the auth layer passes a check for the `dev` scope. Everyone else gets 403:
 * the metrics name endpoints, rates and token digests, which an outsider has no business reading.
 */
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { operationFactsOf } from '../operation-facts.js';
import { yogaPlugin } from '../yoga-runtime.js';

export interface MetricsOptions {
  metrics: GatewayMetrics;
  /** Where the scrape is served. @default '/metrics' */
  endpoint?: string;
  /** Admit a scrape from a caller that is not local (e.g. one with the `dev` scope). @default none */
  allow?: (request: Request) => boolean | Promise<boolean>;
}

export function useMetrics(options: MetricsOptions): Plugin {
  const { metrics } = options;
  const endpoint = options.endpoint ?? '/metrics';
  const { usePrometheus } = yogaPlugin('@graphql-yoga/plugin-prometheus');
  const prometheus = usePrometheus({
    registry: metrics.registry,
    endpoint: false,
    // Operation names are chosen by callers: as labels, a hostile caller could mint unbounded series.
    labels: { operationName: false },
    // Every metric costs work on every request. Off: the summary (percentiles computed in-process;
    // the duration histogram answers the same with PromQL), deprecated-field tracking (walks every
    // document; the schema has no deprecations), the context phase (ours is a constructor call),
    // subscriptions (there are none) and schema changes (the schema is built once).
    metrics: {
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
    },
  });

  return {
    onPluginInit({ addPlugin }) {
      addPlugin(prometheus);
    },
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      const admitted = isLocalPeer(request, serverContext) || ((await options.allow?.(request)) ?? false);
      if (!admitted) {
        endResponse(
          fetchAPI.Response.json(
            { errors: [{ message: 'Metrics are served to local callers and to callers with the dev scope', extensions: { code: 'FORBIDDEN' } }] },
            { status: 403 },
          ),
        );
        return;
      }
      endResponse(new fetchAPI.Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } }));
    },
    onExecutionResult({ context }) {
      // A cost plugin records the operation's estimate as a fact (operation-facts.ts).
      const cost = operationFactsOf(context)?.['cost'];
      if (typeof cost === 'number') metrics.observeCost(cost);
    },
    onResultProcess({ result }) {
      if (Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        // No `data` at all: the request was answered without executing (invalid, refused).
        const refused = !('data' in single) || single.data === undefined;
        for (const error of single.errors ?? []) {
          const code = error.extensions?.['code'];
          metrics.error(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR', refused);
        }
      }
    },
  };
}

/** A loopback peer, and no proxy header: a local reverse proxy would make every outsider look local. */
function isLocalPeer(request: Request, serverContext: unknown): boolean {
  const address = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket?.remoteAddress;
  if (!address) return false;
  const loopback = address === '::1' || /^(::ffff:)?127\./.test(address);
  const proxied = ['forwarded', 'x-forwarded-for', 'x-real-ip'].some((name) => request.headers.has(name));
  return loopback && !proxied;
}
