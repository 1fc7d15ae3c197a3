/**
 * /metrics against the upstream's own count: after a known set of operations (reference queries,
 * repeats that hit the caches, an invalid document), the gateway's upstream-call counters must add
 * up, endpoint by endpoint, to what the local API itself received.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { upstreamRoute } from '../../src/gateway/metrics/upstream-route.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

const query = (file: string) => readFileSync(fileURLToPath(new URL(`../../bench/queries/${file}`, import.meta.url)), 'utf8');

/** `name{labels} value` lines of one metric, with their labels parsed. */
function samples(text: string, name: string): Array<{ labels: Record<string, string>; value: number }> {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => {
      const labels: Record<string, string> = {};
      for (const match of (/\{(.*)\}/.exec(line)?.[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)) labels[match[1]!] = match[2]!;
      return { labels, value: Number(line.slice(line.lastIndexOf(' ') + 1)) };
    });
}

describe('/metrics', () => {
  let api: LocalApi;
  let gateway: RunningGateway;

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
    gateway = await startGateway(
      { host: '127.0.0.1', port: 0, upstream: api.url, token: api.token, responseCacheTtlMs: 60_000 },
      { logging: false },
    );
  });

  afterAll(async () => {
    await gateway?.close();
    await api?.close();
  });

  const post = async (document: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    return (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  };

  it('counts every upstream call the local API received, by endpoint and status, with caches and refusals', async () => {
    const mark = api.received!.count;
    const runs: Array<[string, Record<string, unknown>]> = [
      ['tag-explorer.graphql', {}],
      ['segment-overview.graphql', {}],
      ['contact-by-email.graphql', { email: 'bobr@mitchandmurray.com' }],
      ['users-by-tag.graphql', { tagId: '1373897' }],
      ['company-directory.graphql', {}],
      // Twice: the second is served from the response cache.
      ['tag-explorer.graphql', {}],
    ];
    for (const [file, variables] of runs) expect((await post(query(file), variables)).errors).toBeUndefined();
    // A different query for the tag list: a list-cache hit, no tag-list call.
    expect((await post('{ tags { id name } }')).errors).toBeUndefined();
    const invalid = await post('{ noSuchField }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const received = api.received!.since(mark);
    expect(received.length).toBeGreaterThan(10);

    const response = await fetch(`${gateway.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();

    const calls = samples(text, 'gateway_upstream_calls_total');
    expect(calls.reduce((sum, sample) => sum + sample.value, 0)).toBe(received.length);
    const expected = new Map<string, number>();
    for (const request of received) {
      const key = `${request.method} ${upstreamRoute(request.path)} 200`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const counted = new Map(calls.map(({ labels, value }) => [`${labels['method']} ${labels['route']} ${labels['status']}`, value]));
    expect(counted).toEqual(expected);
    // Routes are endpoints: no raw id of the seed reached a label.
    for (const { labels } of calls) expect(labels['route']).not.toMatch(/[0-9a-f]{24}|\d{5,}/);

    const latencyCount = samples(text, 'gateway_upstream_call_duration_seconds_count');
    expect(latencyCount.reduce((sum, sample) => sum + sample.value, 0)).toBe(received.length);

    const budget = samples(text, 'gateway_upstream_rate_limit_remaining');
    expect(budget).toHaveLength(1);
    expect(budget[0]!.labels['token']).toMatch(/^[0-9a-f]{12}$/);
    expect(text).not.toContain(api.token);
    expect(budget[0]!.value).toBeGreaterThan(0);

    const cache = new Map(samples(text, 'gateway_cache_lookups_total').map(({ labels, value }) => [`${labels['cache']} ${labels['result']}`, value]));
    expect(cache.get('response hit')).toBe(1);
    expect(cache.get('response miss')).toBe(6);
    expect(cache.get('list hit')).toBeGreaterThan(0);
    expect(cache.get('list miss')).toBeGreaterThan(0);

    expect(samples(text, 'gateway_refusals_total')).toEqual([{ labels: { code: 'GRAPHQL_VALIDATION_FAILED' }, value: 1 }]);
    // Yoga's Prometheus plugin shares the registry: its operation metrics are in the same scrape.
    expect(samples(text, 'graphql_envelop_request_duration_count').length).toBeGreaterThan(0);
    expect(text).not.toMatch(/operationName="/);
  });

  it('refuses a scrape that a proxy forwarded, and answers nothing about it', async () => {
    const mark = api.received!.count;
    const response = await fetch(`${gateway.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect(api.received!.count).toBe(mark);
  });

  it('serves /metrics to anyone on --metrics-port, and nothing else there', async () => {
    const separate = await startGateway({ host: '127.0.0.1', port: 0, metricsPort: 0, upstream: api.url, token: api.token }, { logging: false });
    try {
      expect(separate.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect(new URL(separate.metricsUrl!).port).not.toBe(new URL(separate.url).port);
      const scraped = await fetch(separate.metricsUrl!, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('# TYPE gateway_upstream_calls_total counter');
      const other = await fetch(separate.metricsUrl!.replace('/metrics', '/graphql'), { method: 'POST' });
      expect(other.status).toBe(404);
      await other.text();
    } finally {
      await separate.close();
    }
  });
});
