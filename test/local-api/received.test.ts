import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
});
afterAll(() => api.close());

describe('requests received, as the upstream saw them', () => {
  it('records every request, refused ones included, with its path, query and headers', async () => {
    const mark = api.received!.count;
    await fetch(`${api.url}/tags?x=1`, { headers: { accept: 'application/json', authorization: `Bearer ${api.token}`, traceparent: 'tp' } });
    await fetch(`${api.url}/contacts`, { headers: { accept: 'application/json' } }); // 401: still received
    const got = api.received!.since(mark);
    expect(got.map((r) => `${r.method} ${r.path} ${r.query}`)).toEqual(['GET /tags x=1', 'GET /contacts ']);
    expect(got[0]!.headers['traceparent']).toBe('tp');
    expect(api.received!.count).toBe(mark + 2);
  });

  it('records nothing unless asked', async () => {
    const quiet = await startLocalApi({ port: 0, seed: 'none' });
    try {
      expect(quiet.received).toBeUndefined();
    } finally {
      await quiet.close();
    }
  });
});
