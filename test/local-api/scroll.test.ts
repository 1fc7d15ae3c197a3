import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createContact } from '../../src/local-api/store/contacts.js';
import { firstError, startV1, type V1Client } from './v1-client.js';

let c: V1Client;

beforeAll(async () => {
  c = await startV1();
  const now = Math.floor(Date.now() / 1000);
  c.api.db.transaction(() => {
    for (let i = 0; i < 150; i++) createContact(c.api.db, { role: 'user', external_id: `u${i}` }, now);
    for (let i = 0; i < 3; i++) createContact(c.api.db, { role: 'lead', external_id: `lead-${i}` }, now);
  })();
  await c.post('/users', { user_id: 'u0', companies: [{ company_id: 'a', name: 'A' }, { company_id: 'b', name: 'B' }] });
  await c.post('/companies', { company_id: 'empty', name: 'Empty' });
});
afterAll(() => c.api.close());
afterEach(() => {
  vi.useRealTimers();
});

/** Scrolls one kind to its end, returning every id seen. */
async function scrollAll(path: string, key: string, headers: Record<string, string> = {}): Promise<string[]> {
  const ids: string[] = [];
  let param: string | undefined;
  for (let round = 0; round < 10; round++) {
    const res = await c.get(param ? `${path}?scroll_param=${param}` : path, headers);
    expect(res.status).toBe(200);
    const items = res.body[key] as any[];
    if (items.length === 0) return ids;
    ids.push(...items.map((item) => item.id));
    param = res.body.scroll_param;
  }
  throw new Error('scroll did not end');
}

describe('scroll', () => {
  it('walks every user 100 at a time and ends with an empty page', async () => {
    const first = await c.get('/users/scroll');
    expect(first.body).toMatchObject({ type: 'user.list', scroll_param: expect.any(String) });
    expect(first.body.users).toHaveLength(100);
    const second = await c.get(`/users/scroll?scroll_param=${first.body.scroll_param}`);
    expect(second.body.users).toHaveLength(50);
    const last = await c.get(`/users/scroll?scroll_param=${first.body.scroll_param}`);
    expect(last.body.users).toEqual([]);
    const ids = new Set([...first.body.users, ...second.body.users].map((u: any) => u.id));
    expect(ids.size).toBe(150);
    // The empty page ended it: the param is gone and a new scroll may open at once.
    expect((await c.get(`/users/scroll?scroll_param=${first.body.scroll_param}`)).status).toBe(404);
    expect(await scrollAll('/users/scroll', 'users')).toHaveLength(150);
  });

  it('refuses a second scroll of the same kind while one is open', async () => {
    const open = await c.get('/users/scroll');
    const second = await c.get('/users/scroll');
    expect(second.status).toBe(400);
    expect(firstError(second)).toMatchObject({ code: 'scroll_exists', message: 'scroll already exists for this app' });
    // Other kinds are separate.
    expect(await scrollAll('/contacts/scroll', 'contacts')).toHaveLength(3);
    // Finish the open one.
    let param = open.body.scroll_param;
    for (let i = 0; i < 5; i++) {
      const res = await c.get(`/users/scroll?scroll_param=${param}`);
      if (res.body.users.length === 0) break;
      param = res.body.scroll_param;
    }
    expect((await c.get('/users/scroll')).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61_000);
    expect((await c.get('/users/scroll')).status).toBe(200);
  });

  it('expires a scroll left idle for a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3_600_000);
    const open = await c.get('/contacts/scroll');
    expect(open.status).toBe(200);
    expect((await c.get('/contacts/scroll')).status).toBe(400);
    vi.setSystemTime(Date.now() + 61_000);
    const stale = await c.get(`/contacts/scroll?scroll_param=${open.body.scroll_param}`);
    expect(stale.status).toBe(404);
    expect(firstError(stale)).toMatchObject({ code: 'not_found', field: 'scroll_param' });
    const fresh = await c.get('/contacts/scroll');
    expect(fresh.status).toBe(200);
    expect(fresh.body.contacts.every((l: any) => l.type === 'contact')).toBe(true);
    vi.setSystemTime(Date.now() + 61_000);
  });

  it('answers 404 for an unknown scroll_param', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 7_200_000);
    const res = await c.get('/users/scroll?scroll_param=not-a-scroll');
    expect(res.status).toBe(404);
  });

  it('scrolls companies with users in 1.x (company.list) and 2.x (list with a null total_count)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 10_800_000);
    const v1 = await c.get('/companies/scroll');
    expect(v1.body).toMatchObject({ type: 'company.list', scroll_param: expect.any(String) });
    expect(v1.body.companies.map((co: any) => co.company_id)).toEqual(['a', 'b']);
    expect((await c.get(`/companies/scroll?scroll_param=${v1.body.scroll_param}`)).body.companies).toEqual([]);

    const v2 = await c.get('/companies/scroll', { 'intercom-version': '2.11' });
    expect(v2.body).toEqual({
      type: 'list',
      data: [expect.objectContaining({ type: 'company', company_id: 'a' }), expect.objectContaining({ company_id: 'b' })],
      total_count: null,
      scroll_param: expect.any(String),
    });
    const end = await c.get(`/companies/scroll?scroll_param=${v2.body.scroll_param}`, { 'intercom-version': '2.11' });
    expect(end.body.data).toEqual([]);
  });

  it('serves /users/scroll and /contacts/scroll only in 1.x', async () => {
    const res = await c.get('/users/scroll', { 'intercom-version': '2.11' });
    expect(res.status).toBe(400);
    expect(firstError(res).code).toBe('intercom_version_invalid');
  });
});
