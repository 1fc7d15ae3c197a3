/**
 * A span per GraphQL operation and a child span per upstream call, and W3C `traceparent` on every
 * upstream request, naming that call's span, so the upstream's own traces join the operation's.
 *
 * The operation span continues the caller's trace when the request carries a valid `traceparent`.
 * Spans carry the operation's type and name, and per call the endpoint (ids replaced, as in the
 * metrics), method, status and attempt — never variables, ids, bodies or tokens.
 */
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamCall } from '../../intercom/client.js';
import { upstreamRoute } from '../metrics/upstream-route.js';
import type { Tracing } from '../tracing/tracing.js';
import type { GatewayContext } from '../../schema/context.js';

export interface TracingPluginOptions {
  tracing: Tracing;
}

const headerGetter = {
  keys: (carrier: Headers) => [...carrier.keys()],
  get: (carrier: Headers, key: string) => carrier.get(key) ?? undefined,
};

export function useTracing(options: TracingPluginOptions): Plugin {
  const { tracer, propagator } = options.tracing;
  return {
    onExecute({ args }) {
      const context = args.contextValue as unknown as GatewayContext & { request?: Request };
      const operation = getOperationAST(args.document, args.operationName);
      const type = operation?.operation ?? 'query';
      const name = operation?.name?.value.slice(0, 100);
      const parent = context.request ? propagator.extract(ROOT_CONTEXT, context.request.headers, headerGetter) : ROOT_CONTEXT;
      const span = tracer.startSpan(
        name ? `${type} ${name}` : type,
        { kind: SpanKind.SERVER, attributes: { 'graphql.operation.type': type, ...(name ? { 'graphql.operation.name': name } : {}) } },
        parent,
      );
      const operationContext = trace.setSpan(parent, span);
      const open = new Map<UpstreamCall, Span>();

      context.callScope?.listen({
        beforeCall(call) {
          const route = upstreamRoute(call.path);
          const callSpan = tracer.startSpan(
            `${call.method} ${route}`,
            {
              kind: SpanKind.CLIENT,
              attributes: { 'http.request.method': call.method, 'url.template': route, 'gateway.upstream.attempt': call.attempt },
            },
            operationContext,
          );
          open.set(call, callSpan);
          const headers: Record<string, string> = {};
          propagator.inject(trace.setSpan(operationContext, callSpan), headers, { set: (carrier, key, value) => (carrier[key] = value) });
          call.headers = { ...call.headers, ...headers };
        },
        afterCall(call, outcome) {
          const callSpan = open.get(call);
          if (!callSpan) return;
          open.delete(call);
          callSpan.setAttribute('http.response.status_code', outcome.status);
          if (outcome.status === 0 || outcome.status >= 400) callSpan.setStatus({ code: SpanStatusCode.ERROR });
          callSpan.end();
        },
      });

      return {
        onExecuteDone({ result }) {
          // A call refused after this listener saw it (a spent budget) never settles: close it as such.
          for (const callSpan of open.values()) {
            callSpan.setAttribute('gateway.upstream.refused', true);
            callSpan.end();
          }
          open.clear();
          const errors = Symbol.asyncIterator in result ? [] : (result.errors ?? []);
          if (errors.length > 0) {
            const codes = [...new Set(errors.map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR')))] as string[];
            span.setAttribute('graphql.error.codes', codes.slice(0, 20));
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
  };
}
