import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, startV1, writeSegmentsFile, type V1Client } from './v1-client.js';

let c: V1Client;
let alice: any; // user with user_id and email
let bob: any; // user
let lead: any;

beforeAll(async () => {
  c = await startV1({
    segmentsFile: writeSegmentsFile([
      { name: 'Tagged VIP', person_type: 'user', query: { field: 'tag_id', operator: '=', value: '1170001' } },
    ]),
  });
  alice = (await c.post('/users', { user_id: 'u-alice', email: 'alice@example.com', name: 'Alice' })).body;
  bob = (await c.post('/users', { user_id: 'u-bob', email: 'bob@example.com', name: 'Bob' })).body;
  lead = (await c.post('/contacts', { email: 'lead@example.com', name: 'Lead' })).body;
});
afterAll(() => c.api.close());

const v2 = (version = '2.11') => ({ 'intercom-version': version });

async function tagsOf(id: string, kind: 'users' | 'contacts' = 'users'): Promise<string[]> {
  const res = await c.get(`/${kind}/${id}`);
  return res.body.tags.tags.map((t: any) => t.name);
}

describe('POST /tags', () => {
  it('creates a tag with a numeric string id, and answers the existing one for the same name in any case', async () => {
    const created = await c.post('/tags', { name: 'VIP' });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ type: 'tag', id: expect.stringMatching(/^\d+$/), name: 'VIP' });
    const again = await c.post('/tags', { name: 'vip' });
    expect(again.body.id).toBe(created.body.id);
  });

  it('renames a tag with {id, name}', async () => {
    const tag = (await c.post('/tags', { name: 'Old name' })).body;
    const renamed = await c.post('/tags', { id: tag.id, name: 'New name' });
    expect(renamed.body).toEqual({ type: 'tag', id: tag.id, name: 'New name' });
  });

  it('refuses a rename onto another tag name, and a rename of an unknown id', async () => {
    const clash = await c.post('/tags', { id: (await c.post('/tags', { name: 'Rename me' })).body.id, name: 'vip' });
    expect(clash.status).toBe(400);
    expect(firstError(clash)).toMatchObject({ code: 'parameter_invalid', field: 'name' });
    const unknown = await c.post('/tags', { id: '999999999', name: 'X' });
    expect(unknown.status).toBe(404);
    expect(firstError(unknown).code).toBe('not_found');
  });

  it('tags users by id, user_id and email, and a lead by id, creating the tag', async () => {
    const res = await c.post('/tags', {
      name: 'Mixed',
      users: [{ id: alice.id }, { user_id: 'u-bob' }, { email: 'alice@example.com' }, { id: lead.id }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'tag', name: 'Mixed' });
    expect(await tagsOf(alice.id)).toContain('Mixed');
    expect(await tagsOf(bob.id)).toContain('Mixed');
    expect(await tagsOf(lead.id, 'contacts')).toContain('Mixed');
  });

  it('untags with untag: true, mixed with tagging in one request', async () => {
    await c.post('/tags', { name: 'Flip', users: [{ id: alice.id }] });
    const res = await c.post('/tags', { name: 'Flip', users: [{ id: alice.id, untag: true }, { id: bob.id, untag: false }] });
    expect(res.status).toBe(200);
    expect(await tagsOf(alice.id)).not.toContain('Flip');
    expect(await tagsOf(bob.id)).toContain('Flip');
  });

  it('refuses a lead addressed by email or user_id, saying leads are tagged by id only', async () => {
    for (const item of [{ email: 'lead@example.com' }, { user_id: lead.user_id }]) {
      const res = await c.post('/tags', { name: 'Lead by email', users: [item] });
      expect(res.status).toBe(404);
      const error = firstError(res);
      expect(error.code).toBe('not_found');
      expect(error.message).toMatch(/leads can only be tagged by their Intercom id/);
    }
    const tags = (await c.get('/tags')).body.tags.map((t: any) => t.name);
    expect(tags).not.toContain('Lead by email');
  });

  it('applies nothing when one user in the list is unknown', async () => {
    const res = await c.post('/tags', { name: 'All or nothing', users: [{ id: alice.id }, { user_id: 'nobody' }] });
    expect(res.status).toBe(404);
    expect(firstError(res)).toMatchObject({ code: 'not_found', field: 'users.1.user_id' });
    expect(firstError(res).message).toMatch(/^User Not Found/);
    expect(await tagsOf(alice.id)).not.toContain('All or nothing');
    const tags = (await c.get('/tags')).body.tags.map((t: any) => t.name);
    expect(tags).not.toContain('All or nothing');
  });

  it('answers 409 when an email matches several users', async () => {
    await c.post('/users', { user_id: 'u-twin1', email: 'twin@example.com' });
    await c.post('/users', { user_id: 'u-twin2', email: 'twin@example.com' });
    const res = await c.post('/tags', { name: 'Twins', users: [{ email: 'twin@example.com' }] });
    expect(res.status).toBe(409);
    expect(firstError(res).code).toBe('conflict');
  });

  it('tags and untags companies by id and company_id', async () => {
    const acme = (await c.post('/companies', { company_id: 'acme', name: 'Acme' })).body;
    await c.post('/companies', { company_id: 'globex', name: 'Globex' });
    const tagged = await c.post('/tags', { name: 'Enterprise', companies: [{ id: acme.id }, { company_id: 'globex' }] });
    expect(tagged.status).toBe(200);
    const names = async (id: string) => (await c.get(`/companies/${id}`)).body.tags.tags.map((t: any) => t.name);
    expect(await names(acme.id)).toEqual(['Enterprise']);
    await c.post('/tags', { name: 'Enterprise', companies: [{ company_id: 'acme', untag: true }] });
    expect(await names(acme.id)).toEqual([]);
  });

  it('answers 404 company_not_found for an unknown company', async () => {
    const res = await c.post('/tags', { name: 'Enterprise', companies: [{ company_id: 'nope' }] });
    expect(res.status).toBe(404);
    expect(firstError(res)).toMatchObject({ code: 'company_not_found', message: 'Company Not Found' });
  });

  it('refuses users and companies in one request', async () => {
    const res = await c.post('/tags', { name: 'Both', users: [{ id: alice.id }], companies: [{ company_id: 'acme' }] });
    expect(res.status).toBe(400);
    expect(firstError(res).message).toMatch(/cannot be mixed/);
  });

  it('validates the body and names the field', async () => {
    const noName = await c.post('/tags', { users: [{ id: alice.id }] });
    expect(noName.status).toBe(400);
    expect(firstError(noName)).toMatchObject({ code: 'parameter_not_found', field: 'name' });
    const badItem = await c.post('/tags', { name: 'X', users: [{ untag: true }] });
    expect(badItem.status).toBe(400);
    expect(firstError(badItem).field).toBe('users.0');
    const badType = await c.post('/tags', { name: 'X', users: 'alice' });
    expect(badType.status).toBe(400);
    expect(firstError(badType)).toMatchObject({ code: 'parameter_invalid', field: 'users' });
  });

  it('answers the tag_create_response shape from 2.16', async () => {
    const res = await c.post('/tags', { name: 'Modern', users: [{ id: alice.id }, { id: bob.id, untag: true }] }, v2('2.16'));
    expect(res.body).toEqual({
      type: 'tag',
      id: expect.any(String),
      name: 'Modern',
      users: [
        { id: alice.id, tagged: true },
        { id: bob.id, tagged: false },
      ],
      companies: [],
    });
    const old = await c.post('/tags', { name: 'Modern' }, v2('2.15'));
    expect(old.body).toEqual({ type: 'tag', id: res.body.id, name: 'Modern' });
  });
});

describe('GET /tags and /tags/{id}', () => {
  const UNAPPLIED = { applied_at: null, applied_by: { type: 'admin', id: null } };

  it('lists tags as tag.list in 1.x and list/data in 2.x', async () => {
    const v1 = await c.get('/tags');
    expect(v1.body.type).toBe('tag.list');
    expect(v1.body.tags).toContainEqual({ type: 'tag', id: expect.any(String), name: 'VIP' });
    const modern = await c.get('/tags', v2());
    expect(modern.body.type).toBe('list');
    // The 2.11 `tag` schema requires applied_at/applied_by; outside a tagging operation they carry no values.
    expect(modern.body.data).toEqual(v1.body.tags.map((t: any) => ({ ...t, ...UNAPPLIED })));
  });

  it('finds one tag, and answers 404 for an unknown one', async () => {
    const vip = (await c.post('/tags', { name: 'VIP' })).body;
    expect((await c.get(`/tags/${vip.id}`, v2())).body).toEqual({ ...vip, ...UNAPPLIED });
    expect((await c.get(`/tags/${vip.id}`)).body).toEqual(vip);
    const missing = await c.get('/tags/424242', v2());
    expect(missing.status).toBe(404);
    expect(firstError(missing)).toMatchObject({ code: 'not_found', message: 'Resource Not Found' });
  });
});

describe('DELETE /tags/{id}', () => {
  it('deletes a tag and detaches it from everyone', async () => {
    const tag = (await c.post('/tags', { name: 'Doomed', users: [{ id: alice.id }] })).body;
    const res = await c.del(`/tags/${tag.id}`);
    expect(res.status).toBe(200);
    expect(await tagsOf(alice.id)).not.toContain('Doomed');
    expect((await c.get(`/tags/${tag.id}`, v2())).status).toBe(404);
  });

  it('refuses to delete a tag a segment filters on', async () => {
    // The segments file names tag id 1170001: the first tag created here ('VIP').
    const vip = (await c.post('/tags', { name: 'VIP' })).body;
    expect(vip.id).toBe('1170001');
    const res = await c.del(`/tags/${vip.id}`);
    expect(res.status).toBe(400);
    expect(firstError(res)).toMatchObject({
      code: 'tag_has_dependent_objects',
      message: 'Unable to delete Tag with dependent objects. Segments: Tagged VIP.',
    });
  });

  it('answers 404 for an unknown tag', async () => {
    const res = await c.del('/tags/987654');
    expect(res.status).toBe(404);
    expect(firstError(res).code).toBe('not_found');
  });
});
