/**
 * A 2xx body the gateway cannot use becomes UPSTREAM_ERROR, end to end: a real local API on
 * 127.0.0.1 injects the body (`malformed`: not JSON; `shape`: valid JSON of the wrong shape), the
 * gateway answers a GraphQL request over it, and upstream calls are counted at the upstream side.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/gateway/yoga.js';
import { createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

interface Answer {
  data?: { tags: unknown } | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }>;
}

let api: LocalApi | undefined;
let client: IntercomClient | undefined;
afterEach(async () => {
  await client?.close();
  await api?.close();
  api = undefined;
  client = undefined;
});

/** `{ tags { name } }` through a gateway whose upstream answers every request with `fault`. */
async function tagsOver(fault: 'malformed' | 'shape') {
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true, faults: { rate: 1, kinds: [fault] } });
  client = createIntercomClient({ baseUrl: api.url, token: api.token, retryDelayMs: 5 });
  const gateway = createGateway({ client, logging: false, graphiql: false });
  const before = api.received!.count;
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ tags { name } }' }),
  });
  const text = await response.text();
  return { text, body: JSON.parse(text) as Answer, upstreamCalls: api.received!.since(before).map((r) => `${r.method} ${r.path}`) };
}

describe('2xx bodies the gateway cannot use', () => {
  it('a body that is not JSON: retried once, then UPSTREAM_ERROR with our message, not the body', async () => {
    const { text, body, upstreamCalls } = await tagsOver('malformed');
    expect(body.data?.tags ?? null).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['tags'],
        message: 'The upstream answered listTags with a body that is not JSON',
        extensions: expect.objectContaining({ code: 'UPSTREAM_ERROR' }),
      }),
    ]);
    expect(upstreamCalls).toEqual(['GET /tags', 'GET /tags']);
    expect(text).not.toContain('not json');
  });

  it('JSON of the wrong shape: UPSTREAM_ERROR at once (no retry), never a masked error or the body', async () => {
    const { text, body, upstreamCalls } = await tagsOver('shape');
    expect(body.data?.tags ?? null).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['tags'],
        message: 'The upstream answered listTags with a body that is not the expected list',
        extensions: expect.objectContaining({ code: 'UPSTREAM_ERROR' }),
      }),
    ]);
    expect(upstreamCalls).toEqual(['GET /tags']);
    expect(text).not.toContain('wrong_shape');
    expect(text).not.toContain('not what was asked for');
  });
});
