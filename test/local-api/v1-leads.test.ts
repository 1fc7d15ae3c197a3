import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, startV1, type V1Client } from './v1-client.js';

let c: V1Client;
const leads: any[] = [];

beforeAll(async () => {
  c = await startV1();
  for (let i = 1; i <= 3; i++) {
    leads.push((await c.post('/contacts', { email: `lead${i}@example.com`, phone: `+1-555-000${i}`, name: `Lead ${i}` })).body);
  }
  await c.post('/users', { user_id: 'a-user', email: 'lead1@example.com' });
});
afterAll(() => c.api.close());

describe('1.x leads at /contacts', () => {
  it('creates a lead with a generated UUID-like user_id', () => {
    expect(leads[0]).toMatchObject({ type: 'contact', anonymous: true, email: 'lead1@example.com', name: 'Lead 1' });
    expect(leads[0].user_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('lists leads only, as contact.list with pages', async () => {
    const res = await c.get('/contacts?per_page=2');
    expect(res.body).toMatchObject({
      type: 'contact.list',
      total_count: 3,
      pages: { type: 'pages', page: 1, per_page: 2, total_pages: 2, next: `${c.api.url}/contacts?per_page=2&page=2` },
    });
    expect(res.body.contacts.map((l: any) => l.id)).toEqual([leads[2].id, leads[1].id]);
  });

  it('finds leads by email, phone and user_id', async () => {
    const byEmail = await c.get('/contacts?email=lead1@example.com');
    expect(byEmail.body).toMatchObject({ type: 'contact.list', total_count: 1 });
    expect(byEmail.body.contacts[0].id).toBe(leads[0].id);
    const byPhone = await c.get(`/contacts?phone=${encodeURIComponent('+1-555-0002')}`);
    expect(byPhone.body.contacts.map((l: any) => l.id)).toEqual([leads[1].id]);
    const byUserId = await c.get(`/contacts?user_id=${leads[2].user_id}`);
    expect(byUserId.body).toMatchObject({ type: 'contact', id: leads[2].id });
    const missing = await c.get('/contacts?user_id=nope');
    expect(missing.status).toBe(404);
    expect(firstError(missing).code).toBe('not_found');
  });

  it('gets one lead, and 404s a user id or unknown id', async () => {
    expect((await c.get(`/contacts/${leads[1].id}`)).body).toMatchObject({ type: 'contact', id: leads[1].id });
    const user = (await c.get('/users?user_id=a-user')).body;
    expect((await c.get(`/contacts/${user.id}`)).status).toBe(404);
    expect((await c.get('/contacts/ffffffffffffffffffffffff')).status).toBe(404);
  });

  it('updates a lead by id', async () => {
    const res = await c.post('/contacts', { id: leads[0].id, name: 'Renamed lead', custom_attributes: { source: 'ad' } });
    expect(res.body).toMatchObject({ id: leads[0].id, name: 'Renamed lead', custom_attributes: { source: 'ad' } });
    const unknown = await c.post('/contacts', { id: 'ffffffffffffffffffffffff', name: 'x' });
    expect(unknown.status).toBe(404);
  });

  it('refuses pages past the 10,000-record cap as Intercom does', async () => {
    const res = await c.get('/contacts?per_page=50&page=201');
    expect(res.status).toBe(400);
    expect(firstError(res)).toEqual({ code: 'parameter_invalid', message: "'page' not found on model", field: 'page' });
  });

  it('validates the body', async () => {
    const res = await c.post('/contacts', { email: 42 });
    expect(res.status).toBe(400);
    expect(firstError(res)).toMatchObject({ code: 'parameter_invalid', field: 'email' });
  });

  it('means all contacts (list/data) under 2.x, not leads', async () => {
    const res = await c.get('/contacts', { 'intercom-version': '2.11' });
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('list');
  });

  it('deletes a lead', async () => {
    const lead = (await c.post('/contacts', { name: 'Short-lived' })).body;
    expect((await c.del(`/contacts/${lead.id}`)).body).toMatchObject({ type: 'contact', id: lead.id });
    expect((await c.get(`/contacts/${lead.id}`)).status).toBe(404);
  });
});
