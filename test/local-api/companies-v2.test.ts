import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { attachContactToCompany } from '../../src/local-api/store/companies.js';
import { tagCompany } from '../../src/local-api/store/tags.js';
import { apiClient, type ApiClient } from './contract/http.js';
import { addCompany, addContact, addTag, NOW } from './contract/fixtures.js';

let api: LocalApi;
let http: ApiClient;

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'none' });
  http = apiClient(api, '2.11');
});
afterAll(() => api.close());

describe('POST /companies (create or update by company_id)', () => {
  it('creates a company, then updates the same one when company_id repeats', async () => {
    const created = await http.post('/companies', {
      company_id: 'acme-1',
      name: 'ACME',
      plan: 'Enterprise',
      monthly_spend: 155.98,
      custom_attributes: { tier: 'gold' },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: 'company',
      company_id: 'acme-1',
      name: 'ACME',
      monthly_spend: 155,
      user_count: 0,
      plan: { type: 'plan', name: 'Enterprise' },
      tags: { type: 'tag.list', tags: [] },
      segments: { type: 'segment.list', segments: [] },
      custom_attributes: { tier: 'gold' },
    });
    expect(created.body.id).toMatch(/^[0-9a-f]{24}$/);
    expect(typeof created.body.plan.id).toBe('string');

    const updated = await http.post('/companies', { company_id: 'acme-1', industry: 'Anvils', custom_attributes: { size_band: 'L' } });
    expect(updated.status).toBe(200);
    expect(updated.body.id).toBe(created.body.id);
    expect(updated.body).toMatchObject({ name: 'ACME', industry: 'Anvils', custom_attributes: { tier: 'gold', size_band: 'L' } });
    expect(updated.body.plan).toEqual(created.body.plan);
  });

  it('refuses monthly_spend above 2^31-1 and names the field', async () => {
    const res = await http.post('/companies', { company_id: 'big', monthly_spend: 2 ** 31 });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('error.list');
    expect(res.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'monthly_spend' });
  });

  it("answers an unknown field with bad_request \"bad 'test' parameter\"", async () => {
    const res = await http.post('/companies', { company_id: 'x', test: 'invalid' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({ code: 'bad_request', message: "bad 'test' parameter", field: 'test' });
  });

  it('requires a non-blank company_id', async () => {
    const res = await http.post('/companies', { name: 'No id' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ code: 'parameter_not_found', field: 'company_id' });
    const blank = await http.post('/companies', { company_id: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'company_id' });
  });

  it('rejects wrongly typed fields', async () => {
    const res = await http.post('/companies', { company_id: 'typed', size: 'many' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'size' });
  });

  it('stamps last_request_at when asked to', async () => {
    const res = await http.post('/companies', { company_id: 'stamp', update_last_request_at: true });
    expect(res.body.last_request_at).toBeGreaterThan(NOW);
  });
});

describe('GET /companies: one company or a list', () => {
  let visible: string;
  let leadsOnly: string;

  beforeAll(() => {
    const user1 = addContact(api.db, 'user');
    const user2 = addContact(api.db, 'user');
    const lead = addContact(api.db, 'lead');
    visible = addCompany(api.db, 'list-visible', [user1, user2, lead], { name: 'Visible Co', last_request_at: NOW }).id;
    leadsOnly = addCompany(api.db, 'list-leads-only', [lead], { name: 'Leads Only Co' }).id;
    addCompany(api.db, 'list-empty', [], { name: 'Empty Co' });
  });

  it('with company_id returns ONE company object, even one without users', async () => {
    const res = await http.get('/companies?company_id=list-empty');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'company', company_id: 'list-empty', user_count: 0 });
  });

  it('with name returns one company object', async () => {
    const res = await http.get('/companies?name=' + encodeURIComponent('Visible Co'));
    expect(res.body).toMatchObject({ type: 'company', id: visible, user_count: 2 });
  });

  it('answers an unknown company_id or name with 404 company_not_found', async () => {
    for (const query of ['company_id=nope', 'name=Nobody']) {
      const res = await http.get('/companies?' + query);
      expect(res.status).toBe(404);
      expect(res.body.errors[0]).toEqual({ code: 'company_not_found', message: 'Company Not Found' });
    }
  });

  it('lists only companies with at least one user; user_count counts users, not leads', async () => {
    const res = await http.get('/companies?per_page=150');
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('list');
    const ids = res.body.data.map((c: { id: string }) => c.id);
    expect(ids).toContain(visible);
    expect(ids).not.toContain(leadsOnly);
    expect(res.body.data.find((c: { id: string }) => c.id === visible).user_count).toBe(2);
    expect(res.body.total_count).toBe(ids.length);
    expect(res.body.pages).toMatchObject({ type: 'pages', page: 1, per_page: 150, total_pages: 1 });
    expect(res.body.pages.next).toBeUndefined();
  });

  it('defaults per_page to 15 and refuses more than 150 or less than 1', async () => {
    expect((await http.get('/companies')).body.pages.per_page).toBe(15);
    for (const perPage of ['151', '0', 'ten']) {
      const res = await http.get('/companies?per_page=' + perPage);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'per_page' });
    }
  });

  it('refuses pages past the 10,000-record cap', async () => {
    const res = await http.get('/companies?per_page=100&page=101');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'page' });
    expect((await http.get('/companies?per_page=100&page=100')).status).toBe(200);
  });

  it('pages through the list with page numbers', async () => {
    for (let i = 0; i < 3; i++) addCompany(api.db, `paged-${i}`, [addContact(api.db, 'user')], { last_request_at: NOW - 100 - i });
    const first = await http.get('/companies?per_page=2');
    const total = first.body.total_count as number;
    expect(total).toBeGreaterThanOrEqual(4);
    expect(first.body.pages).toMatchObject({ page: 1, per_page: 2, total_pages: Math.ceil(total / 2), next: { page: 2, per_page: 2 } });
    const seen = new Set<string>();
    for (let page = 1; page <= first.body.pages.total_pages; page++) {
      const res = await http.get(`/companies?per_page=2&page=${page}`);
      for (const c of res.body.data) seen.add(c.id);
      if (page === first.body.pages.total_pages) expect(res.body.pages.next).toBeUndefined();
    }
    expect(seen.size).toBe(total);
  });

  it('filters by tag_id, and answers an unknown tag with 404', async () => {
    const tag = addTag(api.db, 'vip-companies');
    const tagged = addCompany(api.db, 'tagged-co', [addContact(api.db, 'user')]);
    const taggedEmpty = addCompany(api.db, 'tagged-empty');
    tagCompany(api.db, tag.seq, tagged.seq, NOW);
    tagCompany(api.db, tag.seq, taggedEmpty.seq, NOW);
    const res = await http.get('/companies?tag_id=' + tag.id);
    expect(res.body.data.map((c: { id: string }) => c.id)).toEqual([tagged.id]);
    expect(res.body.total_count).toBe(1);
    expect(res.body.data[0].tags).toEqual({ type: 'tag.list', tags: [{ type: 'tag', id: tag.id, name: 'vip-companies' }] });
    const unknown = await http.get('/companies?tag_id=999999999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].code).toBe('not_found');
  });

  it('filters by segment_id: a company is in a segment when one of its contacts is', async () => {
    api.db
      .prepare('INSERT INTO segments (id, name, person_type, query, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run('5e9000000000000000000001', 'Segment Co People', 'user', JSON.stringify({ field: 'email', operator: '$', value: '@segco.example' }), NOW, NOW);
    const member = addContact(api.db, 'user', { email: 'ann@segco.example' });
    const inSegment = addCompany(api.db, 'seg-co', [member, addContact(api.db, 'user')]);
    addCompany(api.db, 'not-seg-co', [addContact(api.db, 'user')]);
    const res = await http.get('/companies?segment_id=5e9000000000000000000001');
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: { id: string }) => c.id)).toEqual([inSegment.id]);
    expect(res.body.data[0].segments.segments).toMatchObject([{ type: 'segment', id: '5e9000000000000000000001' }]);

    const segments = await http.get(`/companies/${inSegment.id}/segments`);
    expect(segments.body).toMatchObject({ type: 'list', data: [{ type: 'segment', name: 'Segment Co People' }] });
    expect((await http.get('/companies?segment_id=5e90000000000000000000ff')).status).toBe(404);
  });
});

describe('POST /companies/list', () => {
  it('orders by last_request_at, desc by default and asc on request', async () => {
    addCompany(api.db, 'order-old', [addContact(api.db, 'user')], { last_request_at: 1000 });
    addCompany(api.db, 'order-new', [addContact(api.db, 'user')], { last_request_at: NOW + 10_000 });
    const desc = await http.post('/companies/list?per_page=150');
    expect(desc.status).toBe(200);
    expect(desc.body.data[0].company_id).toBe('order-new');
    const asc = await http.post('/companies/list?per_page=150&order=asc');
    // Companies that never made a request (read back as 0) sort lowest, so they open the asc order.
    const requested = asc.body.data.filter((c: { last_request_at: number }) => c.last_request_at > 0);
    expect(requested[0].company_id).toBe('order-old');
    const stamps = asc.body.data.map((c: { last_request_at: number }) => c.last_request_at);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });

  it('refuses an order other than asc or desc', async () => {
    const res = await http.post('/companies/list?order=sideways');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'order' });
  });
});

describe('GET / PUT / DELETE /companies/{id}', () => {
  it('reads, updates and deletes one company', async () => {
    const { body: created } = await http.post('/companies', { company_id: 'crud-co', name: 'Crud' });
    const read = await http.get('/companies/' + created.id);
    expect(read.body).toMatchObject({ id: created.id, name: 'Crud' });

    const put = await http.put('/companies/' + created.id, { name: 'Crud 2', size: 12, website: 'https://crud.example' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id: created.id, company_id: 'crud-co', name: 'Crud 2', size: 12, website: 'https://crud.example' });

    const refused = await http.put('/companies/' + created.id, { company_id: 'other' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'company_id' });

    const deleted = await http.del('/companies/' + created.id);
    expect(deleted.body).toEqual({ id: created.id, object: 'company', deleted: true });
    const gone = await http.get('/companies/' + created.id);
    expect(gone.status).toBe(404);
    expect(gone.body.errors[0].code).toBe('company_not_found');
  });

  it('answers unknown ids with 404 company_not_found on every sub-resource', async () => {
    for (const path of ['/companies/000000000000000000000000', '/companies/nope/contacts', '/companies/nope/segments']) {
      const res = await http.get(path);
      expect(res.status).toBe(404);
      expect(res.body.errors[0].code).toBe('company_not_found');
    }
    expect((await http.put('/companies/nope', { name: 'x' })).status).toBe(404);
    expect((await http.del('/companies/nope')).status).toBe(404);
  });

  it('answers /companies/{id}/contacts under 1.x with intercom_version_invalid (a 2.x-only path)', async () => {
    const v1 = apiClient(api, '1.4');
    const res = await v1.get('/companies/whatever/contacts');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe('intercom_version_invalid');
  });
});

describe('GET /companies/{id}/contacts', () => {
  it('pages users and leads with a starting_after cursor that stays correct while contacts are added', async () => {
    const members = [addContact(api.db, 'user'), addContact(api.db, 'lead'), addContact(api.db, 'user'), addContact(api.db, 'user'), addContact(api.db, 'lead')];
    const company = addCompany(api.db, 'members-co', members);

    const first = await http.get(`/companies/${company.id}/contacts?per_page=2`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ type: 'list', total_count: 5, pages: { type: 'pages', page: 1, per_page: 2, total_pages: 3 } });
    expect(first.body.data.map((c: { id: string }) => c.id)).toEqual([members[0]!.id, members[1]!.id]);
    expect(first.body.data[0]).toMatchObject({ type: 'contact', role: 'user' });

    // A contact joins between page requests: it must show up once, at the end, and nothing repeats.
    const late = addContact(api.db, 'user');
    attachContactToCompany(api.db, late.seq, company.seq, NOW);

    const seen: string[] = first.body.data.map((c: { id: string }) => c.id);
    let next = first.body.pages.next;
    let pages = 1;
    while (next) {
      expect(next.page).toBe(pages + 1);
      const res = await http.get(`/companies/${company.id}/contacts?per_page=2&starting_after=${encodeURIComponent(next.starting_after)}`);
      expect(res.status).toBe(200);
      expect(res.body.pages.page).toBe(pages + 1);
      seen.push(...res.body.data.map((c: { id: string }) => c.id));
      next = res.body.pages.next;
      pages += 1;
      expect(pages).toBeLessThan(10);
    }
    expect(seen).toEqual([...members.map((m) => m.id), late.id]);
  });

  it('defaults per_page to 50, refuses more than 150, and refuses cursors it did not hand out', async () => {
    const company = addCompany(api.db, 'small-co', [addContact(api.db, 'user')]);
    expect((await http.get(`/companies/${company.id}/contacts`)).body.pages).toMatchObject({ per_page: 50, total_pages: 1 });
    expect((await http.get(`/companies/${company.id}/contacts?per_page=151`)).status).toBe(400);
    const bad = await http.get(`/companies/${company.id}/contacts?starting_after=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ code: 'parameter_invalid', field: 'starting_after' });
  });

  it('also honours a page number without a cursor', async () => {
    const members = [addContact(api.db, 'user'), addContact(api.db, 'user'), addContact(api.db, 'user')];
    const company = addCompany(api.db, 'numbered-co', members);
    const res = await http.get(`/companies/${company.id}/contacts?per_page=2&page=2`);
    expect(res.body.data.map((c: { id: string }) => c.id)).toEqual([members[2]!.id]);
    expect(res.body.pages).toMatchObject({ page: 2, total_pages: 2 });
    expect(res.body.pages.next).toBeUndefined();
  });
});
