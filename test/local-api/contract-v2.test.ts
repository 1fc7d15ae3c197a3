/**
 * Contract tests: every 2.x grouping response the local API produces — successes and errors — must
 * validate against Intercom's official 2.11 OpenAPI description (checked by openapi-backend + Ajv,
 * see contract/openapi.ts). Each case names the spec operation it answers for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { apiClient, type ApiClient, type JsonReply } from './contract/http.js';
import { describeProblem, loadSpec, validateErrorEnvelope, validateReply } from './contract/openapi.js';
import { buildContractWorld, type ContractWorld } from './contract/world.js';
import { addCompany, addContact, addConversation } from './contract/fixtures.js';

interface Case {
  /** What is being checked, for the test name. */
  name: string;
  /** The 2.11 operationId the response must satisfy. */
  operationId: string;
  /** The status the route must answer with (so a wrong-status answer is not "valid" by accident). */
  status: number;
  call(http: ApiClient, w: ContractWorld, api: LocalApi): Promise<JsonReply>;
}

const UNKNOWN_HEX = '000000000000000000000bad';

const cases: Case[] = [
  // --- contacts (2.x) ---
  { name: 'list contacts', operationId: 'ListContacts', status: 200, call: (h) => h.get('/contacts?per_page=2') },
  { name: 'show a contact', operationId: 'ShowContact', status: 200, call: (h, w) => h.get('/contacts/' + w.user.id) },
  { name: 'show an unknown contact', operationId: 'ShowContact', status: 404, call: (h) => h.get('/contacts/' + UNKNOWN_HEX) },
  {
    name: 'create a contact',
    operationId: 'CreateContact',
    status: 200,
    call: (h) => h.post('/contacts', { role: 'user', external_id: 'contract-created', email: 'created@contract.example' }),
  },
  { name: 'update a contact', operationId: 'UpdateContact', status: 200, call: (h, w) => h.put('/contacts/' + w.otherUser.id, { name: 'Bob Renamed' }) },
  {
    name: 'delete a contact',
    operationId: 'DeleteContact',
    status: 200,
    call: (h, _w, api) => h.del('/contacts/' + addContact(api.db, 'lead').id),
  },
  {
    name: 'search contacts',
    operationId: 'SearchContacts',
    status: 200,
    call: (h, w) =>
      h.post('/contacts/search', {
        query: { operator: 'AND', value: [{ field: 'role', operator: '=', value: 'user' }, { field: 'tag_id', operator: '=', value: w.tag.id }] },
        pagination: { per_page: 1 },
      }),
  },
  {
    name: 'search contacts: second page by cursor',
    operationId: 'SearchContacts',
    status: 200,
    call: async (h) => {
      const first = await h.post('/contacts/search', { query: { field: 'role', operator: '=', value: 'user' }, pagination: { per_page: 1 } });
      const after = first.body?.pages?.next?.starting_after;
      return h.post('/contacts/search', { query: { field: 'role', operator: '=', value: 'user' }, pagination: { per_page: 1, starting_after: after } });
    },
  },
  {
    name: 'search contacts with an unknown field (error envelope)',
    operationId: 'SearchContacts',
    status: 400,
    call: (h) => h.post('/contacts/search', { query: { field: 'no_such_field', operator: '=', value: 'x' } }),
  },

  // --- contact sub-resources ---
  { name: "list a contact's tags", operationId: 'listTagsForAContact', status: 200, call: (h, w) => h.get(`/contacts/${w.user.id}/tags`) },
  { name: 'tag a contact', operationId: 'attachTagToContact', status: 200, call: (h, w) => h.post(`/contacts/${w.otherUser.id}/tags`, { id: w.spareTag.id }) },
  {
    name: 'untag a contact',
    operationId: 'detachTagFromContact',
    status: 200,
    call: async (h, w) => {
      await h.post(`/contacts/${w.lead.id}/tags`, { id: w.spareTag.id });
      return h.del(`/contacts/${w.lead.id}/tags/${w.spareTag.id}`);
    },
  },
  { name: 'tag a contact with an unknown tag', operationId: 'attachTagToContact', status: 404, call: (h, w) => h.post(`/contacts/${w.user.id}/tags`, { id: '999999999' }) },
  { name: "list a contact's segments", operationId: 'listSegmentsForAContact', status: 200, call: (h, w) => h.get(`/contacts/${w.user.id}/segments`) },
  { name: "list a contact's companies", operationId: 'listCompaniesForAContact', status: 200, call: (h, w) => h.get(`/contacts/${w.user.id}/companies`) },
  {
    name: 'attach a contact to a company',
    operationId: 'attachContactToACompany',
    status: 200,
    call: (h, w) => h.post(`/contacts/${w.otherUser.id}/companies`, { id: w.spareCompany.id }),
  },
  {
    name: 'attach a contact to an unknown company',
    operationId: 'attachContactToACompany',
    status: 404,
    call: (h, w) => h.post(`/contacts/${w.otherUser.id}/companies`, { id: UNKNOWN_HEX }),
  },
  {
    name: 'detach a contact from a company',
    operationId: 'detachContactFromACompany',
    status: 200,
    call: async (h, w) => {
      await h.post(`/contacts/${w.lead.id}/companies`, { id: w.spareCompany.id });
      return h.del(`/contacts/${w.lead.id}/companies/${w.spareCompany.id}`);
    },
  },

  // --- tags ---
  { name: 'list tags', operationId: 'listTags', status: 200, call: (h) => h.get('/tags') },
  { name: 'find a tag', operationId: 'findTag', status: 200, call: (h, w) => h.get('/tags/' + w.tag.id) },
  { name: 'find an unknown tag', operationId: 'findTag', status: 404, call: (h) => h.get('/tags/999999999') },
  { name: 'create a tag', operationId: 'createTag', status: 200, call: (h) => h.post('/tags', { name: 'contract-created-tag' }) },
  {
    name: 'rename a tag',
    operationId: 'createTag',
    status: 200,
    call: async (h) => {
      const created = await h.post('/tags', { name: 'contract-to-rename' });
      return h.post('/tags', { id: created.body.id, name: 'contract-renamed' });
    },
  },
  { name: 'tag users', operationId: 'createTag', status: 200, call: (h, w) => h.post('/tags', { name: 'contract-users', users: [{ id: w.user.id }] }) },
  {
    name: 'tag companies',
    operationId: 'createTag',
    status: 200,
    call: (h, w) => h.post('/tags', { name: 'contract-companies', companies: [{ company_id: w.company.company_id }] }),
  },
  {
    name: 'untag companies',
    operationId: 'createTag',
    status: 200,
    call: (h, w) => h.post('/tags', { name: 'contract-companies', companies: [{ id: w.company.id, untag: true }] }),
  },
  { name: 'POST /tags with invalid parameters', operationId: 'createTag', status: 400, call: (h) => h.post('/tags', { name: 42 }) },
  {
    name: 'delete a tag',
    operationId: 'deleteTag',
    status: 200,
    call: async (h) => {
      const created = await h.post('/tags', { name: 'contract-to-delete' });
      return h.del('/tags/' + created.body.id);
    },
  },
  { name: 'delete an unknown tag', operationId: 'deleteTag', status: 404, call: (h) => h.del('/tags/999999999') },

  // --- segments ---
  { name: 'list segments with counts', operationId: 'listSegments', status: 200, call: (h) => h.get('/segments?include_count=true') },
  { name: 'list segments', operationId: 'listSegments', status: 200, call: (h) => h.get('/segments') },
  { name: 'retrieve a segment', operationId: 'retrieveSegment', status: 200, call: (h, w) => h.get('/segments/' + w.segmentId) },
  { name: 'retrieve an unknown segment', operationId: 'retrieveSegment', status: 404, call: (h) => h.get('/segments/' + UNKNOWN_HEX) },

  // --- companies ---
  {
    name: 'create a company',
    operationId: 'createOrUpdateCompany',
    status: 200,
    call: (h) => h.post('/companies', { company_id: 'contract-new', name: 'New Co', plan: 'Pro', size: 5, monthly_spend: 10.5, custom_attributes: { tier: 'gold' } }),
  },
  { name: 'create a company with a bad parameter', operationId: 'createOrUpdateCompany', status: 400, call: (h) => h.post('/companies', { company_id: 'x', test: 'invalid' }) },
  { name: 'list companies', operationId: 'retrieveCompany', status: 200, call: (h) => h.get('/companies?per_page=2') },
  { name: 'list companies by tag', operationId: 'retrieveCompany', status: 200, call: (h, w) => h.get('/companies?tag_id=' + w.tag.id) },
  { name: 'list companies by segment', operationId: 'retrieveCompany', status: 200, call: (h, w) => h.get('/companies?segment_id=' + w.segmentId) },
  // The spec's schema shows only the list; Intercom answers one company object here (contract B.7).
  // Validated against the `company` schema through RetrieveACompanyById, which documents that object.
  { name: 'find a company by company_id (one object)', operationId: 'RetrieveACompanyById', status: 200, call: (h, w) => h.get('/companies?company_id=' + w.company.company_id) },
  { name: 'find an unknown company by company_id', operationId: 'retrieveCompany', status: 404, call: (h) => h.get('/companies?company_id=nope') },
  { name: 'list companies with per_page over 150', operationId: 'retrieveCompany', status: 400, call: (h) => h.get('/companies?per_page=151') },
  { name: 'retrieve a company', operationId: 'RetrieveACompanyById', status: 200, call: (h, w) => h.get('/companies/' + w.company.id) },
  { name: 'retrieve a company without users or plan', operationId: 'RetrieveACompanyById', status: 200, call: (h, w) => h.get('/companies/' + w.spareCompany.id) },
  { name: 'retrieve an unknown company', operationId: 'RetrieveACompanyById', status: 404, call: (h) => h.get('/companies/' + UNKNOWN_HEX) },
  { name: 'update a company', operationId: 'UpdateCompany', status: 200, call: (h, w) => h.put('/companies/' + w.company.id, { industry: 'Testing' }) },
  { name: 'update an unknown company', operationId: 'UpdateCompany', status: 404, call: (h) => h.put('/companies/' + UNKNOWN_HEX, { industry: 'Testing' }) },
  { name: 'delete an unknown company', operationId: 'deleteCompany', status: 404, call: (h) => h.del('/companies/' + UNKNOWN_HEX) },
  {
    name: 'update a company by company_id (POST)',
    operationId: 'createOrUpdateCompany',
    status: 200,
    call: (h, w) => h.post('/companies', { company_id: w.company.company_id, website: 'https://contract.example', update_last_request_at: true }),
  },
  {
    name: 'delete a company',
    operationId: 'deleteCompany',
    status: 200,
    call: (h, _w, api) => h.del('/companies/' + addCompany(api.db, 'contract-doomed').id),
  },
  { name: "list a company's contacts", operationId: 'ListAttachedContacts', status: 200, call: (h, w) => h.get(`/companies/${w.company.id}/contacts?per_page=2`) },
  {
    name: "list a company's contacts: second page by cursor",
    operationId: 'ListAttachedContacts',
    status: 200,
    call: async (h, w) => {
      const first = await h.get(`/companies/${w.company.id}/contacts?per_page=2`);
      return h.get(`/companies/${w.company.id}/contacts?per_page=2&starting_after=${encodeURIComponent(first.body.pages.next.starting_after)}`);
    },
  },
  { name: "list an unknown company's contacts", operationId: 'ListAttachedContacts', status: 404, call: (h) => h.get(`/companies/${UNKNOWN_HEX}/contacts`) },
  { name: "list a company's segments", operationId: 'ListAttachedSegmentsForCompanies', status: 200, call: (h, w) => h.get(`/companies/${w.company.id}/segments`) },
  { name: 'POST /companies/list', operationId: 'listAllCompanies', status: 200, call: (h) => h.post('/companies/list?per_page=5&order=asc') },
  {
    name: 'scroll companies',
    operationId: 'scrollOverAllCompanies',
    status: 200,
    call: async (h) => {
      const first = await h.get('/companies/scroll');
      // End the scroll so it does not block others (an empty page closes it).
      let param = first.body?.scroll_param;
      for (let i = 0; param && i < 20; i++) {
        const next = await h.get('/companies/scroll?scroll_param=' + encodeURIComponent(param));
        if (!next.body?.data?.length) break;
        param = next.body.scroll_param;
      }
      return first;
    },
  },

  // --- conversations ---
  { name: 'retrieve a conversation', operationId: 'retrieveConversation', status: 200, call: (h, w) => h.get('/conversations/' + w.conversation.id) },
  {
    name: 'retrieve a conversation with no admin and no contacts',
    operationId: 'retrieveConversation',
    status: 200,
    call: (h, _w, api) => h.get('/conversations/' + addConversation(api.db, [], { state: 'snoozed' }).id),
  },
  { name: 'retrieve an unknown conversation', operationId: 'retrieveConversation', status: 404, call: (h) => h.get('/conversations/404404') },
  {
    name: 'search conversations by tag',
    operationId: 'searchConversations',
    status: 200,
    call: (h, w) => h.post('/conversations/search', { query: { field: 'tag_ids', operator: '=', value: w.tag.id }, pagination: { per_page: 5 } }),
  },
  {
    name: 'search conversations: nothing found',
    operationId: 'searchConversations',
    status: 200,
    call: (h) => h.post('/conversations/search', { query: { operator: 'AND', value: [{ field: 'state', operator: '=', value: 'closed' }, { field: 'open', operator: '=', value: true }] } }),
  },
  {
    name: 'search conversations: second page by cursor',
    operationId: 'searchConversations',
    status: 200,
    call: async (h, _w, api) => {
      for (let i = 0; i < 3; i++) addConversation(api.db, [], { title: 'paged' });
      const first = await h.post('/conversations/search', { query: { field: 'title', operator: '=', value: 'paged' }, pagination: { per_page: 2 } });
      return h.post('/conversations/search', {
        query: { field: 'title', operator: '=', value: 'paged' },
        pagination: { per_page: 2, starting_after: first.body.pages.next.starting_after },
      });
    },
  },
  {
    name: 'search conversations with a bad operator',
    operationId: 'searchConversations',
    status: 400,
    call: (h) => h.post('/conversations/search', { query: { field: 'open', operator: '~', value: true } }),
  },
  {
    name: 'tag a conversation',
    operationId: 'attachTagToConversation',
    status: 200,
    call: (h, w) => h.post(`/conversations/${w.conversation.id}/tags`, { id: w.spareTag.id, admin_id: w.admin.id }),
  },
  {
    name: 'tag an unknown conversation',
    operationId: 'attachTagToConversation',
    status: 404,
    call: (h, w) => h.post('/conversations/404404/tags', { id: w.tag.id, admin_id: w.admin.id }),
  },
  {
    name: 'tag a conversation without admin_id',
    operationId: 'attachTagToConversation',
    status: 400,
    call: (h, w) => h.post(`/conversations/${w.conversation.id}/tags`, { id: w.tag.id }),
  },
  {
    name: 'untag a conversation',
    operationId: 'detachTagFromConversation',
    status: 200,
    call: (h, w) => h.del(`/conversations/${w.conversation.id}/tags/${w.tag.id}`, { admin_id: w.admin.id }),
  },
  {
    name: 'untag a conversation with an unknown tag',
    operationId: 'detachTagFromConversation',
    status: 404,
    call: (h, w) => h.del(`/conversations/${w.conversation.id}/tags/999999999`, { admin_id: w.admin.id }),
  },

  // --- admins ---
  { name: 'list admins', operationId: 'listAdmins', status: 200, call: (h) => h.get('/admins') },
  { name: 'retrieve an admin', operationId: 'retrieveAdmin', status: 200, call: (h, w) => h.get('/admins/' + w.admin.id) },
  { name: 'identify the admin (/me)', operationId: 'identifyAdmin', status: 200, call: (h) => h.get('/me') },
];

let api: LocalApi;
let http: ApiClient;
let world: ContractWorld;

beforeAll(async () => {
  await loadSpec();
  api = await startLocalApi({ port: 0, seed: 'none', tokens: ['contract-token'] });
  http = apiClient(api, '2.11');
  world = buildContractWorld(api.db);
});
afterAll(() => api?.close());

describe('2.x responses validate against the 2.11 OpenAPI description', () => {
  for (const c of cases) {
    it(`${c.operationId} ${c.status}: ${c.name}`, async () => {
      const reply = await c.call(http, world, api);
      expect(reply.status, JSON.stringify(reply.body)?.slice(0, 500)).toBe(c.status);
      const problem = await validateReply(c.operationId, reply);
      expect(problem && describeProblem(problem)).toBeNull();
    });
  }
});

describe('error envelopes validate against the spec error schema', () => {
  const errorCases: Array<{ name: string; status: number; call: () => Promise<JsonReply> }> = [
    {
      name: 'a missing token (401)',
      status: 401,
      call: async () => {
        const res = await fetch(api.url + '/tags', { headers: { accept: 'application/json', 'intercom-version': '2.11' } });
        return { status: res.status, body: await res.json(), headers: res.headers };
      },
    },
    { name: 'an unknown path (404)', status: 404, call: () => http.get('/no/such/path') },
    { name: 'a 1.x path under 2.x (400 intercom_version_invalid)', status: 400, call: () => http.get('/users') },
    { name: 'malformed JSON (400)', status: 400, call: () => rawPost('/companies', '{"company_id": ') },
    { name: 'GET /counts under 2.11 (legacy endpoint, not served from 2.7)', status: -1, call: () => http.get('/counts') },
    {
      name: 'a request that does not accept JSON (406)',
      status: 406,
      call: async () => {
        const res = await fetch(api.url + '/tags', { headers: { accept: 'text/html', authorization: `Bearer ${api.token}`, 'intercom-version': '2.11' } });
        return { status: res.status, body: await res.json(), headers: res.headers };
      },
    },
    {
      name: 'a body that is not JSON (415)',
      status: 415,
      call: async () => {
        const res = await fetch(api.url + '/companies', {
          method: 'POST',
          headers: { accept: 'application/json', authorization: `Bearer ${api.token}`, 'intercom-version': '2.11', 'content-type': 'text/plain' },
          body: 'company_id=x',
        });
        return { status: res.status, body: await res.json(), headers: res.headers };
      },
    },
    {
      name: 'the rate limit (429)',
      status: 429,
      call: async () => {
        // Six a minute is one per 10-second window: of three requests in a row (which cannot span two
        // window boundaries), at least one is refused.
        const limited = await startLocalApi({ port: 0, seed: 'none', rateLimit: 6 });
        try {
          const client = apiClient(limited, '2.11');
          let reply = await client.get('/tags');
          for (let i = 0; i < 2 && reply.status !== 429; i++) reply = await client.get('/tags');
          return reply;
        } finally {
          await limited.close();
        }
      },
    },
  ];

  async function rawPost(path: string, text: string): Promise<JsonReply> {
    const res = await fetch(api.url + path, {
      method: 'POST',
      headers: { accept: 'application/json', authorization: `Bearer ${api.token}`, 'intercom-version': '2.11', 'content-type': 'application/json' },
      body: text,
    });
    return { status: res.status, body: await res.json(), headers: res.headers };
  }

  for (const c of errorCases) {
    it(c.name, async () => {
      const reply = await c.call();
      if (c.status === -1) expect(reply.status).toBeGreaterThanOrEqual(400);
      else expect(reply.status).toBe(c.status);
      const errors = await validateErrorEnvelope(reply.body);
      expect(errors).toEqual([]);
    });
  }
});

describe('the demo workspace validates end to end', () => {
  let demo: LocalApi;
  let h: ApiClient;
  beforeAll(async () => {
    demo = await startLocalApi({ port: 0, seed: 'demo' });
    h = apiClient(demo, '2.11');
  });
  afterAll(() => demo?.close());

  async function check(operationId: string, reply: JsonReply) {
    expect(reply.status, JSON.stringify(reply.body)?.slice(0, 300)).toBe(200);
    const problem = await validateReply(operationId, reply);
    expect(problem && describeProblem(problem)).toBeNull();
    return reply.body;
  }

  it('every company, its contacts and segments', async () => {
    const list = await check('listAllCompanies', await h.post('/companies/list?per_page=150'));
    for (const company of list.data) {
      await check('RetrieveACompanyById', await h.get('/companies/' + company.id));
      await check('ListAttachedContacts', await h.get(`/companies/${company.id}/contacts`));
      await check('ListAttachedSegmentsForCompanies', await h.get(`/companies/${company.id}/segments`));
    }
  });

  it('every contact and its tags, companies and segments', async () => {
    const list = await check('ListContacts', await h.get('/contacts?per_page=150'));
    for (const contact of list.data) {
      await check('ShowContact', await h.get('/contacts/' + contact.id));
      await check('listTagsForAContact', await h.get(`/contacts/${contact.id}/tags`));
      await check('listCompaniesForAContact', await h.get(`/contacts/${contact.id}/companies`));
      await check('listSegmentsForAContact', await h.get(`/contacts/${contact.id}/segments`));
    }
  });

  const ids = (table: string) => (demo.db.prepare(`SELECT id FROM ${table} ORDER BY seq`).all() as Array<{ id: string }>).map((r) => r.id);

  it('every tag, and the companies and conversations by tag', async () => {
    await check('listTags', await h.get('/tags'));
    for (const id of ids('tags')) {
      await check('findTag', await h.get('/tags/' + id));
      await check('retrieveCompany', await h.get('/companies?tag_id=' + id));
      await check('searchConversations', await h.post('/conversations/search', { query: { field: 'tag_ids', operator: '=', value: id } }));
    }
  });

  it('every segment, and the companies by segment', async () => {
    for (const id of ids('segments')) await check('retrieveCompany', await h.get('/companies?segment_id=' + id));
    await check('listSegments', await h.get('/segments?include_count=true'));
    for (const id of ids('segments')) await check('retrieveSegment', await h.get('/segments/' + id));
  });

  it('every conversation', async () => {
    await check('searchConversations', await h.post('/conversations/search', { query: { field: 'state', operator: 'IN', value: ['open', 'closed', 'snoozed'] }, pagination: { per_page: 150 } }));
    for (const id of ids('conversations')) await check('retrieveConversation', await h.get('/conversations/' + id));
  });
});
