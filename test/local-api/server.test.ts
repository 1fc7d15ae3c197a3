import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'none', tokens: ['t1', 't2'], rateLimit: 60 });
});
afterAll(() => api.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(api.url + path, { headers: { accept: 'application/json', authorization: 'Bearer t1', ...headers } });

describe('request pipeline', () => {
  it('listens on loopback', () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a missing token with 401 in the error envelope', async () => {
    const res = await fetch(api.url + '/tags', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      type: 'error.list',
      errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
    });
  });

  it('answers an unknown token with 401', async () => {
    const res = await get('/tags', { authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
  });

  it('accepts HTTP Basic with the token as user name and an empty password', async () => {
    const res = await get('/no-such-path', { authorization: 'Basic ' + Buffer.from('t2:').toString('base64') });
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].code).toBe('not_found');
  });

  it('refuses a request without Accept: application/json with 406', async () => {
    const res = await fetch(api.url + '/tags', { headers: { authorization: 'Bearer t1', accept: 'text/html' } });
    expect(res.status).toBe(406);
  });

  it('rejects an unknown Intercom-Version', async () => {
    const res = await get('/tags', { 'intercom-version': '9.9' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].code).toBe('intercom_version_invalid');
  });

  it('sends X-RateLimit headers on every response, errors included', async () => {
    const res = await get('/no-such-path', { authorization: 'Bearer t2' });
    // Each header must be there: a missing one would read as Number(null) = 0 and pass a numeric check.
    expect(res.headers.get('x-ratelimit-limit')).toBe('10');
    expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    expect(res.headers.get('x-ratelimit-reset')).toMatch(/^\d+0$/);
  });
});
