import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, startV1, writeSegmentsFile, type V1Client } from './v1-client.js';

let c: V1Client;
const users: any[] = [];
let lead: any;
let segmentId: string;
let leadSegmentId: string;

beforeAll(async () => {
  c = await startV1({
    segmentsFile: writeSegmentsFile([
      { name: 'Example.org users', person_type: 'user', query: { field: 'email', operator: '$', value: '@example.org' } },
      { name: 'Example.org leads', person_type: 'contact', query: { field: 'email', operator: '$', value: '@example.org' } },
    ]),
  });
  for (let i = 1; i <= 5; i++) {
    const res = await c.post('/users', {
      user_id: `u${i}`,
      email: `user${i}@example.${i % 2 === 0 ? 'org' : 'com'}`,
      name: `User ${i}`,
      last_request_at: 1_700_000_000 + ((i * 7) % 5) * 1000,
    });
    expect(res.status).toBe(200);
    users.push(res.body);
  }
  lead = (await c.post('/contacts', { email: 'lead@example.org', name: 'A lead' })).body;
  const segments = (await c.get('/segments')).body.segments;
  segmentId = segments[0].id;
  leadSegmentId = segments[1].id;
});
afterAll(() => c.api.close());

describe('GET /users', () => {
  it('lists users only, newest first, in the 1.x list envelope', async () => {
    const res = await c.get('/users');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: 'user.list',
      total_count: 5,
      limited: false,
      pages: { type: 'pages', next: null, page: 1, per_page: 50, total_pages: 1 },
    });
    expect(res.body.users.map((u: any) => u.user_id)).toEqual(['u5', 'u4', 'u3', 'u2', 'u1']);
    expect(res.body.users.every((u: any) => u.type === 'user' && u.anonymous === false)).toBe(true);
  });

  it('pages with an absolute next URL on the service that the client can GET verbatim', async () => {
    const first = await c.get('/users?per_page=2');
    expect(first.body.pages).toEqual({
      type: 'pages',
      next: `${c.api.url}/users?per_page=2&page=2`,
      page: 1,
      per_page: 2,
      total_pages: 3,
    });
    const second = await c.getUrl(first.body.pages.next);
    expect(second.body.users.map((u: any) => u.user_id)).toEqual(['u3', 'u2']);
    const third = await c.getUrl(second.body.pages.next);
    expect(third.body.users.map((u: any) => u.user_id)).toEqual(['u1']);
    expect(third.body.pages.next).toBeNull();
  });

  it('sorts by last_request_at ascending when asked', async () => {
    const res = await c.get('/users?sort=last_request_at&order=asc');
    const seen = res.body.users.map((u: any) => u.last_request_at);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('filters by created_since (days)', async () => {
    expect((await c.get('/users?created_since=1')).body.total_count).toBe(5);
  });

  it('refuses bad paging and sorting parameters, naming them', async () => {
    const tooMany = await c.get('/users?per_page=61');
    expect(tooMany.status).toBe(400);
    expect(firstError(tooMany)).toMatchObject({ code: 'parameter_invalid', field: 'per_page' });
    const badSort = await c.get('/users?sort=name');
    expect(firstError(badSort)).toMatchObject({ code: 'parameter_invalid', field: 'sort' });
    const badOrder = await c.get('/users?order=sideways');
    expect(firstError(badOrder).field).toBe('order');
    const notANumber = await c.get('/users?page=two');
    expect(firstError(notANumber).field).toBe('page');
  });

  it('refuses pages past the 10,000-record cap', async () => {
    const res = await c.get('/users?per_page=50&page=201');
    expect(res.status).toBe(400);
    expect(firstError(res)).toMatchObject({ code: 'parameter_invalid', message: "'page' not found on model" });
    expect((await c.get('/users?per_page=50&page=200')).status).toBe(200);
  });

  it('finds one user by user_id, and 404s an unknown one', async () => {
    const res = await c.get('/users?user_id=u3');
    expect(res.body).toMatchObject({ type: 'user', id: users[2].id, user_id: 'u3' });
    const missing = await c.get('/users?user_id=nobody');
    expect(missing.status).toBe(404);
    expect(firstError(missing)).toMatchObject({ code: 'not_found', message: 'User Not Found' });
  });

  it('answers ?email= with a user.list from 1.1, and one user (409 on duplicates) in 1.0', async () => {
    await c.post('/users', { user_id: 'dup-a', email: 'dup@example.net' });
    await c.post('/users', { user_id: 'dup-b', email: 'dup@example.net' });
    const list = await c.get('/users?email=dup@example.net');
    expect(list.body).toMatchObject({ type: 'user.list', total_count: 2 });
    const none = await c.get('/users?email=nobody@example.net');
    expect(none.body).toMatchObject({ type: 'user.list', total_count: 0, users: [] });
    const single = await c.get('/users?email=user1@example.com', { 'intercom-version': '1.0' });
    expect(single.body).toMatchObject({ type: 'user', user_id: 'u1' });
    const conflict = await c.get('/users?email=dup@example.net', { 'intercom-version': '1.0' });
    expect(conflict.status).toBe(409);
    expect(firstError(conflict).code).toBe('conflict');
    await c.del(`/users/${(await c.get('/users?user_id=dup-a')).body.id}`);
    await c.del(`/users/${(await c.get('/users?user_id=dup-b')).body.id}`);
  });

  it('lists users and leads by tag, keeping the filter in next', async () => {
    await c.post('/tags', { name: 'Beta', users: [{ id: users[0].id }, { id: users[1].id }, { id: lead.id }] });
    const tag = (await c.get('/tags')).body.tags.find((t: any) => t.name === 'Beta');
    const res = await c.get(`/users?tag_id=${tag.id}&per_page=2`);
    expect(res.body.total_count).toBe(3);
    expect(res.body.pages.next).toBe(`${c.api.url}/users?tag_id=${tag.id}&per_page=2&page=2`);
    const all = [...res.body.users, ...(await c.getUrl(res.body.pages.next)).body.users];
    expect(all.map((u: any) => u.type).sort()).toEqual(['contact', 'user', 'user']);
    expect(all.find((u: any) => u.type === 'contact')).toMatchObject({ id: lead.id, anonymous: true });
  });

  it('lists a segment\'s people (users, or leads for a lead segment), following the data', async () => {
    const res = await c.get(`/users?segment_id=${segmentId}`);
    expect(res.body.users.map((u: any) => u.email).sort()).toEqual(['user2@example.org', 'user4@example.org']);
    const leads = await c.get(`/users?segment_id=${leadSegmentId}`);
    expect(leads.body.users).toEqual([expect.objectContaining({ type: 'contact', id: lead.id, anonymous: true })]);
    await c.post('/users', { user_id: 'u2', email: 'user2@example.com' });
    expect((await c.get(`/users?segment_id=${segmentId}`)).body.total_count).toBe(1);
    await c.post('/users', { user_id: 'u2', email: 'user2@example.org' });
  });

  it('refuses tag and segment together, and unknown tags or segments', async () => {
    const both = await c.get(`/users?tag_id=1170001&segment_id=${segmentId}`);
    expect(both.status).toBe(400);
    expect(firstError(both).message).toMatch(/can not combine tag and segment/);
    const unknownTag = await c.get('/users?tag_id=555');
    expect(unknownTag.status).toBe(404);
    expect(firstError(unknownTag)).toMatchObject({ code: 'not_found', field: 'tag_id' });
    const unknownSegment = await c.get('/users?segment_id=abc');
    expect(firstError(unknownSegment)).toMatchObject({ code: 'not_found', field: 'segment_id' });
  });

  it('is not there under 2.x', async () => {
    const res = await c.get('/users', { 'intercom-version': '2.11' });
    expect(res.status).toBe(400);
    expect(firstError(res)).toMatchObject({
      code: 'intercom_version_invalid',
      message: 'Requested resource is not available in current API version',
    });
  });
});

describe('GET /users/{id}', () => {
  it('answers the full 1.x user object', async () => {
    const res = await c.get(`/users/${users[0].id}`);
    expect(res.body).toMatchObject({
      type: 'user',
      id: users[0].id,
      user_id: 'u1',
      email: 'user1@example.com',
      name: 'User 1',
      anonymous: false,
      unsubscribed_from_emails: false,
      custom_attributes: {},
      avatar: { type: 'avatar' },
      location_data: { type: 'location_data' },
      social_profiles: { type: 'social_profile.list', social_profiles: [] },
      companies: { type: 'company.list', companies: [] },
      segments: { type: 'segment.list' },
      tags: { type: 'tag.list' },
    });
    expect(typeof res.body.created_at).toBe('number');
  });

  it('answers 404 for a lead id or an unknown id', async () => {
    for (const id of [lead.id, 'ffffffffffffffffffffffff']) {
      const res = await c.get(`/users/${id}`);
      expect(res.status).toBe(404);
      expect(firstError(res)).toMatchObject({ code: 'not_found', message: 'User Not Found' });
    }
  });
});

describe('POST /users', () => {
  it('creates a user, then updates it by user_id, by email and by id', async () => {
    const created = await c.post('/users', { user_id: 'new-1', email: 'new1@example.com', custom_attributes: { plan: 'pro' } });
    expect(created.body).toMatchObject({ type: 'user', user_id: 'new-1', custom_attributes: { plan: 'pro' } });
    const byUserId = await c.post('/users', { user_id: 'new-1', name: 'Renamed', custom_attributes: { seats: 3 } });
    expect(byUserId.body).toMatchObject({ id: created.body.id, name: 'Renamed', custom_attributes: { plan: 'pro', seats: 3 } });
    const byEmail = await c.post('/users', { email: 'new1@example.com', phone: '+100' });
    expect(byEmail.body).toMatchObject({ id: created.body.id, phone: '+100' });
    const byId = await c.post('/users', { id: created.body.id, update_last_request_at: true, new_session: true });
    expect(byId.body.session_count).toBe(1);
    expect(byId.body.last_request_at).toBeGreaterThan(1_700_000_000);
  });

  it('creates a user from an email alone', async () => {
    const res = await c.post('/users', { email: 'only-email@example.com' });
    expect(res.body).toMatchObject({ type: 'user', email: 'only-email@example.com', user_id: null });
  });

  it('adds the user to companies, creating missing ones, and removes with remove: true', async () => {
    const res = await c.post('/users', {
      user_id: 'u1',
      companies: [
        { company_id: '366', name: 'Serenity' },
        { company_id: '367', name: 'Firefly', plan: 'pro' },
      ],
    });
    expect(res.body.companies.companies).toEqual([
      { type: 'company', company_id: '366', id: expect.any(String), name: 'Serenity' },
      { type: 'company', company_id: '367', id: expect.any(String), name: 'Firefly' },
    ]);
    const removed = await c.post('/users', { user_id: 'u1', companies: [{ company_id: '366', remove: true }] });
    expect(removed.body.companies.companies.map((co: any) => co.company_id)).toEqual(['367']);
  });

  it('validates the body, naming the field', async () => {
    const noKey = await c.post('/users', { name: 'Nobody' });
    expect(noKey.status).toBe(400);
    expect(firstError(noKey)).toMatchObject({ code: 'parameter_not_found', field: 'user_id' });
    const badCompanies = await c.post('/users', { user_id: 'u1', companies: { company_id: '1' } });
    expect(firstError(badCompanies)).toMatchObject({ code: 'parameter_invalid', field: 'companies' });
    const badTime = await c.post('/users', { user_id: 'u1', signed_up_at: 'yesterday' });
    expect(firstError(badTime)).toMatchObject({ code: 'parameter_invalid', field: 'signed_up_at' });
    const unknownId = await c.post('/users', { id: 'ffffffffffffffffffffffff' });
    expect(unknownId.status).toBe(404);
  });

  it('answers 409 when the email matches several users', async () => {
    await c.post('/users', { user_id: 'same-a', email: 'same@example.com' });
    await c.post('/users', { user_id: 'same-b', email: 'same@example.com' });
    const res = await c.post('/users', { email: 'same@example.com', name: 'Which?' });
    expect(res.status).toBe(409);
    expect(firstError(res).code).toBe('conflict');
  });
});

describe('DELETE /users/{id}', () => {
  it('deletes a user and answers it as it was', async () => {
    const user = (await c.post('/users', { user_id: 'to-delete' })).body;
    const res = await c.del(`/users/${user.id}`);
    expect(res.body).toMatchObject({ type: 'user', id: user.id, user_id: 'to-delete' });
    expect((await c.get(`/users/${user.id}`)).status).toBe(404);
    expect((await c.del(`/users/${user.id}`)).status).toBe(404);
  });
});
