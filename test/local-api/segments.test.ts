import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { apiClient, type ApiClient } from './contract/http.js';
import { addTag } from './contract/fixtures.js';

const DAY = 86_400;
const ADMIN_TOKEN = 'admin-secret';
const nowSeconds = () => Math.floor(Date.now() / 1000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'segments-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

/** "Active": users seen in the last 30 days — a relative window, so membership follows the clock. */
const ACTIVE = { name: 'Active', query: { field: 'last_seen_at', operator: '>', value: 'now-30d' } };

function adminRequest(api: LocalApi, method: 'POST' | 'DELETE', path: string, body?: unknown, token = ADMIN_TOKEN) {
  return fetch(api.url + path, {
    method,
    headers: { accept: 'application/json', authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));
}

describe('GET /segments and /segments/{id}', () => {
  let api: LocalApi;
  let http: ApiClient;
  let activeId: string;
  beforeAll(async () => {
    const file = writeJson('list.json', [ACTIVE, { name: 'Leads from France', person_type: 'contact', query: { field: 'location.country', operator: '=', value: 'France' } }]);
    api = await startLocalApi({ port: 0, seed: 'none', segmentsFile: file });
    http = apiClient(api, '2.11');
    await http.post('/contacts', { email: 'a@example.com', last_seen_at: nowSeconds() - DAY });
    await http.post('/contacts', { email: 'b@example.com', last_seen_at: nowSeconds() - 90 * DAY });
    activeId = (await http.get('/segments')).body.segments[0].id;
  });
  afterAll(() => api.close());

  it('lists segments as segment.list / segments, counts only when asked', async () => {
    const plain = await http.get('/segments');
    expect(plain.status).toBe(200);
    expect(plain.body.type).toBe('segment.list');
    expect(plain.body.segments).toHaveLength(2);
    expect(plain.body.segments[0]).toEqual({
      type: 'segment', id: activeId, name: 'Active', created_at: expect.any(Number), updated_at: expect.any(Number), person_type: 'user',
    });
    expect(plain.body.segments[1]).toMatchObject({ name: 'Leads from France', person_type: 'contact' });

    const counted = await http.get('/segments?include_count=true');
    expect(counted.body.segments.map((s: { count: number }) => s.count)).toEqual([1, 0]);
  });

  it('serves the same segments to the 1.x dialect', async () => {
    const v1 = await apiClient(api, '1.4').get(`/segments/${activeId}?include_count=true`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ type: 'segment', id: activeId, name: 'Active', person_type: 'user', count: 1 });
  });

  it('answers an unknown segment with 404 Resource Not Found, and a bad include_count with 400', async () => {
    const missing = await http.get('/segments/000000000000000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0]).toEqual({ code: 'not_found', message: 'Resource Not Found' });
    const bad = await http.get('/segments?include_count=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('include_count');
  });
});

describe('segment membership is always current', () => {
  let api: LocalApi;
  let http: ApiClient;
  let activeId: string;
  let taggedId: string;
  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'none', segmentsFile: writeJson('live.json', [ACTIVE]) });
    http = apiClient(api, '2.11');
    activeId = (await http.get('/segments')).body.segments[0].id;
  });
  afterAll(() => api.close());
  afterEach(() => vi.useRealTimers());

  const activeCount = async () => (await http.get(`/segments/${activeId}?include_count=true`)).body.count;
  const inActive = async (contactId: string) =>
    (await http.get(`/contacts/${contactId}/segments`)).body.data.some((s: { id: string }) => s.id === activeId);

  it('a user whose last_seen_at moves out of the window leaves Active', async () => {
    const user = await http.post('/contacts', { email: 'moving@example.com', last_seen_at: nowSeconds() - 2 * DAY });
    expect(await activeCount()).toBe(1);
    expect(await inActive(user.body.id)).toBe(true);

    await http.put(`/contacts/${user.body.id}`, { last_seen_at: nowSeconds() - 60 * DAY });
    expect(await activeCount()).toBe(0);
    expect(await inActive(user.body.id)).toBe(false);
    const search = await http.post('/contacts/search', { query: { field: 'segment_id', operator: '=', value: activeId } });
    expect(search.body.total_count).toBe(0);
    await http.del(`/contacts/${user.body.id}`);
  });

  it('a user who stops being active leaves Active as time passes, with nobody touching the segment', async () => {
    const user = await http.post('/contacts', { email: 'fading@example.com', last_seen_at: nowSeconds() - 28 * DAY });
    expect(await inActive(user.body.id)).toBe(true);
    // Only Date is faked: sockets and timers keep working.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5 * DAY * 1000);
    expect(await inActive(user.body.id)).toBe(false);
    expect(await activeCount()).toBe(0);
  });

  it('leads never join a user segment, and tagging moves contacts into a tag-based segment', async () => {
    const lead = await http.post('/contacts', { role: 'lead', last_seen_at: nowSeconds() });
    expect(await inActive(lead.body.id)).toBe(false);

    const tag = addTag(api.db, 'beta');
    const created = await adminRequest(api, 'POST', '/local-admin/segments', {
      name: 'Beta testers',
      query: { field: 'tag_id', operator: '=', value: tag.id },
    });
    // No admin token configured on this service: the admin route is off.
    expect(created.status).toBe(401);
    api.db
      .prepare("INSERT INTO segments (id, name, person_type, query, created_at, updated_at) VALUES ('5e00000000000000000000be', 'Beta', 'user', ?, 1, 1)")
      .run(JSON.stringify({ field: 'tag_id', operator: '=', value: tag.id }));
    taggedId = '5e00000000000000000000be';
    const user = await http.post('/contacts', { email: 'beta@example.com' });
    expect((await http.get(`/segments/${taggedId}?include_count=true`)).body.count).toBe(0);
    await http.post(`/contacts/${user.body.id}/tags`, { id: tag.id });
    expect((await http.get(`/segments/${taggedId}?include_count=true`)).body.count).toBe(1);
  });
});

describe('segments file', () => {
  it('upserts by name on every start, keeping ids, in any order of reference', async () => {
    const db = join(dir, 'store.db');
    const first = writeJson('order.json', [
      { name: 'Active or new', query: { operator: 'OR', value: [{ field: 'segment_id', operator: '=', value: 'placeholder' }] } },
    ]);
    const api1 = await startLocalApi({ port: 0, seed: 'none', db, segmentsFile: first });
    const original = (await apiClient(api1).get('/segments')).body.segments[0];
    await api1.close();

    const second = writeJson('order2.json', [
      { name: 'Active or new', query: { field: 'created_at', operator: '>', value: 'now-7d' } },
      { name: 'Refers to the first', query: { field: 'segment_id', operator: '=', value: original.id } },
    ]);
    const api2 = await startLocalApi({ port: 0, seed: 'none', db, segmentsFile: second });
    const segments = (await apiClient(api2).get('/segments')).body.segments;
    expect(segments.map((s: { name: string }) => s.name)).toEqual(['Active or new', 'Refers to the first']);
    expect(segments[0].id).toBe(original.id);
    await api2.close();
  });

  it.each([
    ['not JSON', '[{"name": ', /is not valid JSON/],
    ['not an array', { name: 'x' }, /JSON array/],
    ['an entry without a query', [{ name: 'Empty' }], /entry 0 \('Empty'\): query/],
    ['an unknown field', [ACTIVE, { name: 'Bad', query: { field: 'shoe_size', operator: '=', value: 3 } }], /entry 1 \('Bad'\).*'shoe_size'/],
    ['a bad person_type', [{ ...ACTIVE, person_type: 'robot' }], /entry 0 \('Active'\): person_type/],
    ['a repeated name', [ACTIVE, ACTIVE], /entry 1: the name 'Active' appears twice/],
  ])('fails the start on %s, naming the file and the entry', async (_label, content, message) => {
    const file = writeJson(`bad-${_label.replace(/\W+/g, '-')}.json`, content);
    const start = startLocalApi({ port: 0, seed: 'none', segmentsFile: file });
    await expect(start).rejects.toThrow(file);
    await expect(startLocalApi({ port: 0, seed: 'none', segmentsFile: file })).rejects.toThrow(message);
  });

  it('fails the start when the file is missing, naming the option', async () => {
    const missing = join(dir, 'nope.json');
    await expect(startLocalApi({ port: 0, seed: 'none', segmentsFile: missing })).rejects.toThrow(`segmentsFile file '${missing}' does not exist`);
  });
});

describe('admin segment route', () => {
  let api: LocalApi;
  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'none', adminToken: ADMIN_TOKEN });
  });
  afterAll(() => api.close());

  it('creates (201), then updates by name (200, same id)', async () => {
    const created = await adminRequest(api, 'POST', '/local-admin/segments', ACTIVE);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'segment', name: 'Active', person_type: 'user' });
    const updated = await adminRequest(api, 'POST', '/local-admin/segments', { ...ACTIVE, person_type: 'contact' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: created.body.id, person_type: 'contact' });
    const listed = await apiClient(api, '2.11').get(`/segments/${created.body.id}`);
    expect(listed.body.person_type).toBe('contact');
  });

  it('refuses an invalid definition naming the problem', async () => {
    const badQuery = await adminRequest(api, 'POST', '/local-admin/segments', { name: 'Bad', query: { field: 'email', operator: '>', value: 'a' } });
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors[0].message).toMatch(/Operator '>' is not allowed on string field 'email'/);
    const noName = await adminRequest(api, 'POST', '/local-admin/segments', { query: ACTIVE.query });
    expect(noName.status).toBe(400);
    expect(noName.body.errors[0]).toMatchObject({ code: 'parameter_not_found', field: 'name' });
  });

  it('deletes a segment, then it is gone', async () => {
    const created = await adminRequest(api, 'POST', '/local-admin/segments', { name: 'Temporary', query: ACTIVE.query });
    const deleted = await adminRequest(api, 'DELETE', `/local-admin/segments/${created.body.id}`);
    expect(deleted).toEqual({ status: 200, body: { type: 'segment', id: created.body.id, deleted: true } });
    expect((await apiClient(api, '2.11').get(`/segments/${created.body.id}`)).status).toBe(404);
    expect((await adminRequest(api, 'DELETE', `/local-admin/segments/${created.body.id}`)).status).toBe(404);
  });

  it('answers a wrong or missing admin token, or an app token, with 401', async () => {
    expect((await adminRequest(api, 'POST', '/local-admin/segments', ACTIVE, 'wrong')).status).toBe(401);
    expect((await adminRequest(api, 'POST', '/local-admin/segments', ACTIVE, api.token)).status).toBe(401);
    const missing = await fetch(api.url + '/local-admin/segments', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(ACTIVE),
    });
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as any).errors[0]).toEqual({ code: 'unauthorized', message: 'Access Token Invalid' });
  });
});
