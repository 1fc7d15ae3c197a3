/**
 * The cross-request cache of the tag and segment lists (src/gateway/caching/shared-lists.ts), over
 * real HTTP: local APIs on 127.0.0.1, gateways listening on 127.0.0.1. Upstream calls are counted where
 * they arrive (the local API's record of received requests), so "served from the cache" means "no call
 * reached the upstream".
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedListCache } from '../../src/gateway/caching/shared-lists.js';
import { createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import { NAIVE_TUNING } from '../../src/loaders/tuning.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import {
  dataOf,
  serveGateway,
  startTwoWorkspaces,
  tagNames,
  type ServedGateway,
  type TwoWorkspaces,
  type WorkspaceToken,
} from './cache-harness.js';

const TAG_EXPLORER = readFileSync(new URL('../../bench/queries/tag-explorer.graphql', import.meta.url), 'utf8');
const TAGS = '{ tags { id intercomId name } }';
const SEGMENTS = '{ segments { intercomId name } }';
const SEGMENT_COUNTS = '{ segments { name count } }';
const TTL = 60_000;

const plainListReads = (calls: string[]) => calls.filter((call) => call === 'GET /tags' || call === 'GET /segments');

describe('shared tag and segment lists', () => {
  let api: LocalApi;
  let setup: IntercomClient;
  const gateways: ServedGateway[] = [];
  const serve = async (...args: Parameters<typeof serveGateway>) => {
    const gateway = await serveGateway(...args);
    gateways.push(gateway);
    return gateway;
  };

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
    setup = createIntercomClient({ baseUrl: api.url, token: api.token });
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await setup?.close();
    await api?.close();
  });

  it('two identical tag-explorer requests: the second reads neither list from the upstream, and answers the same', async () => {
    const gateway = await serve(api, { listCacheTtlMs: TTL });
    // Whether /counts is served is probed once per client; not part of either request.
    await gateway.client.legacyCountsSupported();
    const first = await gateway.run(TAG_EXPLORER, { usersPerTag: 50 });
    const second = await gateway.run(TAG_EXPLORER, { usersPerTag: 50 });
    expect(plainListReads(first.calls)).toEqual(['GET /tags', 'GET /segments']);
    expect(plainListReads(second.calls)).toEqual([]);
    expect(second.calls.length).toBe(first.calls.length - 2);
    expect(dataOf(second.body)).toEqual(dataOf(first.body));
  });

  it('never caches segment counts: a count that changed upstream is current in the next request', async () => {
    const gateway = await serve(api, { listCacheTtlMs: TTL });
    const countOf = (body: Parameters<typeof dataOf>[0]) =>
      (dataOf(body)['segments'] as Array<{ name: string; count: number }>).find((segment) => segment.name === 'Active')!.count;
    const before = await gateway.run(SEGMENT_COUNTS);
    // Behind the gateway's back (no write it could see): a user seen now joins "Active".
    await setup.createContact({ role: 'user', email: 'just.seen@example.com', last_seen_at: Math.floor(Date.now() / 1000) });
    const after = await gateway.run(SEGMENT_COUNTS);
    expect(countOf(after.body)).toBe(countOf(before.body) + 1);
    // The list without counts came from the cache; the counts were read again.
    expect(after.calls).toEqual(['GET /segments?include_count=true']);
    expect(JSON.stringify(await gateway.run(SEGMENTS))).not.toContain('"count"');
  });

  it('answers every segment field exactly as a gateway without the shared lists does', async () => {
    const query = `{
      segments { intercomId name personType count }
      user(email: "test.user@example.com") { segments { name count } tags { name } }
      counts { segments userSegmentCounts { name count } }
    }`;
    const cached = await serve(api, { listCacheTtlMs: TTL });
    const plain = await serve(api, {});
    await cached.run(query); // warm: the lists below come from the cache
    const [fromCache, fromUpstream] = [await cached.run(query), await plain.run(query)];
    expect(plainListReads(fromCache.calls)).toEqual([]);
    expect(dataOf(fromCache.body)).toEqual(dataOf(fromUpstream.body));
    expect(JSON.stringify(fromCache.body)).toMatch(/"count":[1-9]/);
  });

  it("every mutation through the gateway that changes tags is visible in the gateway's next request", async () => {
    const gateway = await serve(api, { listCacheTtlMs: TTL });
    const names = async () => {
      const { body, calls } = await gateway.run(TAGS);
      return { names: tagNames(body), calls: plainListReads(calls) };
    };
    const mutate = async (mutation: string, variables: Record<string, unknown>) => {
      const { body } = await gateway.run(mutation, variables);
      expect(JSON.stringify(body)).toContain('Payload');
    };
    await names();
    expect((await names()).calls).toEqual([]); // warm

    await mutate('mutation($name: String!) { createTag(name: $name) { __typename } }', { name: 'made-by-createTag' });
    expect(await names()).toMatchObject({ calls: ['GET /tags'] });
    const created = (await gateway.run(TAGS)).body;
    const tagId = (dataOf(created)['tags'] as Array<{ id: string; name: string }>).find((tag) => tag.name === 'made-by-createTag')!.id;

    await mutate('mutation($id: ID!, $name: String!) { renameTag(id: $id, name: $name) { __typename } }', { id: tagId, name: 'renamed-tag' });
    let now = await names();
    expect(now.names).toContain('renamed-tag');
    expect(now.names).not.toContain('made-by-createTag');

    // Tagging by a name that does not exist yet creates the tag (POST /tags with users).
    await mutate('mutation($name: String!, $users: [ContactRefInput!]!) { tagUsers(name: $name, users: $users) { __typename } }', {
      name: 'made-by-tagUsers',
      users: [{ email: 'test.user@example.com' }],
    });
    expect((await names()).names).toContain('made-by-tagUsers');

    await mutate('mutation($id: ID!) { deleteTag(id: $id) { __typename } }', { id: tagId });
    now = await names();
    expect(now.names).not.toContain('renamed-tag');
    expect(now.calls).toEqual(['GET /tags']);
  });

  it('serves a list for at most the TTL: a tag created behind the gateway appears once it expires', async () => {
    let clock = 1_000_000;
    const listCache = createSharedListCache({ ttlMs: 30_000, now: () => clock });
    const gateway = await serve(api, { listCacheTtlMs: 30_000, listCache });
    await gateway.run(TAGS);
    await setup.tagRequest({ name: 'made-behind-the-gateway' });
    clock += 29_999;
    const stale = await gateway.run(TAGS);
    expect(stale.calls).toEqual([]);
    expect(tagNames(stale.body)).not.toContain('made-behind-the-gateway');
    clock += 1;
    const fresh = await gateway.run(TAGS);
    expect(fresh.calls).toEqual(['GET /tags']);
    expect(tagNames(fresh.body)).toContain('made-behind-the-gateway');
  });

  it('caches nothing in naive mode or with a TTL of 0', async () => {
    for (const options of [{ loaderTuning: NAIVE_TUNING, listCacheTtlMs: TTL }, { listCacheTtlMs: 0 }]) {
      const gateway = await serve(api, options);
      await gateway.run(TAGS);
      expect((await gateway.run(TAGS)).calls).toEqual(['GET /tags']);
    }
  });
});

describe('shared tag and segment lists with two tokens on one upstream URL', () => {
  let workspaces: TwoWorkspaces;
  // ONE cache instance for every gateway below: the only thing between token A's lists and token B's is the key.
  const shared = createSharedListCache({ ttlMs: TTL });
  const serve = (token: WorkspaceToken) => workspaces.serve(token, { listCacheTtlMs: TTL, listCache: shared });

  beforeAll(async () => {
    workspaces = await startTwoWorkspaces();
    await workspaces.setup['token-a'].tagRequest({ name: 'only-in-a' });
    await workspaces.setup['token-b'].tagRequest({ name: 'only-in-b' });
  });
  afterAll(() => workspaces?.close());

  it("never serves token A's lists to token B, though both gateways share one cache and one URL", async () => {
    const a = await serve('token-a');
    const b = await serve('token-b');
    const fromA = await a.run(TAGS);
    expect(tagNames(fromA.body)).toContain('only-in-a');
    expect(tagNames(fromA.body)).not.toContain('only-in-b');

    // Same URL, same query, same cache, within the TTL: only the token differs.
    const fromB = await b.run(TAGS);
    expect(fromB.calls).toEqual(['GET /tags']);
    expect(tagNames(fromB.body)).toContain('only-in-b');
    expect(tagNames(fromB.body)).not.toContain('only-in-a');

    // Each token's entry is really shared: a second gateway with token A reads nothing.
    const a2 = await serve('token-a');
    const again = await a2.run(TAGS);
    expect(again.calls).toEqual([]);
    expect(tagNames(again.body)).toEqual(tagNames(fromA.body));
    expect(tagNames((await b.run(TAGS)).body)).toEqual(tagNames(fromB.body));
  });

  it("a write through any gateway drops every token's lists (two tokens may share a workspace)", async () => {
    const a = await serve('token-a');
    const b = await serve('token-b');
    await Promise.all([a.run(TAGS), b.run(TAGS)]);
    expect((await b.run(TAGS)).calls).toEqual([]);
    const { body } = await a.run('mutation { createTag(name: "another-in-a") { __typename } }');
    expect(body.data).toEqual({ createTag: { __typename: 'CreateTagPayload' } });
    expect((await b.run(TAGS)).calls).toEqual(['GET /tags']);
    expect(tagNames((await b.run(TAGS)).body)).not.toContain('another-in-a');
    expect(tagNames((await a.run(TAGS)).body)).toContain('another-in-a');
  });
});

describe('shared list cache: reads in flight', () => {
  it('does not keep a list whose read was in flight when a write settled, nor a failed read', async () => {
    const cache = createSharedListCache({ ttlMs: TTL });
    let release!: (value: string[]) => void;
    let reads = 0;
    const slow = () => {
      reads += 1;
      return new Promise<string[]>((resolve) => (release = resolve));
    };
    const inFlight = cache.read('scope', 'tags', slow);
    cache.invalidateAll(); // a write settles while the read is on the wire
    release(['before-the-write']);
    expect(await inFlight).toEqual(['before-the-write']); // its own caller still gets it…
    expect(await cache.read('scope', 'tags', async () => (reads += 1, ['after-the-write']))).toEqual(['after-the-write']); // …nobody else
    expect(reads).toBe(2);

    await expect(cache.read('other', 'tags', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.read('other', 'tags', async () => ['recovered'])).toEqual(['recovered']);
  });

  it('gives every caller its own copy', async () => {
    const cache = createSharedListCache({ ttlMs: TTL });
    const first = await cache.read('scope', 'tags', async () => [{ id: '1', name: 'a' }]);
    first[0]!.name = 'edited in place';
    expect(await cache.read('scope', 'tags', async () => [])).toEqual([{ id: '1', name: 'a' }]);
  });
});
