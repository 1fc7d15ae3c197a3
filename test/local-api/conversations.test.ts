import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import type { ContactRow, ConversationRow, TagRow } from '../../src/local-api/db/rows.js';
import { apiClient, type ApiClient } from './contract/http.js';
import { addAdmin, addContact, addConversation, addTag, NOW } from './contract/fixtures.js';

let api: LocalApi;
let http: ApiClient;
let admin: { seq: number; id: string };
let alice: ContactRow;
let billing: TagRow;
let urgent: TagRow;
let open: ConversationRow;
let closed: ConversationRow;

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'none' });
  http = apiClient(api, '2.11');
  admin = addAdmin(api.db, '4217031', 'Hoban Washburne', 'wash@serenity.example');
  alice = addContact(api.db, 'user', { email: 'alice@example.com' });
  billing = addTag(api.db, 'billing');
  urgent = addTag(api.db, 'urgent');
  open = addConversation(api.db, [alice], { title: 'Cannot log in', adminSeq: admin.seq, createdAt: NOW - 86_400 * 10 });
  closed = addConversation(api.db, [alice], { title: 'Refund', state: 'closed' });
});
afterAll(() => api.close());

describe('GET /conversations/{id}', () => {
  it('returns the conversation with its contacts and tags', async () => {
    const res = await http.get('/conversations/' + open.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: 'conversation',
      id: open.id,
      title: 'Cannot log in',
      state: 'open',
      open: true,
      read: false,
      admin_assignee_id: 4217031,
      contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: alice.id, external_id: alice.external_id }] },
      tags: { type: 'tag.list', tags: [] },
      conversation_parts: { type: 'conversation_part.list', conversation_parts: [], total_count: 0 },
    });
  });

  it('answers an unknown id with 404 not_found', async () => {
    const res = await http.get('/conversations/404404');
    expect(res.status).toBe(404);
    expect(res.body.errors[0].code).toBe('not_found');
  });
});

describe('POST / DELETE /conversations/{id}/tags', () => {
  it('tags a conversation on behalf of an admin and shows the tag as applied', async () => {
    const res = await http.post(`/conversations/${open.id}/tags`, { id: billing.id, admin_id: admin.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'tag', id: billing.id, name: 'billing', applied_by: { type: 'admin', id: admin.id } });
    expect(res.body.applied_at).toBeGreaterThan(NOW);

    const conversation = await http.get('/conversations/' + open.id);
    expect(conversation.body.tags.tags).toMatchObject([{ type: 'tag', id: billing.id, name: 'billing', applied_by: { id: admin.id } }]);
  });

  it('accepts numeric ids, as Intercom examples send them', async () => {
    const res = await http.post(`/conversations/${open.id}/tags`, { id: Number(urgent.id), admin_id: Number(admin.id) });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(urgent.id);
    const removed = await http.del(`/conversations/${open.id}/tags/${urgent.id}`, { admin_id: Number(admin.id) });
    expect(removed.status).toBe(200);
  });

  it('requires both id and admin_id', async () => {
    const noAdmin = await http.post(`/conversations/${open.id}/tags`, { id: billing.id });
    expect(noAdmin.status).toBe(400);
    expect(noAdmin.body.errors[0]).toMatchObject({ code: 'parameter_not_found', field: 'admin_id' });
    const noTag = await http.post(`/conversations/${open.id}/tags`, { admin_id: admin.id });
    expect(noTag.status).toBe(400);
    expect(noTag.body.errors[0]).toMatchObject({ code: 'parameter_not_found', field: 'id' });
    const noBody = await http.del(`/conversations/${open.id}/tags/${billing.id}`);
    expect(noBody.status).toBe(400);
    expect(noBody.body.errors[0]).toMatchObject({ code: 'parameter_not_found', field: 'admin_id' });
  });

  it('answers unknown conversation, admin and tag with their own 404 codes', async () => {
    const conv = await http.post('/conversations/404404/tags', { id: billing.id, admin_id: admin.id });
    expect(conv.status).toBe(404);
    expect(conv.body.errors[0]).toMatchObject({ code: 'not_found', message: 'Conversation not found' });

    const adminMissing = await http.post(`/conversations/${open.id}/tags`, { id: billing.id, admin_id: '1' });
    expect(adminMissing.status).toBe(404);
    expect(adminMissing.body.errors[0].code).toBe('admin_not_found');

    const tagMissing = await http.post(`/conversations/${open.id}/tags`, { id: '999999999', admin_id: admin.id });
    expect(tagMissing.status).toBe(404);
    expect(tagMissing.body.errors[0]).toMatchObject({ code: 'tag_not_found', message: 'Tag not found' });

    const untagMissing = await http.del(`/conversations/${open.id}/tags/999999999`, { admin_id: admin.id });
    expect(untagMissing.status).toBe(404);
    expect(untagMissing.body.errors[0].code).toBe('tag_not_found');

    const untagUnknownConversation = await http.del(`/conversations/404404/tags/${billing.id}`, { admin_id: admin.id });
    expect(untagUnknownConversation.status).toBe(404);
    expect(untagUnknownConversation.body.errors[0].code).toBe('not_found');
  });

  it('untags: the answer is the removed tag, and a second untag is tag_not_found', async () => {
    await http.post(`/conversations/${closed.id}/tags`, { id: urgent.id, admin_id: admin.id });
    const res = await http.del(`/conversations/${closed.id}/tags/${urgent.id}`, { admin_id: admin.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'tag', id: urgent.id, name: 'urgent' });
    expect((await http.get('/conversations/' + closed.id)).body.tags.tags).toEqual([]);
    const again = await http.del(`/conversations/${closed.id}/tags/${urgent.id}`, { admin_id: admin.id });
    expect(again.status).toBe(404);
    expect(again.body.errors[0].code).toBe('tag_not_found');
  });
});

describe('POST /conversations/search', () => {
  const ids = (body: { conversations: Array<{ id: string }> }) => body.conversations.map((c) => c.id);

  it('finds conversations by tag', async () => {
    await http.post(`/conversations/${open.id}/tags`, { id: billing.id, admin_id: admin.id });
    const res = await http.post('/conversations/search', { query: { field: 'tag_ids', operator: '=', value: billing.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'conversation.list', total_count: 1, pages: { type: 'pages', page: 1, per_page: 20 } });
    expect(ids(res.body)).toEqual([open.id]);
    const without = await http.post('/conversations/search', { query: { field: 'tag_ids', operator: '!=', value: billing.id } });
    expect(ids(without.body)).toEqual([closed.id]);
  });

  it('combines state, open, id and dates in AND / OR groups', async () => {
    const closedOnly = await http.post('/conversations/search', {
      query: { operator: 'AND', value: [{ field: 'state', operator: '=', value: 'closed' }, { field: 'open', operator: '=', value: false }] },
    });
    expect(ids(closedOnly.body)).toEqual([closed.id]);
    const either = await http.post('/conversations/search', {
      query: { operator: 'OR', value: [{ field: 'id', operator: '=', value: open.id }, { field: 'created_at', operator: '>', value: String(NOW - 86_400) }] },
    });
    expect(ids(either.body).sort()).toEqual([open.id, closed.id].sort());
    const older = await http.post('/conversations/search', { query: { field: 'created_at', operator: '<', value: NOW - 86_400 * 5 } });
    expect(ids(older.body)).toEqual([open.id]);
  });

  it('pages with pagination.starting_after, and new conversations do not disturb later pages', async () => {
    const tag = addTag(api.db, 'paged-tag');
    const tagged: string[] = [];
    for (let i = 0; i < 5; i++) {
      const conversation = addConversation(api.db, [alice]);
      tagged.push(conversation.id);
      await http.post(`/conversations/${conversation.id}/tags`, { id: tag.id, admin_id: admin.id });
    }
    const query = { field: 'tag_ids', operator: '=', value: tag.id };
    const first = await http.post('/conversations/search', { query, pagination: { per_page: 2 } });
    expect(first.body).toMatchObject({ total_count: 5, pages: { page: 1, per_page: 2, total_pages: 3 } });
    const seen = ids(first.body);
    let next = first.body.pages.next;
    while (next) {
      expect(next.per_page).toBe(2);
      const res = await http.post('/conversations/search', { query, pagination: { per_page: 2, starting_after: next.starting_after } });
      seen.push(...ids(res.body));
      next = res.body.pages.next;
    }
    expect(seen).toEqual(tagged);
  });

  it('refuses unknown fields, wrong operators, too many filters, deep nesting and per_page over 150', async () => {
    const bad = async (body: unknown) => {
      const res = await http.post('/conversations/search', body);
      expect(res.status).toBe(400);
      expect(res.body.type).toBe('error.list');
      return res.body.errors[0];
    };
    expect(await bad({ query: { field: 'favourite_colour', operator: '=', value: 'x' } })).toMatchObject({ code: 'parameter_invalid', field: 'query' });
    expect((await bad({ query: { field: 'tag_ids', operator: '~', value: '1' } })).message).toMatch(/not allowed/);
    expect((await bad({ query: { field: 'open', operator: '>', value: true } })).message).toMatch(/boolean/);
    const sixteen = Array.from({ length: 16 }, () => ({ field: 'state', operator: '=', value: 'open' }));
    expect((await bad({ query: { operator: 'OR', value: sixteen } })).message).toMatch(/15/);
    const deep = { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [{ field: 'state', operator: '=', value: 'open' }] }] }] };
    expect((await bad({ query: deep })).message).toMatch(/nest/);
    expect(await bad({ query: { field: 'state', operator: '=', value: 'open' }, pagination: { per_page: 151 } })).toMatchObject({ field: 'pagination.per_page' });
    expect(await bad({})).toMatchObject({ code: 'parameter_not_found', field: 'query' });
    expect(await bad({ query: { field: 'state', operator: '=', value: 'open' }, pagination: { starting_after: 'garbage' } })).toMatchObject({
      field: 'pagination.starting_after',
    });
  });
});

describe('GET /admins and /me', () => {
  it('lists the admins and identifies the first one as the token owner', async () => {
    const list = await http.get('/admins');
    expect(list.body).toMatchObject({ type: 'admin.list', admins: [{ type: 'admin', id: admin.id, email: 'wash@serenity.example' }] });
    const me = await http.get('/me');
    expect(me.body).toMatchObject({ type: 'admin', id: admin.id, app: { type: 'app' } });
    expect((await http.get('/admins/' + admin.id)).body.name).toBe('Hoban Washburne');
    expect((await http.get('/admins/1')).body.errors[0].code).toBe('admin_not_found');
  });
});
