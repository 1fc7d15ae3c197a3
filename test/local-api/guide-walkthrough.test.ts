/**
 * The segmentation guide's walkthrough (shared/seed/000_…txt), in its own dialect: no Intercom-Version
 * header (the service's default 1.4 applies) and Basic auth with the token and an empty password, as
 * the old intercom-client sends. Each step names the SDK call the guide makes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startV1, writeSegmentsFile, type V1Client } from './v1-client.js';

let c: V1Client;
const DAY = 86_400;
const now = Math.floor(Date.now() / 1000);
const people: Record<string, any> = {};
let lead: any;

beforeAll(async () => {
  // Segments are made in the UI, not the API: here they come from the definitions file.
  c = await startV1({
    segmentsFile: writeSegmentsFile([
      { name: 'Active', person_type: 'user', query: { field: 'last_seen_at', operator: '>', value: now - 30 * DAY } },
      { name: 'New', person_type: 'user', query: { field: 'signed_up_at', operator: '>', value: now - 7 * DAY } },
      { name: 'PHILOSOPHERS', person_type: 'user', query: { field: 'custom_attributes.job', operator: '=', value: 'philosopher' } },
      { name: 'Slipping Away', person_type: 'user', query: { field: 'last_seen_at', operator: '<', value: now - 60 * DAY } },
    ]),
  });
  const create = async (userId: string, body: Record<string, unknown>) => {
    const res = await c.post('/users', { user_id: userId, ...body });
    expect(res.status).toBe(200);
    people[userId] = res.body;
  };
  await create('199', { email: 'plato@example.com', name: 'Plato', last_request_at: now - DAY, custom_attributes: { job: 'philosopher' } });
  await create('1234', { email: 'kant@example.com', name: 'Kant', last_request_at: now - 90 * DAY, custom_attributes: { job: 'philosopher' } });
  await create('0', { email: 'test@example.com', name: 'Test User', signed_up_at: now - DAY, last_request_at: now - 2 * DAY });
  await create('124', { email: 'bobr@example.com', name: 'bobr', companies: [{ company_id: '11', name: 'Hydra2' }] });
  await create('187', { email: 'hume@example.com', name: 'Hume', companies: [{ company_id: '11', name: 'Hydra2' }, { company_id: '366', name: 'Serenity' }] });
  lead = (await c.post('/contacts', { email: 'curious@example.com', name: 'Curious lead' })).body;
  // Companies with nobody in them: hidden from lists, shown in counts.
  await c.post('/companies', { company_id: '234', name: 'ACME' });
  await c.post('/companies', { company_id: '1121', name: 'Acme' });
});
afterAll(() => c.api.close());

const tagByName = async (name: string) => ((await c.get('/tags')).body.tags as any[]).find((t) => t.name === name);
const segmentByName = async (name: string) => ((await c.get('/segments')).body.segments as any[]).find((s) => s.name === name);

describe('the guide, step by step', () => {
  it('creates tags through the API (client.tags.create)', async () => {
    for (const name of ['multi-id', 'tag_test', 'tag_test2', 'tag1', 'tag2']) {
      const res = await c.post('/tags', { name });
      expect(res.body).toEqual({ type: 'tag', id: expect.stringMatching(/^\d+$/), name });
    }
  });

  it('tags a lead by its Intercom id, creating the tag (client.tags.tag)', async () => {
    const res = await c.post('/tags', { name: 'value_lead', users: [{ id: lead.id }] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'tag', name: 'value_lead' });
  });

  it('tags users by user_id and email and a lead by id in one go', async () => {
    const res = await c.post('/tags', {
      name: 'value_lead',
      users: [{ user_id: '199' }, { id: lead.id }, { email: 'kant@example.com' }],
    });
    expect(res.status).toBe(200);
    await c.post('/tags', { name: 'multi-id', users: [{ user_id: '0' }, { user_id: '124' }, { email: 'hume@example.com' }] });
    await c.post('/tags', { name: 'tag_test', users: [{ id: people['0'].id }] });
  });

  it('refuses a lead addressed by email, as the guide warns', async () => {
    const res = await c.post('/tags', { name: 'value_lead', users: [{ email: 'curious@example.com' }] });
    expect(res.status).toBe(404);
    expect(res.body.errors[0].message).toMatch(/leads can only be tagged by their Intercom id/);
  });

  it('counts users per tag (client.counts.userTagCounts)', async () => {
    const res = await c.get('/counts?type=user&count=tag');
    expect(res.body.user).toEqual({
      tag: [{ 'multi-id': 3 }, { tag_test: 1 }, { tag_test2: 0 }, { tag1: 0 }, { tag2: 0 }, { value_lead: 3 }],
    });
  });

  it('counts users per segment (client.counts.userSegmentCounts)', async () => {
    const res = await c.get('/counts?type=user&count=segment');
    expect(res.body.user).toEqual({ segment: [{ Active: 2 }, { New: 1 }, { PHILOSOPHERS: 2 }, { 'Slipping Away': 1 }] });
  });

  it('lists tags, then the customers in a tag: users and the lead (client.users.listBy({tag_id}))', async () => {
    const list = await c.get('/tags');
    expect(list.body.type).toBe('tag.list');
    expect(list.body.tags.map((t: any) => t.name)).toEqual(['multi-id', 'tag_test', 'tag_test2', 'tag1', 'tag2', 'value_lead']);
    const valueLead = await tagByName('value_lead');
    const res = await c.get(`/users?tag_id=${valueLead.id}`);
    expect(res.body).toMatchObject({
      type: 'user.list',
      pages: { type: 'pages', next: null, page: 1, per_page: 50, total_pages: 1 },
      total_count: 3,
    });
    const byType = res.body.users.map((u: any) => [u.type, u.user_id]).sort();
    expect(byType).toEqual([
      ['contact', lead.user_id],
      ['user', '1234'],
      ['user', '199'],
    ]);
    expect(res.body.users.find((u: any) => u.type === 'user')).toMatchObject({ anonymous: false });
  });

  it('lists segments, then the customers in a segment (client.users.listBy({segment_id}))', async () => {
    const list = await c.get('/segments');
    expect(list.body.type).toBe('segment.list');
    expect(list.body.segments.map((s: any) => s.name)).toEqual(['Active', 'New', 'PHILOSOPHERS', 'Slipping Away']);
    for (const segment of list.body.segments) {
      expect(segment).toMatchObject({ type: 'segment', id: expect.any(String), created_at: expect.any(Number), updated_at: expect.any(Number), person_type: 'user' });
    }
    const philosophers = await segmentByName('PHILOSOPHERS');
    const res = await c.get(`/users?segment_id=${philosophers.id}`);
    expect(res.body).toMatchObject({ type: 'user.list', total_count: 2 });
    expect(res.body.users.map((u: any) => u.name).sort()).toEqual(['Kant', 'Plato']);
  });

  it('adds a user to a new company through POST /users (client.users.create)', async () => {
    const res = await c.post('/users', { id: people['0'].id, companies: [{ company_id: '1178', name: 'Mitch_and_Murray' }] });
    expect(res.body).toMatchObject({
      type: 'user',
      id: people['0'].id,
      user_id: '0',
      anonymous: false,
      email: 'test@example.com',
      phone: null,
      name: 'Test User',
      companies: {
        type: 'company.list',
        companies: [{ type: 'company', company_id: '1178', id: expect.any(String), name: 'Mitch_and_Murray' }],
      },
      tags: { type: 'tag.list' },
      segments: { type: 'segment.list' },
      custom_attributes: {},
    });
    expect(res.body.segments.segments.map((s: any) => s.name)).toEqual(['Active', 'New']);
    // "You can do this multiple times to add more than one user".
    for (const userId of ['124', '187']) {
      await c.post('/users', { id: people[userId].id, companies: [{ company_id: '1178', name: 'Mitch_and_Murray' }] });
    }
  });

  it('lists companies, hiding the ones without users (client.companies.list)', async () => {
    const res = await c.get('/companies');
    expect(res.body).toMatchObject({
      type: 'company.list',
      pages: { type: 'pages', next: null, page: 1, per_page: 15, total_pages: 1 },
      total_count: 3,
    });
    const byName = Object.fromEntries(res.body.companies.map((co: any) => [co.name, co]));
    expect(Object.keys(byName).sort()).toEqual(['Hydra2', 'Mitch_and_Murray', 'Serenity']);
    expect(byName.Mitch_and_Murray).toMatchObject({
      type: 'company',
      company_id: '1178',
      app_id: expect.any(String),
      monthly_spend: 0,
      session_count: 0,
      user_count: 3,
      tags: { type: 'tag.list' },
      segments: { type: 'segment.list' },
      plan: {},
      custom_attributes: {},
    });
    expect(byName.Hydra2.user_count).toBe(2);
  });

  it('counts users per company, empty companies included (client.counts.companyUserCounts)', async () => {
    const res = await c.get('/counts?type=company&count=user');
    expect(res.body.company.user).toEqual([
      { Hydra2: 2, remote_company_id: '11' },
      { Serenity: 1, remote_company_id: '366' },
      { ACME: 0, remote_company_id: '234' },
      { Acme: 0, remote_company_id: '1121' },
      { Mitch_and_Murray: 3, remote_company_id: '1178' },
    ]);
  });

  it("lists a company's users by its Intercom id (client.companies.listUsers)", async () => {
    const company = (await c.get('/companies?company_id=1178')).body;
    const res = await c.get(`/companies/${company.id}/users`);
    expect(res.body).toMatchObject({
      type: 'user.list',
      pages: { type: 'pages', next: null, page: 1, per_page: 50, total_pages: 1 },
      total_count: 3,
    });
    expect(res.body.users.map((u: any) => u.user_id).sort()).toEqual(['0', '124', '187']);
    expect(res.body.users.every((u: any) => u.type === 'user' && u.anonymous === false)).toBe(true);
  });

  it('lists companies by tag and by segment (client.companies.listBy)', async () => {
    await c.post('/tags', { name: 'haven', companies: [{ company_id: '1178' }, { company_id: '234' }] });
    const haven = await tagByName('haven');
    const byTag = await c.get(`/companies?tag_id=${haven.id}`);
    // ACME is tagged too, but has no users, so lists still hide it.
    expect(byTag.body.companies.map((co: any) => co.name)).toEqual(['Mitch_and_Murray']);
    const active = await segmentByName('Active');
    const bySegment = await c.get(`/companies?segment_id=${active.id}`);
    expect(bySegment.body.companies.map((co: any) => co.name)).toEqual(['Mitch_and_Murray']);
    const philosophers = await segmentByName('PHILOSOPHERS');
    expect((await c.get(`/companies?segment_id=${philosophers.id}`)).body.total_count).toBe(0);
  });

  it('counts companies per tag and per segment (client.counts.companyTagCounts / companySegmentCounts)', async () => {
    const tags = await c.get('/counts?type=company&count=tag');
    expect(tags.body.company.tag).toContainEqual({ haven: 2 });
    expect(tags.body.company.tag).toContainEqual({ value_lead: 0 });
    expect(tags.body.pages.pages).toMatchObject({ type: 'pages', page: 1, next: null });
    const segments = await c.get('/counts?type=company&count=segment');
    expect(segments.body).toEqual({
      type: 'count',
      company: { segment: [{ Active: 1 }, { New: 1 }, { PHILOSOPHERS: 0 }, { 'Slipping Away': 0 }] },
      pages: {},
    });
  });

  it('answers the app-wide counts (client.counts.appCounts)', async () => {
    expect((await c.get('/counts')).body).toEqual({
      type: 'count.hash',
      company: { count: 5 },
      user: { count: 5 },
      lead: { count: 1 },
      tag: { count: 7 },
      segment: { count: 4 },
    });
  });
});
