/**
 * The gateway server as a browser and a GraphQL client see it: GraphiQL, /health, upstream failures
 * as coded errors with partial data, unexpected failures masked, and a clean shutdown.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import { createGateway, type Gateway } from '../../src/gateway/yoga.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';

async function graphql(gateway: Gateway, query: string) {
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, text: await response.text() };
}

/** A base URL where nothing listens: every call to it is refused. */
async function deadUpstreamUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return url;
}

function expectNoLeak(text: string, ...secrets: string[]) {
  for (const secret of ['127.0.0.1', 'http://', 'stack', 'originalError', ...secrets]) {
    expect(text).not.toContain(secret);
  }
}

describe('startGateway with the embedded upstream', () => {
  let running: RunningGateway;
  beforeAll(async () => {
    running = await startGateway({ port: 0 }, { logging: false });
  });
  afterAll(() => running?.close());

  it('starts the local API with demo data and answers queries from it', async () => {
    expect(running.embedded).toBe(true);
    const response = await fetch(running.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tags { name } }' }),
    });
    const body = (await response.json()) as { data: { tags: Array<{ name: string }> } };
    expect(body.data.tags.map((t) => t.name)).toEqual(expect.arrayContaining(['tag_test', 'value_lead']));
  });

  it('serves GraphiQL on GET /graphql to a browser', async () => {
    const response = await fetch(running.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toMatch(/graphiql/i);
    expect(page).toContain('grouping-gateway');
  });

  it('answers /health with 200', async () => {
    expect((await fetch(`${running.url}/health`)).status).toBe(200);
  });
});

describe('errors through the gateway', () => {
  let api: LocalApi;
  let healthy: IntercomClient;
  const clients: IntercomClient[] = [];

  beforeAll(async () => {
    api = await startLocalApi({ seed: 'demo', port: 0, tokens: ['gw-secret-token'] });
    healthy = createIntercomClient({ baseUrl: api.url, token: api.token });
    clients.push(healthy);
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
    await api?.close();
  });

  function gatewayOn(client: IntercomClient): Gateway {
    clients.push(client);
    return createGateway({ client, logging: false });
  }

  it('a rejected token becomes UNAUTHENTICATED, naming neither the token nor the upstream', async () => {
    const gateway = gatewayOn(createIntercomClient({ baseUrl: api.url, token: 'not-the-token-77' }));
    const { status, text } = await graphql(gateway, '{ tags { name } }');
    expect(status).toBe(200);
    const body = JSON.parse(text);
    expect(body.data?.tags ?? null).toBeNull();
    expect(body.errors[0]).toMatchObject({ path: ['tags'], extensions: { code: 'UNAUTHENTICATED' } });
    expectNoLeak(text, 'not-the-token-77', new URL(api.url).port);
  });

  it('an upstream that keeps failing becomes UPSTREAM_UNAVAILABLE', async () => {
    const flaky = await startLocalApi({ seed: 'demo', port: 0, faults: { rate: 1, kinds: ['5xx', 'reset'] } });
    try {
      const gateway = gatewayOn(createIntercomClient({ baseUrl: flaky.url, token: flaky.token, retryDelayMs: 5 }));
      const { text } = await graphql(gateway, '{ tags { name } }');
      expect(JSON.parse(text).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
      expectNoLeak(text, new URL(flaky.url).port, flaky.token);
    } finally {
      await flaky.close();
    }
  });

  it('a failing field yields partial data: the rest of the query still answers', async () => {
    // Segments come from an upstream that refuses connections; tags from the healthy one.
    const dead = createIntercomClient({ baseUrl: await deadUpstreamUrl(), token: 'x', retryDelayMs: 5 });
    clients.push(dead);
    // An interceptor keeps itself on every request's client (the gateway scopes each request's client).
    const gateway = gatewayOn(
      healthy.intercept({ around: (request, next) => (request.endpoint.resource === 'segment' ? dead.listSegments() : next()) }),
    );
    const { text } = await graphql(gateway, '{ tags { name } segments { name } }');
    const body = JSON.parse(text);
    expect(body.data.tags.length).toBeGreaterThan(0);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ path: ['segments'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expectNoLeak(text);
  });

  it('an unexpected error is masked: no message, stack or address of it reaches the client', async () => {
    const gateway = gatewayOn(
      healthy.intercept({
        around: (request, next) =>
          request.endpoint.name === 'listSegments'
            ? Promise.reject(new TypeError(`Cannot read properties of undefined (at ${api.url}/segments)`))
            : next(),
      }),
    );
    const { text } = await graphql(gateway, '{ tags { name } segments { name } }');
    const body = JSON.parse(text);
    expect(body.data.tags.length).toBeGreaterThan(0);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expectNoLeak(text, 'Cannot read properties', 'TypeError', new URL(api.url).port);
  });
});

describe('startGateway with a configured upstream', () => {
  it('uses the given URL, token and pinned version instead of embedding', async () => {
    const api = await startLocalApi({ seed: 'demo', port: 0, tokens: ['configured-token'], recordRequests: true });
    const running = await startGateway(
      { port: 0, upstream: `${api.url}/`, token: 'configured-token', intercomVersion: '2.10' },
      { logging: false },
    );
    // What the upstream received: method, path, version header and token.
    const calls = () =>
      api.received!.all().map((request) => `${request.method} ${request.path} ${request.headers['intercom-version']} ${request.headers.authorization}`);
    try {
      expect(running.embedded).toBe(false);
      expect(running.upstreamUrl).toBe(api.url);
      const response = await fetch(running.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ tags { name } }' }),
      });
      const body = (await response.json()) as { data: { tags: unknown[] } };
      expect(body.data.tags.length).toBeGreaterThan(0);
      expect(calls()).toEqual(['GET /tags 2.10 Bearer configured-token']);
    } finally {
      await running.close();
      await api.close();
    }
  });

  it('refuses an invalid configuration before starting anything', async () => {
    await expect(startGateway({ port: 0, upstream: 'https://api.intercom.io' })).rejects.toThrow(
      '--token is required with --upstream (or set INTERCOM_TOKEN)',
    );
  });

  it('reports a port in use with the flag that changes it', async () => {
    const first = await startGateway({ port: 0 }, { logging: false });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startGateway({ port }, { logging: false })).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is already in use; choose another with --port (or GATEWAY_PORT)`,
      );
    } finally {
      await first.close();
    }
  });
});

describe('close()', () => {
  it('stops the gateway and the embedded local API it started', async () => {
    const running = await startGateway({ port: 0 }, { logging: false });
    expect((await fetch(`${running.url}/health`)).status).toBe(200);
    const upstream = running.upstreamUrl;
    await running.close();
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
    await expect(fetch(`${upstream}/tags`)).rejects.toThrow();
    // Idempotent: a second close (e.g. SIGINT then SIGTERM) is harmless.
    await running.close();
  });
});
