/**
 * Traces, checked at both ends: the spans the gateway exported (an in-memory exporter) and the
 * `traceparent` headers the local API actually received. One client span per upstream call, each
 * a child of its operation's span, and each upstream request names its own call's span.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

const query = (file: string) => readFileSync(fileURLToPath(new URL(`../../bench/queries/${file}`, import.meta.url)), 'utf8');
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('OpenTelemetry traces', () => {
  let api: LocalApi;
  let gateway: RunningGateway;
  const exporter = new InMemorySpanExporter();

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
    gateway = await startGateway({ host: '127.0.0.1', port: 0, upstream: api.url, token: api.token }, { logging: false, spanExporter: exporter });
    // The client probes once per process whether the upstream has the 1.x /counts endpoint; that call
    // serves every later request, belongs to none, and so is in no operation's trace. Make it now.
    const mark = api.received!.count;
    await post(query('segment-overview.graphql'), {});
    const probes = api.received!.since(mark).filter((request) => request.headers['traceparent'] === undefined);
    expect(probes.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /counts']);
  });
  beforeEach(() => exporter.reset());
  afterAll(async () => {
    await gateway?.close();
    await api?.close();
  });

  const post = async (document: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
  };

  /** The one operation span, its client spans, and the upstream requests of the operation. */
  function operationTrace(mark: number) {
    const spans = exporter.getFinishedSpans();
    const operations = spans.filter((span) => span.kind === SpanKind.SERVER);
    expect(operations).toHaveLength(1);
    const operation = operations[0]!;
    const calls = spans.filter((span) => span.kind === SpanKind.CLIENT);
    return { operation, calls, received: api.received!.since(mark) };
  }

  function expectCallsMatch(operation: ReadableSpan, calls: ReadableSpan[], received: ReturnType<NonNullable<LocalApi['received']>['since']>) {
    const { traceId, spanId } = operation.spanContext();
    expect(received.length).toBeGreaterThan(0);
    // One client span per upstream request, all children of the operation, in its trace.
    expect(calls).toHaveLength(received.length);
    for (const call of calls) {
      expect(call.spanContext().traceId).toBe(traceId);
      expect(call.parentSpanContext?.spanId).toBe(spanId);
      expect(call.attributes['http.response.status_code']).toBe(200);
      expect(call.name).toMatch(/^(GET|POST) \/[a-z]/);
      expect(call.name).not.toMatch(/[0-9a-f]{24}/);
    }
    // Every upstream request carried a traceparent of this trace, naming a distinct call span.
    const callSpanIds = new Set(calls.map((call) => call.spanContext().spanId));
    const named = received.map((request) => {
      const match = TRACEPARENT.exec(String(request.headers['traceparent']));
      expect(match, `traceparent of ${request.method} ${request.path}`).not.toBeNull();
      expect(match![1]).toBe(traceId);
      return match![2]!;
    });
    expect(new Set(named)).toEqual(callSpanIds);
  }

  it('continues the caller trace: one span per upstream call, and traceparent upstream naming each', async () => {
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const mark = api.received!.count;
    await post(query('contact-by-email.graphql'), { email: 'bobr@mitchandmurray.com' }, { traceparent: `00-${callerTrace}-${callerSpan}-01` });
    const { operation, calls, received } = operationTrace(mark);
    expect(operation.name).toBe('query ContactByEmail');
    expect(operation.spanContext().traceId).toBe(callerTrace);
    expect(operation.parentSpanContext?.spanId).toBe(callerSpan);
    expectCallsMatch(operation, calls, received);
  });

  it('starts a trace of its own when the caller sent none', async () => {
    const mark = api.received!.count;
    await post(query('segment-overview.graphql'), {});
    const { operation, calls, received } = operationTrace(mark);
    expect(operation.name).toBe('query SegmentOverview');
    expect(operation.parentSpanContext).toBeUndefined();
    expect(received.length).toBeGreaterThan(1);
    expectCallsMatch(operation, calls, received);
  });

  it('exports to an OTLP/HTTP receiver when --otlp-endpoint is set, flushing on close', async () => {
    const posts: Array<{ path: string; body: string }> = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('latin1').on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        posts.push({ path: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const traced = await startGateway({ host: '127.0.0.1', port: 0, upstream: api.url, token: api.token, otlpEndpoint: endpoint }, { logging: false });
    try {
      const response = await fetch(traced.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Tags { tags { name } }' }),
      });
      expect(response.status).toBe(200);
    } finally {
      await traced.close();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
    expect(posts.map((post) => post.path)).toContain('/v1/traces');
    const exported = posts.map((post) => post.body).join('');
    expect(exported).toContain('query Tags');
    expect(exported).toContain('GET /tags');
    expect(exported).not.toContain(api.token);
  });
});
