/**
 * How upstream failures become UpstreamErrors: the stable code, the bounded retry, and a message that
 * never carries the upstream's URL, port or token. Failures come from the real local API (wrong token,
 * unknown ids, its rate limiter and its fault injection).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi, type LocalApiOptionsInput } from '../../src/local-api/index.js';
import { createIntercomClient, type IntercomClient, type UpstreamCall } from '../../src/intercom/client.js';
import { UpstreamError } from '../../src/intercom/errors.js';

const TOKEN = 'secret-token-a1b2c3';

/**
 * Starts a local API with `options`, which records what it receives (`received()`: calls counted at
 * the upstream), and a client on it. The client's own record (`calls`, from its onCall hook) is kept
 * only where the attempt number it reports is what a test is about.
 */
async function upstreamWith(options: LocalApiOptionsInput = {}, clientOptions: { token?: string; headersTimeoutMs?: number } = {}) {
  const api = await startLocalApi({ seed: 'demo', port: 0, tokens: [TOKEN], ...options, recordRequests: true });
  let mark = 0;
  const calls: UpstreamCall[] = [];
  const client = createIntercomClient({
    baseUrl: api.url,
    token: clientOptions.token ?? TOKEN,
    retryDelayMs: 10,
    headersTimeoutMs: clientOptions.headersTimeoutMs,
    onCall: (call) => calls.push(call),
  });
  return {
    api,
    client,
    calls,
    /** The requests the upstream received since the last `received()`, as `METHOD /path`. */
    received() {
      const since = api.received!.since(mark).map((request) => `${request.method} ${request.path}`);
      mark = api.received!.count;
      return since;
    },
    async close() {
      await client.close();
      await api.close();
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

/**
 * A clock for the local API that reads 1 s into one of its 10-second rate windows, so a test's calls
 * all fall in that window, and whose window ends more than the client's 2-s retry cap from now by
 * the client's (real) clock: the client compares the upstream's X-RateLimit-Reset with its own time,
 * as it would against Intercom. Early in a real window that is the real clock; late in one, the
 * upstream's clock runs ahead into the next window (as a skewed server's may), and the reset is up
 * to 14 s away.
 */
function clockEarlyInRateWindow(): () => number {
  const intoWindow = Date.now() % 10_000;
  // Up to 6 s into a real window, its end is at least 4 s away: room for the start and the calls.
  const shift = intoWindow < 6_000 ? 1_000 - intoWindow : 11_000 - intoWindow;
  return () => Date.now() + shift;
}

/** Nothing that identifies the upstream or the credentials may appear in the message. */
function expectSafeMessage(error: UpstreamError, upstreamUrl: string, token = TOKEN) {
  const { host, port } = new URL(upstreamUrl);
  for (const secret of [upstreamUrl, host, `:${port}`, port, token, '127.0.0.1', 'http://']) {
    expect(error.message).not.toContain(secret);
  }
  expect(error.message).not.toMatch(/error\.list|request_id|\{/);
}

describe('upstream errors from a healthy upstream', () => {
  let up: Awaited<ReturnType<typeof upstreamWith>>;
  beforeAll(async () => {
    up = await upstreamWith();
  });
  afterAll(() => up?.close());

  it('maps 401 to UNAUTHENTICATED without retrying or echoing the token', async () => {
    const wrongToken = 'wrong-token-zz9';
    const client = createIntercomClient({ baseUrl: up.api.url, token: wrongToken });
    try {
      const error = await failure(client.listTags());
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.status).toBe(401);
      expectSafeMessage(error, up.api.url, wrongToken);
    } finally {
      await client.close();
    }
  });

  it('maps 404 to NOT_FOUND naming the missing resource', async () => {
    up.received();
    const contact = await failure(up.client.getContact('000000000000000000000000'));
    expect(contact.code).toBe('NOT_FOUND');
    expect(contact.message).toBe('Upstream contact not found');
    expectSafeMessage(contact, up.api.url);

    const tag = await failure(up.client.getTag('999999999'));
    expect(tag.code).toBe('NOT_FOUND');
    expect(tag.message).toBe('Upstream tag not found');

    const company = await failure(up.client.getCompany('000000000000000000000000'));
    expect(company.code).toBe('NOT_FOUND');
    expect(company.message).toBe('Upstream company not found');
    // A 404 is an answer, not a failure: never retried.
    expect(up.received()).toHaveLength(3);
  });

  it('maps 400 to BAD_USER_INPUT and keeps the upstream validation message', async () => {
    const error = await failure(
      up.client.searchContacts({ query: { field: 'no_such_field', operator: '=', value: 'x' } }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^The upstream rejected the request: .*no_such_field/);
    expectSafeMessage(error, up.api.url);
  });

  it('maps a refused connection to UPSTREAM_UNAVAILABLE without naming the host or port', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const calls: UpstreamCall[] = [];
    const client = createIntercomClient({ baseUrl: url, token: TOKEN, retryDelayMs: 10, onCall: (c) => calls.push(c) });
    try {
      const error = await failure(client.listTags());
      expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(error.message).toBe('The upstream is unavailable: the connection was refused; try again later');
      expectSafeMessage(error, url);
      expect(calls.map((c) => c.attempt)).toEqual([1, 2]);
    } finally {
      await client.close();
    }
  });
});

describe('rate limiting', () => {
  it("maps the upstream's 429 to RATE_LIMITED and fails fast when the reset is further than the retry cap", async () => {
    // 6 a minute = 1 request per 10-second window: the second call is over budget until the window resets.
    const up = await upstreamWith({ rateLimit: 6, clock: clockEarlyInRateWindow() });
    try {
      await up.client.listTags();
      const error = await failure(up.client.listTags());
      expect(error.code).toBe('RATE_LIMITED');
      expect(error.retryAfterSeconds).toBeGreaterThan(2);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(14);
      expect(error.message).toMatch(/^The upstream rate limit was exceeded; retry after \d+ s$/);
      expectSafeMessage(error, up.api.url);
      // Waiting up to 10 s inside a GraphQL request is worse than failing: no retry was sent.
      expect(up.received()).toEqual(['GET /tags', 'GET /tags']);
    } finally {
      await up.close();
    }
  });
});

describe('injected faults: reads are retried once, then fail', () => {
  const cases = [
    { kind: '5xx', code: 'UPSTREAM_UNAVAILABLE', message: /failed with HTTP 503/ },
    { kind: 'reset', code: 'UPSTREAM_UNAVAILABLE', message: /connection failed/ },
    // Depending on where the socket closes, undici reports a cut-off body or a failed connection.
    { kind: 'truncated', code: 'UPSTREAM_UNAVAILABLE', message: /response was cut off|connection failed/ },
    // A 200 whose body is not JSON may be a passing proxy page: retried, then the upstream's error.
    { kind: 'malformed', code: 'UPSTREAM_ERROR', message: /answered listTags with a body that is not JSON/ },
  ] as const;

  for (const { kind, code, message } of cases) {
    it(`${kind}: GET and POST /contacts/search → ${code} after exactly two attempts`, async () => {
      const up = await upstreamWith({ faults: { rate: 1, kinds: [kind] } });
      try {
        const get = await failure(up.client.listTags());
        expect(get.code).toBe(code);
        expect(get.message).toMatch(message);
        expectSafeMessage(get, up.api.url);
        expect(up.received()).toEqual(['GET /tags', 'GET /tags']);

        const search = await failure(up.client.searchContacts({ query: { field: 'role', operator: '=', value: 'user' } }));
        expect(search.code).toBe(code);
        expect(up.received()).toEqual(['POST /contacts/search', 'POST /contacts/search']);
      } finally {
        await up.close();
      }
    });
  }

  it('shape: valid JSON of the wrong shape is UPSTREAM_ERROR after one attempt, for reads and writes', async () => {
    const up = await upstreamWith({ faults: { rate: 1, kinds: ['shape'] } });
    try {
      const read = await failure(up.client.listTags());
      expect(read.code).toBe('UPSTREAM_ERROR');
      expect(read.message).toBe('The upstream answered listTags with a body that is not the expected list');
      expectSafeMessage(read, up.api.url);
      const write = await failure(up.client.createContact({ role: 'lead', name: 'Shape' }));
      expect(write.code).toBe('UPSTREAM_ERROR');
      expect(write.message).toBe('The upstream answered createContact with a body that is not the expected contact');
      expect(up.calls.map((c) => `${c.method} ${c.path} #${c.attempt}`)).toEqual(['GET /tags #1', 'POST /contacts #1']);
    } finally {
      await up.close();
    }
  });

  it('429 with a reset beyond the retry cap: GET and POST /contacts/search fail fast as RATE_LIMITED', async () => {
    // An injected 429 carries real X-RateLimit headers: the reset is the end of the current window.
    const up = await upstreamWith({ faults: { rate: 1, kinds: ['429'] }, clock: clockEarlyInRateWindow() });
    try {
      const get = await failure(up.client.listTags());
      expect(get.code).toBe('RATE_LIMITED');
      expect(get.message).toMatch(/rate limit was exceeded/);
      expectSafeMessage(get, up.api.url);
      expect(up.received()).toEqual(['GET /tags']);

      const search = await failure(up.client.searchContacts({ query: { field: 'role', operator: '=', value: 'user' } }));
      expect(search.code).toBe('RATE_LIMITED');
      expect(up.received()).toEqual(['POST /contacts/search']);
    } finally {
      await up.close();
    }
  });

  it('never retries a write: a failed POST /contacts is sent once', async () => {
    const up = await upstreamWith({ faults: { rate: 1, kinds: ['5xx', 'reset', 'truncated'] } });
    try {
      for (let i = 0; i < 3; i++) {
        const error = await failure(up.client.createContact({ role: 'lead', name: `Lead ${i}` }));
        expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
      }
      expect(up.received()).toEqual(['POST /contacts', 'POST /contacts', 'POST /contacts']);
    } finally {
      await up.close();
    }
  });

  it('a read whose first attempt fails and whose retry succeeds returns the data', async () => {
    // Half the requests fail; the dice are seeded, so this sequence is the same on every run.
    const up = await upstreamWith({ faults: { rate: 0.5, kinds: ['5xx', 'reset', 'malformed'], seed: 7 } });
    try {
      const outcomes: Array<'ok' | 'failed'> = [];
      for (let i = 0; i < 20; i++) {
        outcomes.push(await up.client.listTags().then(() => 'ok' as const, () => 'failed' as const));
      }
      const attemptsPerCall = up.calls.reduce<number[]>((acc, call) => {
        if (call.attempt === 1) acc.push(1);
        else acc[acc.length - 1] = call.attempt;
        return acc;
      }, []);
      expect(attemptsPerCall).toHaveLength(20);
      expect(Math.max(...attemptsPerCall)).toBe(2);
      // Some calls only succeeded thanks to the retry: they took two attempts and returned data.
      const rescued = outcomes.filter((outcome, i) => outcome === 'ok' && attemptsPerCall[i] === 2);
      expect(rescued.length).toBeGreaterThan(0);
      // A failure always means both attempts failed.
      outcomes.forEach((outcome, i) => {
        if (outcome === 'failed') expect(attemptsPerCall[i]).toBe(2);
      });
    } finally {
      await up.close();
    }
  });

  it('a slow upstream times out as UPSTREAM_UNAVAILABLE after the retry', async () => {
    // undici checks header timeouts on a ~0.5 s tick, so the upstream must be well slower than that.
    const up = await upstreamWith({ faults: { latencyMs: 2_000 } }, { headersTimeoutMs: 200 });
    try {
      const error = await failure(up.client.listTags());
      expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(error.message).toBe('The upstream is unavailable: the response timed out; try again later');
      expect(up.received()).toEqual(['GET /tags', 'GET /tags']);
    } finally {
      await up.close();
    }
  });
});

describe('Retry-After', () => {
  // The local API's injected 429 carries no Retry-After, so this one unit test of the HTTP client
  // uses a minimal server that answers 429 with the header first, then the data.
  let server: http.Server;
  let url: string;
  let plan: Array<{ status: number; retryAfter?: string }> = [];
  const arrivals: number[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      arrivals.push(Date.now());
      const step = plan.shift() ?? { status: 200 };
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (step.retryAfter !== undefined) headers['retry-after'] = step.retryAfter;
      res.writeHead(step.status, headers);
      res.end(
        step.status === 200
          ? JSON.stringify({ type: 'list', data: [{ type: 'tag', id: '1', name: 'vip' }] })
          : JSON.stringify({ type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'slow down' }] }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function client(calls: UpstreamCall[]): IntercomClient {
    return createIntercomClient({ baseUrl: url, token: TOKEN, maxRetryDelayMs: 2_000, onCall: (c) => calls.push(c) });
  }

  it('waits the Retry-After it was given (within the cap) and then succeeds', async () => {
    plan = [{ status: 429, retryAfter: '1' }];
    arrivals.length = 0;
    const calls: UpstreamCall[] = [];
    const c = client(calls);
    try {
      const tags = await c.listTags();
      expect(tags.data[0]?.name).toBe('vip');
      expect(calls.map((call) => call.attempt)).toEqual([1, 2]);
      expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
    } finally {
      await c.close();
    }
  });

  it('fails fast with RATE_LIMITED when Retry-After is beyond the cap', async () => {
    plan = [{ status: 429, retryAfter: '60' }];
    const calls: UpstreamCall[] = [];
    const c = client(calls);
    try {
      const started = Date.now();
      const error = await failure(c.listTags());
      expect(error.code).toBe('RATE_LIMITED');
      expect(error.retryAfterSeconds).toBe(60);
      expect(error.message).toBe('The upstream rate limit was exceeded; retry after 60 s');
      expect(calls).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await c.close();
    }
  });
});
