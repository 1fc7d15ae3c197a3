/**
 * The response cache (src/gateway/caching/response-cache.ts), over real HTTP: local APIs on
 * 127.0.0.1, gateways listening on 127.0.0.1. Upstream calls are counted where they arrive (the
 * local API's record of received requests): a response served from the cache makes none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayResponseCache } from '../../src/gateway/caching/response-cache.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { NAIVE_TUNING } from '../../src/loaders/tuning.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import {
  dataOf,
  post,
  serveGateway,
  startTwoWorkspaces,
  tagNames,
  type ServedGateway,
  type TwoWorkspaces,
  type WorkspaceToken,
} from './cache-harness.js';

const TTL = 60_000;
const TAGS = '{ tags { name } }';
const USER = 'query User($email: String!) { user(email: $email) { name email tags { name } companies { name } } }';
const ME = { email: 'test.user@example.com' };

describe('response cache through startGateway (configuration)', () => {
  let api: LocalApi;
  const running: RunningGateway[] = [];
  const start = async (settings: { responseCacheTtlMs?: number }) => {
    const gateway = await startGateway({ port: 0, upstream: api.url, token: api.token, ...settings }, { logging: false });
    running.push(gateway);
    return { run: (query: string, variables?: Record<string, unknown>) => post(gateway.graphqlUrl, api.received!, query, variables) };
  };

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  });
  afterAll(async () => {
    await Promise.all(running.map((gateway) => gateway.close()));
    await api?.close();
  });

  it('is off by default: an identical request goes upstream again', async () => {
    const gateway = await start({});
    await gateway.run(USER, ME);
    expect((await gateway.run(USER, ME)).calls.length).toBeGreaterThan(0);
  });

  it('with --response-cache-ttl-ms, an identical operation of the same token makes no upstream call', async () => {
    const gateway = await start({ responseCacheTtlMs: TTL });
    const first = await gateway.run(USER, ME);
    expect(first.calls.length).toBeGreaterThan(0);
    const second = await gateway.run(USER, ME);
    expect(second.calls).toEqual([]);
    expect(second.body).toEqual(first.body);
    // Other variables are another operation.
    const other = await gateway.run(USER, { email: 'bob@example.com' });
    expect(other.calls.length).toBeGreaterThan(0);
  });
});

describe('response cache: never older than a write the gateway made', () => {
  let api: LocalApi;
  const gateways: ServedGateway[] = [];
  const serve = async (options: Parameters<typeof serveGateway>[1], on: LocalApi = api) => {
    const gateway = await serveGateway(on, options);
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

  it("a mutation whose result names none of the cached entities still refreshes them (tagging a user, creating a tag)", async () => {
    const gateway = await serve({ responseCache: createGatewayResponseCache({ ttlMs: TTL }) });
    const tagsOf = (body: Parameters<typeof dataOf>[0]) =>
      ((dataOf(body)['user'] as { tags: Array<{ name: string }> }).tags ?? []).map((tag) => tag.name);
    await gateway.run(USER, ME);
    await gateway.run(TAGS);
    expect((await gateway.run(USER, ME)).calls).toEqual([]);
    expect((await gateway.run(TAGS)).calls).toEqual([]);

    // The result selects only __typename: the plugin's own invalidation (by type and id) has nothing to go on.
    const tagged = await gateway.run('mutation($users: [ContactRefInput!]!) { tagUsers(name: "vip", users: $users) { __typename } }', {
      users: [ME],
    });
    expect(tagged.body.data).toEqual({ tagUsers: { __typename: 'TagUsersPayload' } });

    const user = await gateway.run(USER, ME);
    expect(user.calls.length).toBeGreaterThan(0);
    expect(tagsOf(user.body)).toContain('vip');
    const tags = await gateway.run(TAGS);
    expect(tags.calls.length).toBeGreaterThan(0);
    expect(tagNames(tags.body)).toContain('vip');

    await gateway.run('mutation { createTag(name: "brand-new") { __typename } }');
    expect(tagNames((await gateway.run(TAGS)).body)).toContain('brand-new');
  });

  it('does not store a response whose execution overlapped a write', async () => {
    // 150 ms per upstream call: the query below takes two rounds (user, then the user's companies), the
    // mutation one, started while the query's first round is on the wire.
    const slow = await startLocalApi({ port: 0, seed: 'demo', faults: { latencyMs: 150 }, recordRequests: true });
    try {
      const gateway = await serve({ responseCache: createGatewayResponseCache({ ttlMs: TTL }) }, slow);
      await gateway.client.legacyCountsSupported();
      const mark = slow.received!.count;
      const query = gateway.run(USER, ME);
      // Once the query's first call has reached the upstream (no clock involved), write.
      while (slow.received!.count === mark) await new Promise((resolve) => setImmediate(resolve));
      await gateway.run('mutation { createTag(name: "during-the-query") { __typename } }');
      const overlapped = await query;
      expect(dataOf(overlapped.body)['user']).not.toBeNull();
      // Not stored: the next identical request goes upstream…
      expect((await gateway.run(USER, ME)).calls.length).toBeGreaterThan(0);
      // …and that one, with no write around it, is stored.
      expect((await gateway.run(USER, ME)).calls).toEqual([]);
    } finally {
      await slow.close();
    }
  });

  it('caches nothing in naive mode, even when handed a response cache', async () => {
    const gateway = await serve({ loaderTuning: NAIVE_TUNING, responseCache: createGatewayResponseCache({ ttlMs: TTL }) });
    await gateway.run(TAGS);
    expect((await gateway.run(TAGS)).calls).toEqual(['GET /tags']);
  });

  it('does not cache a response with errors', async () => {
    const gateway = await serve({ responseCache: createGatewayResponseCache({ ttlMs: TTL }) });
    // Partial data: the tag list answers, the company lookup fails.
    const query = '{ company(id: "..") { name } tags { name } }';
    const failing = await gateway.run(query);
    expect(failing.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await gateway.run(query)).calls).toEqual(['GET /tags']);
  });
});

describe('response cache with two tokens on one upstream URL', () => {
  let workspaces: TwoWorkspaces;
  // ONE response store for every gateway below; only the session (the token's scope) keeps them apart.
  const shared = createGatewayResponseCache({ ttlMs: TTL });
  const serve = (token: WorkspaceToken) => workspaces.serve(token, { responseCache: shared });

  beforeAll(async () => {
    workspaces = await startTwoWorkspaces();
    // The same user exists in both workspaces; give it a different name in each.
    for (const [token, name] of [['token-a', 'Alice of A'], ['token-b', 'Bob of B']] as const) {
      const setup = workspaces.setup[token];
      const [user] = (await setup.searchContacts({ query: { field: 'email', operator: '=', value: ME.email } })).data;
      await setup.updateContact(user!.id, { name });
    }
  });
  afterAll(() => workspaces?.close());

  it("never serves token A's response to token B, though both gateways share one store and one URL", async () => {
    const a = await serve('token-a');
    const b = await serve('token-b');
    const nameIn = (body: Parameters<typeof dataOf>[0]) => (dataOf(body)['user'] as { name: string }).name;

    const fromA = await a.run(USER, ME);
    expect(nameIn(fromA.body)).toBe('Alice of A');
    // Same URL, same document, same variables, same store, within the TTL: only the token differs.
    const fromB = await b.run(USER, ME);
    expect(fromB.calls.length).toBeGreaterThan(0);
    expect(nameIn(fromB.body)).toBe('Bob of B');

    // The store really is shared: another gateway with token A is served from it.
    const a2 = await serve('token-a');
    const again = await a2.run(USER, ME);
    expect(again.calls).toEqual([]);
    expect(nameIn(again.body)).toBe('Alice of A');
    expect(nameIn((await b.run(USER, ME)).body)).toBe('Bob of B');
  });
});
