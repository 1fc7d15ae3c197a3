/**
 * /readiness against real upstreams — fine, with a rejected token, and gone — and the graceful stop:
 * requests in flight finish, new connections are refused, and a deadline cuts what runs too long.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadiness } from '../../src/gateway/health/readiness.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

interface Report {
  ready: boolean;
  reason?: string;
  checks: Record<string, string>;
}

async function readiness(gateway: RunningGateway): Promise<{ status: number; body: Report; text: string }> {
  const response = await fetch(`${gateway.url}/readiness`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Report, text };
}

/** A port nothing listens on: bound once, then released. */
async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('/readiness', () => {
  let api: LocalApi;
  const gateways: RunningGateway[] = [];
  const start = async (input: Parameters<typeof startGateway>[0]) => {
    const gateway = await startGateway({ host: '127.0.0.1', port: 0, ...input }, { logging: false });
    gateways.push(gateway);
    return gateway;
  };

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await api?.close();
  });

  it('is 200 when the upstream answers and accepts the token, and asks it at most once per interval', async () => {
    const gateway = await start({ upstream: api.url, token: api.token });
    const mark = api.received!.count;
    const first = await readiness(gateway);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ready: true, checks: { upstream: 'ok' } });
    await Promise.all([readiness(gateway), readiness(gateway), readiness(gateway)]);
    expect(api.received!.since(mark).map((request) => `${request.method} ${request.path}`)).toEqual(['GET /me']);
  });

  it('is 503, naming the token, when the upstream rejects it', async () => {
    const token = 'revoked-token-9d1c';
    const gateway = await start({ upstream: api.url, token });
    const { status, body, text } = await readiness(gateway);
    expect(status).toBe(503);
    expect(body).toMatchObject({ ready: false, reason: 'upstream: the upstream rejected the token (UNAUTHENTICATED)' });
    expect(text).not.toContain(token);
    expect(text).not.toContain(api.url);
  });

  it('is 503, naming the connection, when the upstream is gone — while /health still says alive', async () => {
    const upstream = `http://127.0.0.1:${await deadPort()}`;
    const gateway = await start({ upstream, token: 'any' });
    const { status, body, text } = await readiness(gateway);
    expect(status).toBe(503);
    expect(body).toMatchObject({ ready: false, reason: 'upstream: the upstream is unreachable (UPSTREAM_UNAVAILABLE)' });
    expect(text).not.toContain(upstream);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });

  it('checks again once the interval has passed, and reports other registered checks', async () => {
    let clock = 0;
    let runs = 0;
    const report = createReadiness({ checks: [{ name: 'upstream', run: async () => void runs++ }], intervalMs: 10_000, now: () => clock });
    await report.report();
    clock = 9_999;
    await report.report();
    expect(runs).toBe(1);
    clock = 10_000;
    await report.report();
    expect(runs).toBe(2);
    report.addCheck({ name: 'redis', run: () => Promise.reject(new Error('no answer within 500 ms')) });
    expect(await report.report()).toMatchObject({ ready: false, reason: 'redis: no answer within 500 ms', checks: { upstream: 'ok' } });
    report.drain();
    expect(await report.report()).toMatchObject({ ready: false, reason: 'shutting down' });
  });
});

describe('graceful shutdown', () => {
  let slowApi: LocalApi;
  beforeAll(async () => {
    slowApi = await startLocalApi({ port: 0, seed: 'demo', faults: { latencyMs: 700, rate: 0, kinds: ['5xx'], seed: 1 } });
  });
  afterAll(() => slowApi?.close());

  const tags = (gateway: RunningGateway) =>
    fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ tags { name } }' }),
    });

  it('lets a request in flight finish, refuses new connections, then stops', async () => {
    const gateway = await startGateway({ host: '127.0.0.1', port: 0, upstream: slowApi.url, token: slowApi.token }, { logging: false });
    const inFlight = tags(gateway);
    await new Promise((resolve) => setTimeout(resolve, 200));
    let closed = false;
    const closing = gateway.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(fetch(`${gateway.url}/health`, { headers: { connection: 'close' } })).rejects.toThrow();
    expect(closed).toBe(false);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { tags: unknown[] } }).data.tags.length).toBeGreaterThan(0);
    await closing;
    expect(closed).toBe(true);
  });

  it('cuts requests still running at the deadline', async () => {
    const gateway = await startGateway(
      { host: '127.0.0.1', port: 0, upstream: slowApi.url, token: slowApi.token, shutdownTimeoutMs: 100 },
      { logging: false },
    );
    const inFlight = tags(gateway).then(
      (response) => response.status,
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await gateway.close();
    // Without the deadline, close would have waited for the upstream's 700 ms answer and the request
    // would have succeeded.
    expect(await inFlight).toBe('cut');
  });
});
