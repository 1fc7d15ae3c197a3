import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConversation } from '../../src/local-api/store/conversations.js';
import { firstError, startV1, writeSegmentsFile, type V1Client } from './v1-client.js';

let c: V1Client;

beforeAll(async () => {
  c = await startV1({
    segmentsFile: writeSegmentsFile([
      { name: 'Active', person_type: 'user', query: { field: 'last_seen_at', operator: '>', value: 1_600_000_000 } },
      { name: 'Leads from ads', person_type: 'contact', query: { field: 'custom_attributes.source', operator: '=', value: 'ad' } },
    ]),
  });
  const ann = (await c.post('/users', { user_id: 'ann', last_request_at: 1_700_000_000, companies: [{ company_id: '1', name: 'Alpha' }] })).body;
  const ben = (await c.post('/users', { user_id: 'ben', companies: [{ company_id: '1', name: 'Alpha' }, { company_id: '2', name: 'Beta' }] })).body;
  const lead = (await c.post('/contacts', { custom_attributes: { source: 'ad' } })).body;
  await c.post('/companies', { company_id: '3', name: 'Gamma' }); // no users
  await c.post('/tags', { name: 'first', users: [{ id: ann.id }, { id: lead.id }] });
  await c.post('/tags', { name: 'second', users: [{ id: ben.id }] });
  await c.post('/tags', { name: 'third' });
  await c.post('/tags', { name: 'second', companies: [{ company_id: '1' }, { company_id: '3' }] });

  // Conversations have no create endpoint (seeding makes them): write them through the store.
  const db = c.api.db;
  db.prepare("INSERT INTO admins (id, name, email) VALUES ('1', 'Wash', 'wash@example.com'), ('2', 'Zoe', 'zoe@example.com')").run();
  const now = Math.floor(Date.now() / 1000);
  createConversation(db, { state: 'open', adminAssigneeSeq: 1 }, now);
  createConversation(db, { state: 'snoozed', adminAssigneeSeq: 1 }, now);
  createConversation(db, { state: 'open' }, now);
  createConversation(db, { state: 'closed', adminAssigneeSeq: 2 }, now);
});
afterAll(() => c.api.close());

describe('GET /counts', () => {
  it('answers app totals, counting empty companies', async () => {
    const res = await c.get('/counts');
    expect(res.body).toEqual({
      type: 'count.hash',
      company: { count: 3 },
      user: { count: 2 },
      lead: { count: 1 },
      tag: { count: 3 },
      segment: { count: 2 },
    });
  });

  it('counts users and leads per tag, by name', async () => {
    const res = await c.get('/counts?type=user&count=tag');
    expect(res.body).toEqual({ type: 'count', user: { tag: [{ first: 2 }, { second: 1 }, { third: 0 }] } });
  });

  it('counts people per segment, by name', async () => {
    const res = await c.get('/counts?type=user&count=segment');
    expect(res.body).toEqual({ type: 'count', user: { segment: [{ Active: 1 }, { 'Leads from ads': 1 }] } });
  });

  it('counts companies per tag with the doubly nested pages', async () => {
    const all = await c.get('/counts?type=company&count=tag');
    expect(all.body).toEqual({
      type: 'count',
      company: { tag: [{ first: 0 }, { second: 2 }, { third: 0 }] },
      pages: { pages: { type: 'pages', next: null, page: 1, per_page: 3, total_pages: 1 } },
    });
    const paged = await c.get('/counts?type=company&count=tag&per_page=2');
    expect(paged.body.company.tag).toEqual([{ first: 0 }, { second: 2 }]);
    expect(paged.body.pages.pages).toEqual({
      type: 'pages',
      next: `${c.api.url}/counts?type=company&count=tag&page=2&per_page=2`,
      page: 1,
      per_page: 2,
      total_pages: 2,
    });
    expect((await c.getUrl(paged.body.pages.pages.next)).body.company.tag).toEqual([{ third: 0 }]);
  });

  it('counts companies per segment (a company is in a segment when one of its people is)', async () => {
    const res = await c.get('/counts?type=company&count=segment');
    expect(res.body).toEqual({ type: 'count', company: { segment: [{ Active: 1 }, { 'Leads from ads': 0 }] }, pages: {} });
  });

  it('counts users per company, empty companies included', async () => {
    const res = await c.get('/counts?type=company&count=user');
    expect(res.body).toEqual({
      type: 'count',
      company: {
        user: [
          { Alpha: 2, remote_company_id: '1' },
          { Beta: 1, remote_company_id: '2' },
          { Gamma: 0, remote_company_id: '3' },
        ],
      },
      pages: {},
    });
  });

  it('answers single totals by type', async () => {
    expect((await c.get('/counts?type=company')).body).toEqual({ type: 'count', company: { count: 3 } });
    expect((await c.get('/counts?type=user')).body).toEqual({ type: 'count', user: { count: 2 } });
  });

  it('counts conversations (open includes snoozed) and per admin', async () => {
    expect((await c.get('/counts?type=conversation')).body).toEqual({
      type: 'count',
      conversation: { open: 3, closed: 1, unassigned: 1, assigned: 2 },
    });
    expect((await c.get('/counts?type=conversation&count=admin')).body).toEqual({
      type: 'count',
      conversation: {
        admin: [
          { id: '1', name: 'Wash', open: 2, closed: 0 },
          { id: '2', name: 'Zoe', open: 0, closed: 1 },
        ],
      },
    });
  });

  it('keeps counts current as the data changes', async () => {
    const lead = (await c.post('/contacts', {})).body;
    await c.post('/tags', { name: 'third', users: [{ id: lead.id }] });
    const res = await c.get('/counts?type=user&count=tag');
    expect(res.body.user.tag).toContainEqual({ third: 1 });
    await c.del(`/contacts/${lead.id}`);
  });

  it('refuses unknown types and combinations, naming the parameter', async () => {
    const badType = await c.get('/counts?type=planet');
    expect(badType.status).toBe(400);
    expect(firstError(badType)).toMatchObject({ code: 'parameter_invalid', field: 'type' });
    const badCount = await c.get('/counts?type=user&count=admin');
    expect(firstError(badCount)).toMatchObject({ code: 'parameter_invalid', field: 'count' });
    const countOnly = await c.get('/counts?count=tag');
    expect(firstError(countOnly)).toMatchObject({ code: 'parameter_not_found', field: 'type' });
    const badPage = await c.get('/counts?type=company&count=tag&per_page=0');
    expect(firstError(badPage).field).toBe('per_page');
  });

  it('is served for 2.0–2.6 with the same shapes', async () => {
    for (const version of ['2.0', '2.6']) {
      const res = await c.get('/counts?type=user&count=tag', { 'intercom-version': version });
      expect(res.status).toBe(200);
      expect(res.body.user.tag).toContainEqual({ first: 2 });
    }
  });

  it('answers 400 intercom_version_invalid from 2.7 on', async () => {
    for (const version of ['2.7', '2.11', '2.16']) {
      const res = await c.get('/counts', { 'intercom-version': version });
      expect(res.status).toBe(400);
      expect(firstError(res).code).toBe('intercom_version_invalid');
    }
  });
});
