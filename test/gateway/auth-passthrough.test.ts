/**
 * Passthrough auth: each caller sends its own Intercom token and the gateway calls the upstream with
 * it. Two tokens, two workspaces with different data behind ONE upstream URL (a router on 127.0.0.1
 * that forwards by token), and both cross-request caches ON: whatever a cache is keyed by, anything
 * less than the caller's token would serve one workspace's tags to the other, and these tests fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntercomClient } from '../../src/intercom/client.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { startTokenRouter, type TokenRouter } from './cache-harness.js';
import { bearer, codes, startAuthHarness, type Answer, type AuthHarness } from './auth-harness.js';

let apiA: LocalApi;
let apiB: LocalApi;
let router: TokenRouter;
let harness: AuthHarness;

const tagNames = (answer: Answer) => ((answer.body.data?.['tags'] ?? []) as Array<{ name: string }>).map((tag) => tag.name);

beforeAll(async () => {
  [apiA, apiB] = await Promise.all([
    startLocalApi({ port: 0, seed: 'demo', tokens: ['token-a'], recordRequests: true }),
    startLocalApi({ port: 0, seed: 'demo', tokens: ['token-b'], recordRequests: true }),
  ]);
  for (const [api, name] of [[apiA, 'only-in-a'], [apiB, 'only-in-b']] as const) {
    const setup = createIntercomClient({ baseUrl: api.url, token: api.token });
    await setup.tagRequest({ name });
    await setup.close();
  }
  router = await startTokenRouter({ 'token-a': apiA.url, 'token-b': apiB.url });
  // No server token at all: every upstream call must carry the caller's.
  harness = await startAuthHarness(
    { upstream: router.url, token: undefined, auth: 'passthrough', responseCacheTtlMs: 60_000, listCacheTtlMs: 60_000 },
    apiA,
  );
});

afterAll(async () => {
  await harness?.close();
  await router?.close();
  await Promise.all([apiA?.close(), apiB?.close()]);
});

describe('--auth passthrough', () => {
  it('serves each token its own workspace, first from the upstream and then from the caches', async () => {
    const query = { query: '{ tags { name } }' };
    for (let round = 0; round < 2; round += 1) {
      const marks = [apiA.received!.count, apiB.received!.count];
      const a = await harness.send(query, bearer('token-a'));
      const b = await harness.send(query, bearer('token-b'));
      expect(tagNames(a)).toContain('only-in-a');
      expect(tagNames(a)).not.toContain('only-in-b');
      expect(tagNames(b)).toContain('only-in-b');
      expect(tagNames(b)).not.toContain('only-in-a');
      if (round === 1) {
        // The second round is served from the response cache: the caches were really in play.
        expect([apiA.received!.count, apiB.received!.count]).toEqual(marks);
      }
    }
  });

  it('keys the shared tag list by token too (distinct documents, so the response cache cannot answer)', async () => {
    const a = await harness.send({ query: '{ listA: tags { name } }' }, bearer('token-a'));
    const b = await harness.send({ query: '{ listB: tags { name } }' }, bearer('token-b'));
    expect((a.body.data?.['listA'] as Array<{ name: string }>).map((tag) => tag.name)).not.toContain('only-in-b');
    expect((b.body.data?.['listB'] as Array<{ name: string }>).map((tag) => tag.name)).not.toContain('only-in-a');
    expect((b.body.data?.['listB'] as Array<{ name: string }>).map((tag) => tag.name)).toContain('only-in-b');
  });

  it("sends every call of a request with that caller's token, and only to its workspace", async () => {
    const marks = [apiA.received!.count, apiB.received!.count];
    await harness.send({ query: '{ users(first: 3) { edges { node { email tags { name } } } } }' }, bearer('token-b'));
    expect(apiA.received!.count).toBe(marks[0]);
    const calls = apiB.received!.since(marks[1]!);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.headers['authorization']).toBe('Bearer token-b');
  });

  it('answers counts with no server token: the /counts probe goes out with a caller\'s token', async () => {
    const answer = await harness.send({ query: '{ counts { users leads } }' }, bearer('token-a'));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.['counts']).toMatchObject({ users: expect.any(Number), leads: expect.any(Number) });
  });

  it('refuses a request without a token with 401, and a token the upstream refuses with UNAUTHENTICATED, never echoing it', async () => {
    const missing = await harness.send({ query: '{ tags { name } }' });
    expect(missing.status).toBe(401);
    const secret = 'not-a-real-token-7f3a9';
    const refused = await harness.send({ query: '{ users(first: 1) { totalCount } }' }, bearer(secret));
    expect(codes(refused)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(refused.body)).not.toContain(secret);
  });
});
