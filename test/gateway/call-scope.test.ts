import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallScope, createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import { UpstreamError } from '../../src/intercom/errors.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

let api: LocalApi;
let client: IntercomClient;
beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'demo', tokens: ['server-token', 'caller-token'], recordRequests: true });
  client = createIntercomClient({ baseUrl: api.url, token: 'server-token' });
});
afterAll(async () => {
  await client.close();
  await api.close();
});

describe('a request-bound client (withScope)', () => {
  it('sends the scope headers and its token, and tells listeners of each call with its status', async () => {
    const scope = new CallScope({ token: 'caller-token' });
    scope.headers['traceparent'] = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const seen: string[] = [];
    scope.listen({ afterCall: (call, outcome) => seen.push(`${call.method} ${call.path} ${outcome.status}`) });
    const mark = api.received!.count;
    await client.withScope(scope).listTags();
    const [received] = api.received!.since(mark);
    expect(received!.headers['authorization']).toBe('Bearer caller-token');
    expect(received!.headers['traceparent']).toBe(scope.headers['traceparent']);
    expect(seen).toEqual(['GET /tags 200']);
  });

  it('sends nothing when a listener refuses the call', async () => {
    const scope = new CallScope();
    scope.listen({
      beforeCall: () => {
        throw new UpstreamError('RATE_LIMITED', 'budget spent');
      },
    });
    const mark = api.received!.count;
    await expect(client.withScope(scope).listTags()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(api.received!.count).toBe(mark);
  });

  it('sends nothing once its signal is aborted, and fails the call', async () => {
    const controller = new AbortController();
    controller.abort();
    const mark = api.received!.count;
    await expect(client.withScope(new CallScope({ signal: controller.signal })).listTags()).rejects.toBeInstanceOf(UpstreamError);
    expect(api.received!.count).toBe(mark);
  });

  it('leaves the unscoped client as it was', async () => {
    const mark = api.received!.count;
    await client.listTags();
    expect(api.received!.since(mark)[0]!.headers['authorization']).toBe('Bearer server-token');
  });
});
