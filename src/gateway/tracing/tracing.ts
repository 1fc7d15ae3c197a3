/**
 * OpenTelemetry tracing for the gateway, built only when configured (an OTLP endpoint, or an exporter
 * a test passes in): start.ts imports this module lazily, so a gateway without tracing never loads
 * the SDK. Nothing is registered globally: the tracer and propagator are handed to the tracing
 * plugin, so two gateways in one process (tests) never share or replace each other's provider.
 */
import type { TextMapPropagator, Tracer } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { useTracing } from '../plugins/tracing.js';

export interface Tracing {
  tracer: Tracer;
  /** W3C trace context: reads a caller's `traceparent`, writes ours onto upstream calls. */
  propagator: TextMapPropagator;
  /** Exports what is still buffered, then stops. */
  shutdown(): Promise<void>;
  /**
   * The yoga plugin that traces with this (plugins/tracing.ts). Built from here, not imported by
   * yoga.ts, so a gateway without tracing never loads @opentelemetry/api either.
   */
  plugin(): Plugin;
}

export interface TracingOptions {
  /** OTLP/HTTP base URL, e.g. http://127.0.0.1:4318 (spans go to `<url>/v1/traces`). */
  otlpEndpoint?: string;
  /** Export here instead, span by span (tests: an InMemorySpanExporter). */
  exporter?: SpanExporter;
  /** @default 'grouping-gateway' */
  serviceName?: string;
}

export async function createTracing(options: TracingOptions): Promise<Tracing> {
  let processor;
  if (options.exporter) {
    processor = new SimpleSpanProcessor(options.exporter);
  } else if (options.otlpEndpoint) {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    processor = new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` }));
  } else {
    throw new RangeError('tracing needs an OTLP endpoint or an exporter');
  }
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName ?? 'grouping-gateway' }),
    spanProcessors: [processor],
  });
  const tracing: Tracing = {
    tracer: provider.getTracer('grouping-gateway'),
    propagator: new W3CTraceContextPropagator(),
    shutdown: () => provider.shutdown(),
    plugin: () => useTracing({ tracing }),
  };
  return tracing;
}
