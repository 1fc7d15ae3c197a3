/**
 * One error policy: a relation whose upstream read fails is a field error beside the rest of the
 * answer (partial data) — never an empty list — and such a response is never kept by the response
 * cache. The failing read is refused through the request's call scope (the gateway's own hook for
 * refusing calls), so nothing of it reaches the real local API on 127.0.0.1; every other call does.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGatewayResponseCache } from '../../src/gateway/caching/response-cache.js';
import { createGateway, type Gateway } from '../../src/gateway/yoga.js';
import type { CallScope } from '../../src/intercom/call-scope.js';
import { createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import { UpstreamError } from '../../src/intercom/errors.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

/** Which upstream reads fail right now, as `METHOD /path` (ids in paths as `:id`). */
const failing = new Set<string>();

/** The client every request of these gateways uses: its scope refuses the reads named in `failing`. */
function withFailingReads(client: IntercomClient): IntercomClient {
  return {
    ...client,
    withScope(scope: CallScope) {
      scope.listen({
        beforeCall(call) {
          const shape = `${call.method} ${call.path.replace(/\/(?:[0-9a-f]{24}|\d+)(?=\/|$)/g, '/:id')}`;
          if (failing.has(shape)) throw new UpstreamError('UPSTREAM_UNAVAILABLE', `The upstream is unavailable: ${shape} failed`);
        },
      });
      return client.withScope(scope);
    },
  };
}

let api: LocalApi;
let client: IntercomClient;
let plain: Gateway;
let cached: Gateway;

async function run(gateway: Gateway, query: string, variables: Record<string, unknown> = {}) {
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  client = createIntercomClient({ baseUrl: api.url, token: api.token, retryDelayMs: 1 });
  plain = createGateway({ client: withFailingReads(client), logging: false, graphiql: false });
  cached = createGateway({
    client: withFailingReads(client),
    logging: false,
    graphiql: false,
    responseCache: createGatewayResponseCache({ ttlMs: 60_000 }),
  });
});
beforeEach(() => failing.clear());
afterAll(async () => {
  await client?.close();
  await api?.close();
});

const USER_TAGS = 'query ($email: String!) { user(email: $email) { name tags { name } } }';
const ME = { email: 'test.user@example.com' };

describe('a relation whose read fails', () => {
  it('Contact.tags: a field error beside the rest of the answer, not []', async () => {
    failing.add('GET /tags');
    const response = await run(plain, USER_TAGS, ME);
    expect(response.data?.['user']).toEqual({ name: 'Test User', tags: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['user', 'tags'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('Contact.tags of every user on a page: one error per row, the rows kept', async () => {
    failing.add('GET /tags');
    // Users 0 and 199 carry tags (multi-id, value_lead): resolving them needs the tag list.
    const response = await run(
      plain,
      '{ users(filter: { search: { field: userId, operator: IN, value: ["0", "199"] } }) { totalCount edges { node { email tags { name } } } } }',
    );
    expect(response.data?.['users']).toEqual({
      totalCount: 2,
      edges: expect.arrayContaining([
        { node: { email: 'test.user@example.com', tags: null } },
        { node: { email: 'ricky.roma@hydra2.example', tags: null } },
      ]),
    });
    expect(response.errors).toHaveLength(2);
    expect(response.errors?.every((error) => error.extensions?.['code'] === 'UPSTREAM_UNAVAILABLE')).toBe(true);
  });

  it('Conversation.contacts: a field error, not []', async () => {
    failing.add('GET /contacts/:id');
    failing.add('POST /contacts/search');
    const response = await run(plain, '{ conversation(intercomId: "000500000000000000000002") { title contacts { email } } }');
    expect(response.data?.['conversation']).toEqual({ title: 'Question about billing', contacts: null });
    expect(response.errors![0]).toMatchObject({ path: ['conversation', 'contacts'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it("the contacts of a tagging's payload: a field error, and the payload says the write happened", async () => {
    // Found by userId (a search); read again after the write by id, which fails.
    failing.add('GET /contacts/:id');
    const response = await run(
      plain,
      'mutation { tagUsers(name: "after-failure", users: [{ userId: "199" }]) { __typename ... on TagUsersPayload { tag { name } contacts { email } } } }',
    );
    expect(response.data?.['tagUsers']).toEqual({ __typename: 'TagUsersPayload', tag: { name: 'after-failure' }, contacts: null });
    expect(response.errors![0]).toMatchObject({ path: ['tagUsers', 'contacts'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });
});

describe('the response cache and failed relations', () => {
  it('never keeps a response with errors: once the read works again, the tags are there', async () => {
    failing.add('GET /tags');
    const first = await run(cached, USER_TAGS, ME);
    expect(first.data?.['user'].tags).toBeNull();
    // Not served from the cache: the identical request reaches the upstream again.
    const mark = api.received!.count;
    const again = await run(cached, USER_TAGS, ME);
    expect(again.errors).toHaveLength(1);
    expect(api.received!.count).toBeGreaterThan(mark);

    failing.clear();
    const healed = await run(cached, USER_TAGS, ME);
    expect(healed.errors).toBeUndefined();
    expect(healed.data?.['user'].tags).toEqual([{ name: 'multi-id' }]);
    // The good answer is the one kept: now the identical request makes no upstream call.
    const kept = api.received!.count;
    expect(await run(cached, USER_TAGS, ME)).toEqual(healed);
    expect(api.received!.count).toBe(kept);
  });
});
