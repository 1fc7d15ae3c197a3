/**
 * How calls pass through a client's interceptors (src/intercom/dispatch.ts), against a real local API
 * on 127.0.0.1: the order is pinned, every interceptor sees the call's endpoint table entry, and a
 * request-bound client (withScope) keeps them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallScope, createIntercomClient, type CallInterceptor, type IntercomClient } from '../../src/intercom/client.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

let api: LocalApi;
let client: IntercomClient;

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  client = createIntercomClient({ baseUrl: api.url, token: api.token });
});
afterAll(async () => {
  await client?.close();
  await api?.close();
});

function recorder(name: string, log: string[]): CallInterceptor {
  return {
    async around(request, next) {
      log.push(`${name} > ${request.endpoint.name} ${request.endpoint.kind} ${request.endpoint.method} ${request.path}`);
      const answer = await next();
      log.push(`${name} <`);
      return answer;
    },
  };
}

describe('call interceptors', () => {
  it('run the last added outermost, each seeing the endpoint entry and the filled path', async () => {
    const log: string[] = [];
    const intercepted = client.intercept(recorder('inner', log)).intercept(recorder('outer', log));
    const tag = (await client.listTags()).data[0]!;
    await intercepted.getTag(tag.id);
    expect(log).toEqual([`outer > getTag read GET /tags/${tag.id}`, `inner > getTag read GET /tags/${tag.id}`, 'inner <', 'outer <']);
  });

  it('stay on a request-bound client, and the scope sees the call after them', async () => {
    const log: string[] = [];
    const scope = new CallScope();
    scope.listen({ beforeCall: (call) => void log.push(`scope ${call.endpoint} ${call.kind}`) });
    await client.intercept(recorder('interceptor', log)).withScope(scope).listSegments();
    expect(log).toEqual(['interceptor > listSegments read GET /segments', 'scope listSegments read', 'interceptor <']);
  });

  it('may answer without the upstream: nothing is sent', async () => {
    const before = api.received!.count;
    const answered = client.intercept({ around: async () => ({ type: 'list', data: [] }) });
    expect(await answered.listTags()).toEqual({ type: 'list', data: [] });
    expect(api.received!.count).toBe(before);
  });

  it('refuse a bad path id before any interceptor or the upstream sees the call', async () => {
    const log: string[] = [];
    const before = api.received!.count;
    await expect(client.intercept(recorder('interceptor', log)).getContact('..')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(log).toEqual([]);
    expect(api.received!.count).toBe(before);
  });

  it('say whether lists are cached across requests', () => {
    expect(client.listsCachedAcrossRequests).toBe(false);
    const shared = client.intercept({ servesSharedLists: true, around: (_request, next) => next() });
    expect(shared.listsCachedAcrossRequests).toBe(true);
    expect(shared.withScope(new CallScope()).listsCachedAcrossRequests).toBe(true);
  });
});
