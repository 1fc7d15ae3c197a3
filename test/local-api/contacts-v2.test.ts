import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { createContact } from '../../src/local-api/store/contacts.js';
import { apiClient, type ApiClient } from './contract/http.js';
import { addAdmin, addCompany, addTag, NOW } from './contract/fixtures.js';

let api: LocalApi;
let http: ApiClient;

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'none' });
  http = apiClient(api, '2.11');
  addAdmin(api.db, '456');
});
afterAll(() => api.close());

describe('contacts CRUD (2.x)', () => {
  it('creates a user by email with every 2.11 field present', async () => {
    const created = await http.post('/contacts', {
      email: 'ada@example.com',
      external_id: 'ada-1',
      name: 'Ada',
      avatar: 'https://example.org/ada.png',
      owner_id: 456,
      signed_up_at: NOW,
      custom_attributes: { plan: 'pro', seats: 3 },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: 'contact',
      role: 'user',
      email: 'ada@example.com',
      email_domain: 'example.com',
      external_id: 'ada-1',
      owner_id: 456,
      avatar: { type: 'avatar', image_url: 'https://example.org/ada.png' },
      signed_up_at: NOW,
      last_seen_at: null,
      location: { type: 'location', country: null, region: null, city: null },
      social_profiles: { type: 'list', data: [] },
      custom_attributes: { plan: 'pro', seats: 3 },
      tags: { type: 'list', data: [], url: `/contacts/${created.body.id}/tags`, total_count: 0, has_more: false },
      notes: { type: 'list', data: [], total_count: 0, has_more: false },
      companies: { type: 'list', data: [], url: `/contacts/${created.body.id}/companies`, total_count: 0 },
    });
    expect(created.body.id).toMatch(/^[0-9a-f]{24}$/);

    const fetched = await http.get(`/contacts/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created.body);
  });

  it('creates a lead when asked for role lead', async () => {
    const lead = await http.post('/contacts', { role: 'lead', name: 'Visitor' });
    expect(lead.status).toBe(200);
    // The 2.11 schema's email is a non-nullable string: a contact without one reads ''.
    expect(lead.body).toMatchObject({ role: 'lead', name: 'Visitor', email: '', email_domain: '', external_id: null });
  });

  it('needs one of email, external_id or role', async () => {
    const reply = await http.post('/contacts', { name: 'Nobody' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ code: 'parameter_not_found' });
    expect(reply.body.errors[0].message).toMatch(/email, external_id or role/);
  });

  it('refuses a duplicate external_id with 409 conflict naming the existing contact', async () => {
    const first = await http.post('/contacts', { external_id: 'dup-1' });
    const second = await http.post('/contacts', { external_id: 'dup-1', email: 'other@example.com' });
    expect(second.status).toBe(409);
    expect(second.body.errors[0].code).toBe('conflict');
    expect(second.body.errors[0].message).toContain(first.body.id);
  });

  it('refuses a wrong field type naming the field', async () => {
    const reply = await http.post('/contacts', { email: 'x@example.com', signed_up_at: 'yesterday' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'signed_up_at' });
  });

  it('updates only the fields sent and merges custom attributes', async () => {
    const created = await http.post('/contacts', { email: 'upd@example.com', name: 'Before', custom_attributes: { a: 1, b: 'x' } });
    const updated = await http.put(`/contacts/${created.body.id}`, { name: 'After', custom_attributes: { b: 'y' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'After', email: 'upd@example.com', custom_attributes: { a: 1, b: 'y' } });
    expect(updated.body.updated_at).toBeGreaterThanOrEqual(created.body.updated_at);
  });

  it('refuses to move an external_id onto another contact', async () => {
    await http.post('/contacts', { external_id: 'taken-1' });
    const other = await http.post('/contacts', { external_id: 'free-1' });
    const reply = await http.put(`/contacts/${other.body.id}`, { external_id: 'taken-1' });
    expect(reply.status).toBe(409);
  });

  it('deletes a contact, answering the contact_deleted shape, then 404s', async () => {
    const created = await http.post('/contacts', { external_id: 'gone-1' });
    const deleted = await http.del(`/contacts/${created.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id: created.body.id, external_id: 'gone-1', type: 'contact', deleted: true });
    const again = await http.get(`/contacts/${created.body.id}`);
    expect(again.status).toBe(404);
    expect(again.body.errors[0]).toMatchObject({ code: 'not_found', message: 'User Not Found' });
  });

  it('answers unknown ids with 404 User Not Found on every contact path', async () => {
    for (const reply of [
      await http.get('/contacts/nope'),
      await http.put('/contacts/nope', { name: 'x' }),
      await http.del('/contacts/nope'),
      await http.get('/contacts/nope/tags'),
      await http.get('/contacts/nope/companies'),
      await http.get('/contacts/nope/segments'),
    ]) {
      expect(reply.status).toBe(404);
      expect(reply.body.errors[0].message).toBe('User Not Found');
    }
  });

  it('serves the sub-resources only under 2.x', async () => {
    const contact = await http.post('/contacts', { email: 'v2only@example.com' });
    const reply = await apiClient(api, '1.4').get(`/contacts/${contact.body.id}/segments`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].code).toBe('intercom_version_invalid');
  });
});

describe('GET /contacts cursor pagination', () => {
  let local: LocalApi;
  let client: ApiClient;
  beforeAll(async () => {
    local = await startLocalApi({ port: 0, seed: 'none' });
    client = apiClient(local, '2.11');
    for (let i = 0; i < 25; i++) createContact(local.db, { role: i % 5 === 0 ? 'lead' : 'user', email: `p${i}@example.com` }, NOW + i);
  });
  afterAll(() => local.close());

  it('defaults to 10 per page with a next cursor, and has no next on the last page', async () => {
    const first = await client.get('/contacts');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ type: 'list', total_count: 25, pages: { type: 'pages', page: 1, per_page: 10, total_pages: 3 } });
    expect(first.body.data).toHaveLength(10);
    expect(first.body.pages.next).toMatchObject({ page: 2, starting_after: expect.any(String) });

    const last = await client.get(`/contacts?per_page=20&starting_after=${encodeURIComponent(first.body.pages.next.starting_after)}`);
    expect(last.body.data).toHaveLength(15);
    expect(last.body.pages.next).toBeUndefined();
  });

  it('refuses per_page over 150 and a cursor it never handed out', async () => {
    const tooMany = await client.get('/contacts?per_page=151');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'per_page' });
    const badCursor = await client.get('/contacts?starting_after=bm9wZQ');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors[0].field).toBe('starting_after');
  });

  it('stays correct while contacts are inserted: no repeats, no skips', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let inserted = 0;
    for (let guard = 0; guard < 20; guard++) {
      const page = await client.get(`/contacts?per_page=7${cursor ? `&starting_after=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.body.data.map((c: { id: string }) => c.id));
      // Insert between page fetches, both "now" and back-dated ones.
      await client.post('/contacts', { email: `late${inserted++}@example.com` });
      createContact(local.db, { role: 'user', email: `old${inserted}@example.com` }, NOW - 1000);
      cursor = page.body.pages.next?.starting_after;
      if (!cursor) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const before = local.db.prepare('SELECT id FROM contacts WHERE created_at BETWEEN ? AND ?').all(NOW, NOW + 24) as { id: string }[];
    for (const { id } of before) expect(seen).toContain(id);
  });
});

describe('embedded lists and sub-resources', () => {
  it('embeds at most 10 tags with has_more and the full list at the url', async () => {
    const contact = await http.post('/contacts', { email: 'tagged@example.com' });
    const tags = Array.from({ length: 12 }, (_, i) => addTag(api.db, `embed-tag-${i}`));
    for (const tag of tags) {
      const reply = await http.post(`/contacts/${contact.body.id}/tags`, { id: tag.id });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ type: 'tag', id: tag.id, name: tag.name, applied_by: { type: 'admin', id: '456' } });
    }
    const fetched = await http.get(`/contacts/${contact.body.id}`);
    expect(fetched.body.tags).toMatchObject({ type: 'list', total_count: 12, has_more: true, url: `/contacts/${contact.body.id}/tags` });
    expect(fetched.body.tags.data).toHaveLength(10);
    expect(fetched.body.tags.data[0]).toEqual({ type: 'tag', id: tags[0]!.id, url: `/tags/${tags[0]!.id}` });

    const all = await http.get(`/contacts/${contact.body.id}/tags`);
    expect(all.body.type).toBe('list');
    expect(all.body.data.map((t: { id: string }) => t.id)).toEqual(tags.map((t) => t.id));
    expect(all.body.data[0]).toMatchObject({ applied_at: expect.any(Number), applied_by: { type: 'admin', id: '456' } });
  });

  it('detaches a tag, answering the tag; an unknown tag is 404 Resource Not Found', async () => {
    const contact = await http.post('/contacts', { email: 'detach@example.com' });
    const tag = addTag(api.db, 'detach-me');
    await http.post(`/contacts/${contact.body.id}/tags`, { id: Number(tag.id) });
    const removed = await http.del(`/contacts/${contact.body.id}/tags/${tag.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ type: 'tag', id: tag.id, name: 'detach-me' });
    expect((await http.get(`/contacts/${contact.body.id}/tags`)).body.data).toEqual([]);

    for (const reply of [
      await http.post(`/contacts/${contact.body.id}/tags`, { id: '999999999' }),
      await http.del(`/contacts/${contact.body.id}/tags/999999999`),
    ]) {
      expect(reply.status).toBe(404);
      expect(reply.body.errors[0]).toMatchObject({ code: 'not_found', message: 'Resource Not Found' });
    }
  });

  it('attaches, lists and detaches companies by Intercom id', async () => {
    const contact = await http.post('/contacts', { email: 'worker@example.com' });
    const companies = Array.from({ length: 11 }, (_, i) => addCompany(api.db, `rel-co-${i}`));
    for (const company of companies) {
      const attached = await http.post(`/contacts/${contact.body.id}/companies`, { id: company.id });
      expect(attached.status).toBe(200);
      expect(attached.body).toMatchObject({ type: 'company', id: company.id, user_count: 1 });
    }
    const fetched = await http.get(`/contacts/${contact.body.id}`);
    expect(fetched.body.companies).toMatchObject({ total_count: 11, has_more: true });
    expect(fetched.body.companies.data).toHaveLength(10);
    expect(fetched.body.companies.data[0]).toEqual({ type: 'company', id: companies[0]!.id, url: `/companies/${companies[0]!.id}` });

    const listed = await http.get(`/contacts/${contact.body.id}/companies`);
    expect(listed.body).toMatchObject({ type: 'list', total_count: 11, pages: { type: 'pages', page: 1, per_page: 50, total_pages: 1 } });
    expect(listed.body.data).toHaveLength(11);

    const detached = await http.del(`/contacts/${contact.body.id}/companies/${companies[0]!.id}`);
    expect(detached.status).toBe(200);
    expect(detached.body).toMatchObject({ type: 'company', id: companies[0]!.id, user_count: 0 });
    expect((await http.get(`/contacts/${contact.body.id}/companies`)).body.total_count).toBe(10);
  });

  it('answers the documented company attach errors', async () => {
    const contact = await http.post('/contacts', { email: 'noco@example.com' });
    const missing = await http.post(`/contacts/${contact.body.id}/companies`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ code: 'parameter_not_found', message: 'company not specified' });
    const unknown = await http.post(`/contacts/${contact.body.id}/companies`, { id: '123' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0]).toMatchObject({ code: 'company_not_found', message: 'Company Not Found' });
    const byCompanyId = await http.post(`/contacts/${contact.body.id}/companies`, { id: addCompany(api.db, 'not-by-this').company_id });
    expect(byCompanyId.status).toBe(404);
  });

  it('lists the segments a contact is in right now', async () => {
    const contact = await http.post('/contacts', { email: 'vip@segment.example', custom_attributes: { vip: true } });
    api.db
      .prepare("INSERT INTO segments (id, name, person_type, query, created_at, updated_at) VALUES ('5e0000000000000000000001', 'VIPs', 'user', ?, 1, 1)")
      .run(JSON.stringify({ field: 'custom_attributes.vip', operator: '=', value: true }));
    const inIt = await http.get(`/contacts/${contact.body.id}/segments`);
    expect(inIt.body).toEqual({
      type: 'list',
      data: [{ type: 'segment', id: '5e0000000000000000000001', name: 'VIPs', created_at: 1, updated_at: 1, person_type: 'user' }],
    });
    await http.put(`/contacts/${contact.body.id}`, { custom_attributes: { vip: false } });
    expect((await http.get(`/contacts/${contact.body.id}/segments`)).body.data).toEqual([]);
  });
});
