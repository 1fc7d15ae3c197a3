/**
 * The Intercom client against the real local API over HTTP. A TCP relay in front of the upstream lets
 * the tests see exactly what went over the wire: the request heads and how many sockets were opened.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { createIntercomClient, type IntercomClient, type UpstreamCall } from '../../src/intercom/client.js';
import { UpstreamError } from '../../src/intercom/errors.js';

interface WireRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

/** Splits one socket's bytes into request heads, skipping each body by its Content-Length. */
function parseRequests(stream: string): WireRequest[] {
  const requests: WireRequest[] = [];
  let at = 0;
  while (true) {
    const headEnd = stream.indexOf('\r\n\r\n', at);
    if (headEnd < 0) return requests;
    const [requestLine, ...lines] = stream.slice(at, headEnd).split('\r\n');
    const [method, path] = requestLine!.split(' ');
    const headers = Object.fromEntries(
      lines.map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
    requests.push({ method: method!, path: path!, headers });
    at = headEnd + 4 + Number(headers['content-length'] ?? 0);
  }
}

/** Relays TCP to `target`, recording every byte clients sent and every socket they opened. */
async function startRecordingRelay(target: string) {
  const { hostname, port } = new URL(target);
  let streams: string[] = [];
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const index = streams.push('') - 1;
    const upstream = net.connect(Number(port), hostname);
    open.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      streams[index] += chunk.toString('latin1');
    });
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    /** Sockets opened since the last reset. */
    get sockets() {
      return streams.length;
    },
    requests(): WireRequest[] {
      return streams.flatMap(parseRequests);
    },
    reset() {
      streams = [];
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let api: LocalApi;
let relay: Awaited<ReturnType<typeof startRecordingRelay>>;

beforeAll(async () => {
  api = await startLocalApi({ seed: 'demo', port: 0 });
  relay = await startRecordingRelay(api.url);
});

afterAll(async () => {
  await relay?.close();
  await api?.close();
});

function clientWithCounter(options: { connections?: number; version?: string } = {}) {
  const calls: UpstreamCall[] = [];
  const client = createIntercomClient({
    baseUrl: relay.url,
    token: api.token,
    onCall: (call) => calls.push(call),
    ...options,
  });
  return { client, calls };
}

async function withClient<T>(
  options: Parameters<typeof clientWithCounter>[0],
  run: (c: ReturnType<typeof clientWithCounter>) => Promise<T>,
): Promise<T> {
  const created = clientWithCounter(options);
  try {
    return await run(created);
  } finally {
    await created.client.close();
  }
}

describe('createIntercomClient', () => {
  it('sends the Bearer token, Accept: application/json and the pinned Intercom-Version on every call', async () => {
    relay.reset();
    await withClient({}, async ({ client }) => {
      const contacts = await client.listContacts({ perPage: 2 });
      expect(contacts.type).toBe('list');
      const first = contacts.data[0]!;
      const contact = await client.getContact(first.id);
      expect(contact.id).toBe(first.id);
      const tags = await client.listTags();
      expect(tags.type).toBe('list');
    });

    const requests = relay.requests();
    // Sorted: requests on different keep-alive sockets have no order between them.
    expect(requests.map((r) => `${r.method} ${r.path.split('?')[0]!.replace(/\/[0-9a-f]{24}$/, '/:id')}`).sort()).toEqual([
      'GET /contacts',
      'GET /contacts/:id',
      'GET /tags',
    ]);
    for (const request of requests) {
      expect(request.headers['authorization']).toBe(`Bearer ${api.token}`);
      expect(request.headers['accept']).toBe('application/json');
      expect(request.headers['intercom-version']).toBe('2.11');
      // No body, so no Content-Type.
      expect(request.headers['content-type']).toBeUndefined();
    }
  });

  it('sends Content-Type: application/json with a body, and pins a configured version', async () => {
    relay.reset();
    await withClient({ version: '2.10' }, async ({ client }) => {
      const found = await client.searchContacts({
        query: { field: 'role', operator: '=', value: 'user' },
        pagination: { per_page: 1 },
      });
      expect(found.data.every((c) => c.role === 'user')).toBe(true);
    });
    const [search] = relay.requests();
    expect(search).toMatchObject({ method: 'POST', path: '/contacts/search' });
    expect(search!.headers['content-type']).toBe('application/json');
    expect(search!.headers['intercom-version']).toBe('2.10');
  });

  it('sends GET /counts with Intercom-Version 2.6 whatever version is pinned', async () => {
    relay.reset();
    await withClient({}, async ({ client, calls }) => {
      const counts = await client.getCounts({ type: 'user', count: 'tag' });
      expect(counts.type).toBe('count');
      expect(calls).toEqual([{ endpoint: 'getCounts', kind: 'read', method: 'GET', path: '/counts', query: 'type=user&count=tag', attempt: 1, version: '2.6' }]);
    });
    expect(relay.requests().map((r) => [r.path, r.headers['intercom-version']])).toEqual([
      ['/counts?type=user&count=tag', '2.6'],
    ]);
  });

  it('calls onCall exactly once per HTTP request that went out', async () => {
    relay.reset();
    await withClient({}, async ({ client, calls }) => {
      await Promise.all([client.listTags(), client.listTags(), client.listCompanies({ perPage: 5 })]);
      await client.getContact('000000000000000000000000').catch(() => undefined);
      expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(
        expect.arrayContaining(['GET /tags', 'POST /companies/list', 'GET /contacts/000000000000000000000000']),
      );
      expect(calls).toHaveLength(4);
    });
    expect(relay.requests()).toHaveLength(4);
  });

  it('uses one pool whose connection count is bounded by `connections`', async () => {
    relay.reset();
    await withClient({ connections: 2 }, async ({ client, calls }) => {
      const results = await Promise.all(Array.from({ length: 24 }, () => client.listTags()));
      expect(results.every((r) => r.type === 'list' && r.data.length > 0)).toBe(true);
      expect(calls).toHaveLength(24);
      expect(client.stats.connected).toBeLessThanOrEqual(2);
    });
    expect(relay.requests()).toHaveLength(24);
    // Keep-alive reuse: 24 requests over at most two sockets.
    expect(relay.sockets).toBeGreaterThan(0);
    expect(relay.sockets).toBeLessThanOrEqual(2);
  });

  it('encodes ids into one path segment, and refuses empty or dot ids without calling', async () => {
    relay.reset();
    await withClient({}, async ({ client, calls }) => {
      await expect(client.getContact('../tags')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(relay.requests()[0]!.path).toBe('/contacts/..%2Ftags');

      for (const bad of ['', '  ', '..']) {
        const error = await client.getContact(bad).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UpstreamError);
        expect((error as UpstreamError).code).toBe('BAD_USER_INPUT');
      }
      expect(calls).toHaveLength(1);
    });
  });

  it('probes legacy counts once per client and remembers the answer', async () => {
    await withClient({}, async ({ client, calls }) => {
      const answers = await Promise.all([client.legacyCountsSupported(), client.legacyCountsSupported()]);
      expect(answers).toEqual([true, true]);
      expect(await client.legacyCountsSupported()).toBe(true);
      expect(calls.filter((c) => c.path === '/counts')).toEqual([
        { endpoint: 'getCounts', kind: 'read', method: 'GET', path: '/counts', query: '', attempt: 1, version: '2.6' },
      ]);
    });
  });

  it('reads the 2.x companion endpoints in their documented shapes', async () => {
    await withClient({}, async ({ client }) => {
      const companies = await client.listCompanies({ perPage: 3 });
      expect(companies.type).toBe('list');
      const company = companies.data[0]!;
      expect(company.user_count).toBeGreaterThan(0);
      expect((await client.getCompany(company.id)).company_id).toBe(company.company_id);
      expect((await client.findCompany({ companyId: company.company_id })).id).toBe(company.id);
      const members = await client.listCompanyContacts(company.id, { perPage: 5 });
      expect(members.data.length).toBeGreaterThan(0);

      const admins = await client.listAdmins();
      expect(admins.type).toBe('admin.list');
      expect(admins.admins.length).toBeGreaterThan(0);
    });
  });
});
