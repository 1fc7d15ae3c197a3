import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, startV1, writeSegmentsFile, type V1Client } from './v1-client.js';

let c: V1Client;
let hydra: any;
let serenity: any;
let empty: any;
let segmentId: string;

beforeAll(async () => {
  c = await startV1({
    segmentsFile: writeSegmentsFile([
      { name: 'Pilots', person_type: 'user', query: { field: 'custom_attributes.role', operator: '=', value: 'pilot' } },
    ]),
  });
  await c.post('/users', { user_id: 'mal', custom_attributes: { role: 'captain' }, companies: [{ company_id: '366', name: 'Serenity' }] });
  await c.post('/users', { user_id: 'wash', custom_attributes: { role: 'pilot' }, companies: [{ company_id: '366', name: 'Serenity' }] });
  await c.post('/users', { user_id: 'river', companies: [{ company_id: 'hydra', name: 'Hydra', plan: 'gold', monthly_spend: 120 }] });
  // A lead in a company does not make it visible or count as a user.
  const lead = (await c.post('/contacts', { name: 'Stowaway' })).body;
  await c.post('/contacts', { id: lead.id, companies: [{ company_id: 'lonely', name: 'Lonely Co' }] });
  empty = (await c.post('/companies', { company_id: 'empty', name: 'Empty Inc' })).body;
  serenity = (await c.get('/companies?company_id=366')).body;
  hydra = (await c.get('/companies?company_id=hydra')).body;
  segmentId = (await c.get('/segments')).body.segments[0].id;
});
afterAll(() => c.api.close());

describe('POST /companies', () => {
  it('creates a company in the 1.x shape, then updates it by company_id', async () => {
    expect(empty).toMatchObject({
      type: 'company',
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      company_id: 'empty',
      name: 'Empty Inc',
      user_count: 0,
      monthly_spend: 0,
      session_count: 0,
      plan: {},
      custom_attributes: {},
      tags: { type: 'tag.list', tags: [] },
      segments: { type: 'segment.list', segments: [] },
    });
    const updated = await c.post('/companies', { company_id: 'empty', plan: 'free', custom_attributes: { tier: 1 } });
    expect(updated.body).toMatchObject({ id: empty.id, name: 'Empty Inc', plan: { type: 'plan', name: 'free' }, custom_attributes: { tier: 1 } });
  });

  it('validates the body, naming the field', async () => {
    const missing = await c.post('/companies', { name: 'No id' });
    expect(missing.status).toBe(400);
    expect(firstError(missing)).toMatchObject({ code: 'parameter_not_found', field: 'company_id' });
    const unknownKey = await c.post('/companies', { company_id: 'x', test: 1 });
    expect(firstError(unknownKey)).toMatchObject({ code: 'bad_request', message: "bad 'test' parameter" });
  });
});

describe('GET /companies', () => {
  it('lists only companies with users, 15 a page by default', async () => {
    const res = await c.get('/companies');
    expect(res.body).toMatchObject({
      type: 'company.list',
      total_count: 2,
      pages: { type: 'pages', next: null, page: 1, per_page: 15, total_pages: 1 },
    });
    expect(res.body.companies.map((co: any) => co.name).sort()).toEqual(['Hydra', 'Serenity']);
    expect(res.body.companies.find((co: any) => co.name === 'Serenity').user_count).toBe(2);
  });

  it('pages with absolute next URLs', async () => {
    const res = await c.get('/companies?per_page=1');
    expect(res.body.pages.next).toBe(`${c.api.url}/companies?per_page=1&page=2`);
    const next = await c.getUrl(res.body.pages.next);
    expect(next.body.companies).toHaveLength(1);
    expect(next.body.companies[0].id).not.toBe(res.body.companies[0].id);
  });

  it('answers an empty page past the 10,000-record cap', async () => {
    const res = await c.get('/companies?per_page=50&page=201');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      type: 'company.list',
      pages: { type: 'pages', next: null, page: 201, per_page: 50, total_pages: 0 },
      companies: [],
      total_count: 0,
    });
  });

  it('filters by tag and by segment', async () => {
    const tag = (await c.post('/tags', { name: 'Ships', companies: [{ company_id: '366' }, { company_id: 'empty' }] })).body;
    const byTag = await c.get(`/companies?tag_id=${tag.id}`);
    expect(byTag.body.companies.map((co: any) => co.id)).toEqual([serenity.id]);
    const bySegment = await c.get(`/companies?segment_id=${segmentId}`);
    expect(bySegment.body.companies.map((co: any) => co.id)).toEqual([serenity.id]);
    const both = await c.get(`/companies?tag_id=${tag.id}&segment_id=${segmentId}`);
    expect(both.status).toBe(400);
  });

  it('finds one company by company_id or name, 404 company_not_found otherwise', async () => {
    expect((await c.get('/companies?name=Hydra')).body).toMatchObject({ id: hydra.id, plan: { type: 'plan', name: 'gold' }, monthly_spend: 120 });
    expect((await c.get('/companies?company_id=empty')).body.id).toBe(empty.id);
    for (const query of ['company_id=nope', 'name=Nope']) {
      const res = await c.get(`/companies?${query}`);
      expect(res.status).toBe(404);
      expect(firstError(res)).toMatchObject({ code: 'company_not_found', message: 'Company Not Found' });
    }
  });

  it("lists a company's users by company_id with type=user", async () => {
    const res = await c.get('/companies?company_id=366&type=user');
    expect(res.body).toMatchObject({ type: 'user.list', total_count: 2 });
    expect(res.body.users.map((u: any) => u.user_id).sort()).toEqual(['mal', 'wash']);
  });
});

describe('GET /companies/{id} and /companies/{id}/users', () => {
  it('gets one company, including an empty one', async () => {
    expect((await c.get(`/companies/${serenity.id}`)).body).toMatchObject({ id: serenity.id, company_id: '366', user_count: 2 });
    expect((await c.get(`/companies/${empty.id}`)).body.user_count).toBe(0);
    const missing = await c.get('/companies/ffffffffffffffffffffffff');
    expect(missing.status).toBe(404);
    expect(firstError(missing).code).toBe('company_not_found');
  });

  it("pages a company's users", async () => {
    const res = await c.get(`/companies/${serenity.id}/users?per_page=1`);
    expect(res.body).toMatchObject({
      type: 'user.list',
      total_count: 2,
      pages: { page: 1, per_page: 1, total_pages: 2, next: `${c.api.url}/companies/${serenity.id}/users?per_page=1&page=2` },
    });
    expect((await c.get('/companies/ffffffffffffffffffffffff/users')).status).toBe(404);
  });

  it('shows company segments computed from members', async () => {
    const res = await c.get(`/companies/${serenity.id}`);
    expect(res.body.segments.segments.map((s: any) => s.name)).toEqual(['Pilots']);
    expect((await c.get(`/companies/${hydra.id}`)).body.segments.segments).toEqual([]);
  });
});
