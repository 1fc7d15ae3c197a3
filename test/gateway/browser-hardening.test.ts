/**
 * The gateway as a browser on a foreign page sees it, over real HTTP: no cross-origin reads unless
 * the origin is listed, no operation from a request a form can send (CSRF), no mutation over GET, no
 * answer to a foreign Host name (DNS rebinding), and no parsing of a body over the limit. Each refusal
 * reaches no upstream, counted at the upstream.
 */
import http from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostPolicy } from '../../src/gateway/hardening/host-names.js';
import { codes, exchange, startHardened, type HardenedGateway } from './hardening-harness.js';

/** The middle of a few timings: one refusal's time on a shared machine says more about the machine. */
function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const MUTATION = 'mutation { createTag(name: "from-a-foreign-page") { __typename } }';
const QUERY = '{ tags { name } }';

/** A raw HTTP exchange, for what fetch will not send (a Host of our choosing, a streamed body). */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Readable | string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string; bytesSent: () => number }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text, bytesSent: () => request.socket?.bytesWritten ?? 0 }));
    });
    // The server may answer and close before a refused body is fully sent: that is the point.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (options.body instanceof Readable) options.body.pipe(request);
    else request.end(options.body);
  });
}

describe('CSRF: only JSON POSTs and GET queries run operations', () => {
  let hardened: HardenedGateway;
  beforeAll(async () => {
    hardened = await startHardened();
  });
  afterAll(() => hardened?.close());

  async function expectUnsupported(contentType: string | undefined, body: string | FormData) {
    const before = hardened.upstreamCalls();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (contentType) headers['content-type'] = contentType;
    const answer = await exchange(hardened.gateway.graphqlUrl, { method: 'POST', headers, body });
    expect(answer.status, answer.text).toBe(415);
    expect(codes(answer)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    expect(answer.headers.get('accept-post')).toBe('application/json');
    expect(hardened.upstreamCalls()).toBe(before);
  }

  it('refuses a form-urlencoded mutation', async () => {
    await expectUnsupported('application/x-www-form-urlencoded', new URLSearchParams({ query: MUTATION }).toString());
  });

  it('refuses quickly: the median of five refusals is under 100 ms', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await exchange(hardened.gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: `mutation M${i} { createTag(name: "x") { __typename } }` }),
      });
      expect(answer.status).toBe(415);
      times.push(answer.ms);
    }
    expect(median(times)).toBeLessThan(100);
  });

  it('refuses a multipart mutation (the GraphQL upload format)', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: MUTATION }));
    form.set('map', '{}');
    // fetch sets multipart/form-data with its boundary itself.
    const before = hardened.upstreamCalls();
    const answer = await exchange(hardened.gateway.graphqlUrl, { method: 'POST', body: form });
    expect(answer.status).toBe(415);
    expect(codes(answer)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    expect(hardened.upstreamCalls()).toBe(before);
  });

  it('refuses a text/plain mutation, and a POST with no content type', async () => {
    await expectUnsupported('text/plain', JSON.stringify({ query: MUTATION }));
    await expectUnsupported('text/plain;charset=UTF-8', JSON.stringify({ query: MUTATION }));
    await expectUnsupported(undefined, JSON.stringify({ query: MUTATION }));
  });

  it('refuses a mutation over GET with 405 and Allow: POST', async () => {
    const before = hardened.upstreamCalls();
    const answer = await exchange(`${hardened.gateway.graphqlUrl}?query=${encodeURIComponent(MUTATION)}`, {
      headers: { accept: 'application/json' },
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
    expect(answer.body?.errors?.[0]?.message).toMatch(/mutation operation from a POST/);
    expect(hardened.upstreamCalls()).toBe(before);
  });

  it('keeps the GraphQL-over-HTTP behaviour: GET queries, JSON POSTs, both response media types', async () => {
    const get = await exchange(`${hardened.gateway.graphqlUrl}?query=${encodeURIComponent(QUERY)}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(200);
    expect(get.body?.data).toMatchObject({ tags: expect.any(Array) });

    const json = await hardened.post({ query: QUERY }, { 'content-type': 'application/json; charset=utf-8' });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);

    const modern = await hardened.post({ query: QUERY }, { accept: 'application/graphql-response+json' });
    expect(modern.status).toBe(200);
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    // A document that does not parse is a 400 under the modern media type.
    const broken = await hardened.post({ query: '{ tags {' }, { accept: 'application/graphql-response+json' });
    expect(broken.status).toBe(400);

    const mutation = await hardened.post({ query: 'mutation { createTag(name: "from-the-app") { __typename } }' });
    expect(mutation.status).toBe(200);
    expect(mutation.body?.data).toEqual({ createTag: { __typename: 'CreateTagPayload' } });
  });
});

describe('CORS allow-list', () => {
  const app = 'https://app.example.com';
  const admin = 'http://admin.example.com:8080';
  const evil = 'https://evil.example';
  let listed: HardenedGateway;
  let single: HardenedGateway;
  let none: HardenedGateway;
  beforeAll(async () => {
    [listed, single, none] = await Promise.all([
      startHardened({ corsOrigins: [app, admin] }),
      startHardened({ corsOrigins: `${app}/` }),
      startHardened(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([listed?.close(), single?.close(), none?.close()]);
  });

  it('gives a listed origin itself back, with credentials, on the request and on the preflight', async () => {
    for (const origin of [app, admin]) {
      const answer = await listed.post({ query: QUERY }, { origin });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
      expect(answer.headers.get('vary')).toMatch(/Origin/);
    }
    const preflight = await exchange(listed.gateway.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: app, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(app);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('gives an unlisted origin no CORS header at all — also with a one-entry list, and with no list', async () => {
    for (const gateway of [listed, single, none]) {
      const answer = await gateway.post({ query: QUERY }, { origin: evil });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      const preflight = await exchange(gateway.gateway.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin: evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    }
    // The `null` origin of sandboxed frames and file pages is not an allowed origin either.
    const sandboxed = await listed.post({ query: QUERY }, { origin: 'null' });
    expect(sandboxed.headers.get('access-control-allow-origin')).toBeNull();
    // With no list, even the would-be app gets nothing.
    const app0 = await none.post({ query: QUERY }, { origin: app });
    expect(app0.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('Host allow-list (DNS rebinding)', () => {
  let hardened: HardenedGateway;
  let port: string;
  beforeAll(async () => {
    hardened = await startHardened({ allowedHosts: 'gateway.internal,.apps.internal' });
    port = new URL(hardened.gateway.url).port;
  });
  afterAll(() => hardened?.close());

  async function withHost(host: string, path = '/graphql') {
    return rawRequest(`${hardened.gateway.url}${path}`, {
      method: 'POST',
      headers: { host, 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
  }

  it('refuses a foreign host name before anything runs, GraphiQL and /health included', async () => {
    const before = hardened.upstreamCalls();
    for (const host of [`evil.example:${port}`, 'evil.example', `10.1.2.3:${port}`, 'gateway.internal.evil.example', 'localhost.evil.example']) {
      const answer = await withHost(host);
      expect(answer.status, host).toBe(403);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    }
    const health = await rawRequest(`${hardened.gateway.url}/health`, { headers: { host: 'evil.example' } });
    expect(health.status).toBe(403);
    const graphiql = await rawRequest(hardened.gateway.graphqlUrl, { headers: { host: 'evil.example', accept: 'text/html' } });
    expect(graphiql.status).toBe(403);
    expect(hardened.upstreamCalls()).toBe(before);
  });

  it('refuses quickly: the median of five refusals is under 100 ms', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const answer = await withHost(`rebound-${i}.evil.example`);
      times.push(performance.now() - started);
      expect(answer.status).toBe(403);
    }
    expect(median(times)).toBeLessThan(100);
  });

  it('answers loopback names and the listed names', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'gateway.internal', 'GATEWAY.internal:443', 'a.apps.internal', 'apps.internal']) {
      const answer = await withHost(host);
      expect(answer.status, host).toBe(200);
      expect(JSON.parse(answer.text).data.tags.length).toBeGreaterThan(0);
    }
  });

  it('beyond loopback, answers listed names, IP addresses and loopback names only', () => {
    const wide = createHostPolicy({ listenHost: '0.0.0.0', allowedHosts: ['gateway.example.com'] });
    expect(['gateway.example.com:4000', '10.0.0.7:4000', '[fd00::1]:4000', 'localhost:4000'].every((host) => wide.allows(host))).toBe(true);
    expect(['evil.example', 'gateway.example.com.evil.example', 'example.com', ''].some((host) => wide.allows(host))).toBe(false);
    const loopback = createHostPolicy({ listenHost: '127.0.0.1', allowedHosts: [] });
    expect(loopback.allows('10.0.0.7')).toBe(false);
    expect(loopback.allows('127.0.0.1:4000')).toBe(true);
  });
});

describe('request body limit', () => {
  let hardened: HardenedGateway;
  beforeAll(async () => {
    hardened = await startHardened();
  });
  afterAll(() => hardened?.close());

  /** A valid request whose document carries a comment of `bytes` bytes: only parsing it could tell. */
  function bigBody(bytes: number): string {
    return JSON.stringify({ query: `${QUERY} # ${'x'.repeat(bytes)}` });
  }

  it('refuses a 10 MB body by its Content-Length with 413, before reading it', async () => {
    const before = hardened.upstreamCalls();
    const started = performance.now();
    const answer = await rawRequest(hardened.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(10_000_000 + 32) },
      body: Readable.from((function* () {
        yield '{"query":"{ tags { name } } #';
        for (let i = 0; i < 1_000; i++) yield 'x'.repeat(10_000);
        yield '"}';
      })()),
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(hardened.upstreamCalls()).toBe(before);
  });

  it('refuses a streamed (chunked) 10 MB body once it passes the limit, without waiting for the rest', async () => {
    const before = hardened.upstreamCalls();
    let produced = 0;
    const body = Readable.from((function* () {
      yield '{"query":"{ tags { name } } #';
      for (let i = 0; i < 1_000; i++) {
        produced += 10_000;
        yield 'x'.repeat(10_000);
      }
      yield '"}';
    })());
    const answer = await rawRequest(hardened.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    // The answer came while most of the body was still unsent.
    expect(produced).toBeLessThan(5_000_000);
    body.destroy();
    expect(hardened.upstreamCalls()).toBe(before);
  });

  it('accepts a body just under the limit, and refuses one just over it', async () => {
    const under = await hardened.post(bigBody(15_000));
    expect(under.status).toBe(200);
    const over = await hardened.post(bigBody(100_001));
    expect(over.status).toBe(413);
    expect(codes(over)).toEqual(['REQUEST_ENTITY_TOO_LARGE']);
  });
});
