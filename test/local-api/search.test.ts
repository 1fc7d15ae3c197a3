import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { createContact } from '../../src/local-api/store/contacts.js';
import { tagContact } from '../../src/local-api/store/tags.js';
import { upsertSegment } from '../../src/local-api/store/segments.js';
import { apiClient, type ApiClient } from './contract/http.js';
import { addTag } from './contract/fixtures.js';

/** 2023-11-14 00:00:00 UTC: dates in search match by calendar day. */
const DAY0 = 1_699_920_000;
const DAY = 86_400;

let api: LocalApi;
let http: ApiClient;
let vipTagId: string;
let acmeSegmentId: string;
let activeLeadsSegmentId: string;

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'none' });
  http = apiClient(api, '2.11');
  const db = api.db;
  const alice = createContact(db, {
    role: 'user', external_id: 'alice', email: 'alice@acme.com', name: 'Alice Smith', session_count: 5,
    last_seen_at: DAY0 + 10 * 3600, location_country: 'France',
    custom_attributes: { plan: 'pro', seats: 10, trial: false, renewal_at: DAY0 + 2 * DAY + 5 },
  }, DAY0 + 3600);
  createContact(db, {
    role: 'user', external_id: 'bob', email: 'bob@acme.com', name: 'Bob Jones', session_count: 0,
    unsubscribed_from_emails: true, location_country: 'Germany', custom_attributes: { plan: 'free', seats: 1, trial: true },
  }, DAY0 + DAY + 100);
  const carol = createContact(db, {
    role: 'lead', external_id: 'carol', email: 'carol@other.org', name: 'Carol 100%_done', session_count: 12,
    last_seen_at: DAY0 - 5,
  }, DAY0 - DAY + 5);
  createContact(db, { role: 'user', external_id: 'dave', session_count: 3 }, DAY0 + 2 * DAY);

  const vip = addTag(db, 'vip');
  vipTagId = vip.id;
  tagContact(db, vip.seq, alice.seq, DAY0);
  tagContact(db, vip.seq, carol.seq, DAY0);
  acmeSegmentId = upsertSegment(db, { name: 'Acme users', person_type: 'user', query: { field: 'email_domain', operator: '=', value: 'acme.com' } }, DAY0).segment.id;
  activeLeadsSegmentId = upsertSegment(db, { name: 'Active leads', person_type: 'contact', query: { field: 'session_count', operator: '>', value: 0 } }, DAY0).segment.id;
});
afterAll(() => api.close());

/** The external ids a search returns, sorted (order is tested separately). */
async function found(query: unknown): Promise<string[]> {
  const reply = await http.post('/contacts/search', { query });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expect(reply.body.total_count).toBe(reply.body.data.length);
  return reply.body.data.map((c: { external_id: string }) => c.external_id).sort();
}

/** The first error of a search that must fail with 400. */
async function refused(query: unknown): Promise<{ code: string; message: string }> {
  const reply = await http.post('/contacts/search', { query });
  expect(reply.status, JSON.stringify(reply.body)).toBe(400);
  return reply.body.errors[0];
}

const f = (field: string, operator: string, value: unknown) => ({ field, operator, value });

describe('string fields', () => {
  it.each([
    [f('email', '=', 'alice@acme.com'), ['alice']],
    // "Doesn't equal / contain" includes contacts without a value (dave has no email).
    [f('email', '!=', 'alice@acme.com'), ['bob', 'carol', 'dave']],
    [f('email', 'IN', ['alice@acme.com', 'bob@acme.com']), ['alice', 'bob']],
    [f('email', 'NIN', ['alice@acme.com']), ['bob', 'carol', 'dave']],
    [f('email', '~', 'acme'), ['alice', 'bob']],
    [f('email', '!~', 'acme'), ['carol', 'dave']],
    [f('name', '^', 'Al'), ['alice']],
    [f('email', '$', '.org'), ['carol']],
    [f('email_domain', '=', 'acme.com'), ['alice', 'bob']],
    [f('location.country', '=', 'France'), ['alice']],
    [f('role', '=', 'lead'), ['carol']],
    [f('external_id', 'IN', ['dave', 'nobody']), ['dave']],
  ])('%j matches %j', async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });

  it('matches %, _ and quotes literally, never as SQL', async () => {
    expect(await found(f('name', '~', '100%'))).toEqual(['carol']);
    expect(await found(f('name', '~', '%'))).toEqual(['carol']);
    expect(await found(f('name', '~', '_'))).toEqual(['carol']);
    expect(await found(f('email', '=', "x' OR '1'='1"))).toEqual([]);
  });

  it.each(['>', '<', '>=', '<='])('refuses %s on a string field, naming field and operator', async (op) => {
    const error = await refused(f('email', op, 'a'));
    expect(error.code).toBe('parameter_invalid');
    expect(error.message).toContain(`'${op}'`);
    expect(error.message).toContain("'email'");
  });
});

describe('integer fields', () => {
  it.each([
    [f('session_count', '=', 5), ['alice']],
    [f('session_count', '!=', 5), ['bob', 'carol', 'dave']],
    [f('session_count', 'IN', [0, 12]), ['bob', 'carol']],
    [f('session_count', 'NIN', [0, 12]), ['alice', 'dave']],
    [f('session_count', '>', 3), ['alice', 'carol']],
    [f('session_count', '<', 3), ['bob']],
    [f('session_count', '>=', 3), ['alice', 'carol', 'dave']],
    [f('session_count', '<=', 3), ['bob', 'dave']],
  ])('%j matches %j', async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });

  it.each(['~', '!~', '^', '$'])('refuses %s on an integer field', async (op) => {
    expect((await refused(f('session_count', op, 1))).message).toMatch(/integer field 'session_count'/);
  });

  it('refuses a value of the wrong type, naming the field', async () => {
    const error = await refused(f('session_count', '=', 'many'));
    expect(error.message).toContain("'session_count'");
    expect(error.message).toContain('integer');
  });
});

describe('boolean fields', () => {
  it.each([
    [f('unsubscribed_from_emails', '=', true), ['bob']],
    [f('unsubscribed_from_emails', '!=', true), ['alice', 'carol', 'dave']],
    [f('unsubscribed_from_emails', 'IN', [true]), ['bob']],
    [f('unsubscribed_from_emails', 'NIN', [true]), ['alice', 'carol', 'dave']],
    [f('has_hard_bounced', '=', false), ['alice', 'bob', 'carol', 'dave']],
  ])('%j matches %j', async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });

  it.each(['>', '<', '~', '^'])('refuses %s on a boolean field', async (op) => {
    expect((await refused(f('marked_email_as_spam', op, true))).message).toMatch(/boolean field 'marked_email_as_spam'/);
  });

  it('refuses a non-boolean value', async () => {
    expect((await refused(f('has_hard_bounced', '=', 'yes'))).message).toContain("'has_hard_bounced'");
  });
});

describe('date fields (matched by UTC calendar day)', () => {
  it('= matches the whole day of the value', async () => {
    expect(await found(f('created_at', '=', DAY0 + 50_000))).toEqual(['alice']);
    // Intercom's own examples send timestamps as strings.
    expect(await found(f('created_at', '=', String(DAY0)))).toEqual(['alice']);
  });

  it('> starts at the next day, not at the instant given', async () => {
    // alice was created at DAY0 + 3600, after the instant, but on the same day: not matched.
    expect(await found(f('created_at', '>', DAY0 + 60))).toEqual(['bob', 'dave']);
  });

  it('< matches before the start of the day', async () => {
    expect(await found(f('created_at', '<', DAY0 + 80_000))).toEqual(['carol']);
  });

  it('finds contacts with no value with = null', async () => {
    expect(await found(f('last_seen_at', '=', null))).toEqual(['bob', 'dave']);
  });

  it.each(['!=', '>=', '<=', 'IN', 'NIN', '~'])('refuses %s on a date field', async (op) => {
    const error = await refused(f('last_seen_at', op, op === 'IN' || op === 'NIN' ? [DAY0] : DAY0));
    expect(error.message).toContain(`'${op}'`);
    expect(error.message).toMatch(/date field 'last_seen_at'/);
  });

  it('refuses a non-timestamp value', async () => {
    expect((await refused(f('created_at', '>', 'yesterday'))).message).toContain("'created_at'");
  });
});

describe('custom attributes (type inferred from the value)', () => {
  it.each([
    [f('custom_attributes.plan', '=', 'pro'), ['alice']],
    [f('custom_attributes.plan', '!=', 'pro'), ['bob', 'carol', 'dave']],
    [f('custom_attributes.plan', '^', 'fr'), ['bob']],
    [f('custom_attributes.seats', '>', 5), ['alice']],
    [f('custom_attributes.seats', 'IN', [1, 10]), ['alice', 'bob']],
    [f('custom_attributes.trial', '=', true), ['bob']],
    // Attributes named *_at hold dates: matched by day like the standard timestamps.
    [f('custom_attributes.renewal_at', '=', DAY0 + 2 * DAY), ['alice']],
    [f('custom_attributes.missing', '=', null), ['alice', 'bob', 'carol', 'dave']],
  ])('%j matches %j', async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });

  it('applies the date rules to *_at attributes', async () => {
    expect((await refused(f('custom_attributes.renewal_at', '>=', DAY0))).message).toContain('date field');
  });

  it('refuses attribute names that could break out of the JSON path', async () => {
    expect((await refused(f('custom_attributes.a"b', '=', 'x'))).message).toContain('custom_attributes.a"b');
  });
});

describe('tag_id and segment_id', () => {
  it('tag_id = and != select by tag; other operators are refused', async () => {
    expect(await found(f('tag_id', '=', vipTagId))).toEqual(['alice', 'carol']);
    expect(await found(f('tag_id', '!=', vipTagId))).toEqual(['bob', 'dave']);
    expect(await found(f('tag_id', '=', Number(vipTagId)))).toEqual(['alice', 'carol']);
    expect(await found(f('tag_id', '=', '424242'))).toEqual([]);
    for (const op of ['IN', 'NIN', '~', '>']) {
      expect((await refused(f('tag_id', op, op === 'IN' || op === 'NIN' ? [vipTagId] : vipTagId))).message).toContain("'tag_id'");
    }
  });

  it("segment_id matches the segment's own query and person type", async () => {
    expect(await found(f('segment_id', '=', acmeSegmentId))).toEqual(['alice', 'bob']);
    expect(await found(f('segment_id', '!=', acmeSegmentId))).toEqual(['carol', 'dave']);
    // A contact segment holds leads only: dave (a user) has sessions but is not in it.
    expect(await found(f('segment_id', '=', activeLeadsSegmentId))).toEqual(['carol']);
    expect(await found(f('segment_id', '=', 'no-such-segment'))).toEqual([]);
  });

  it('refuses a segment that refers to itself through segment_id', async () => {
    const a = upsertSegment(api.db, { name: 'Loop A', person_type: 'user', query: f('role', '=', 'user') }, DAY0).segment;
    const b = upsertSegment(api.db, { name: 'Loop B', person_type: 'user', query: f('segment_id', '=', a.id) }, DAY0).segment;
    // Close the loop behind the compiler's back, as a hand-edited store could.
    api.db.prepare('UPDATE segments SET query = ? WHERE id = ?').run(JSON.stringify(f('segment_id', '=', b.id)), a.id);
    expect((await refused(f('segment_id', '=', a.id))).message).toMatch(/refers to itself/);
  });
});

describe('groups and limits', () => {
  it('nests AND / OR groups two deep', async () => {
    const query = { operator: 'AND', value: [f('role', '=', 'user'), { operator: 'OR', value: [f('email', '~', 'acme'), f('session_count', '>', 2)] }] };
    expect(await found(query)).toEqual(['alice', 'bob', 'dave']);
    expect(await found({ operator: 'OR', value: [f('external_id', '=', 'carol'), f('external_id', '=', 'dave')] })).toEqual(['carol', 'dave']);
  });

  it('refuses a third level of nesting, quoting the limit', async () => {
    const query = { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [f('role', '=', 'user')] }] }] };
    const error = await refused(query);
    expect(error.code).toBe('parameter_invalid');
    expect(error.message).toContain('max 2 nested filters');
  });

  it('allows 15 filters in a group and refuses 16, quoting the limit', async () => {
    const filters = (n: number) => Array.from({ length: n }, (_, i) => f('email', '!=', `nobody${i}@example.com`));
    expect(await found({ operator: 'AND', value: filters(15) })).toEqual(['alice', 'bob', 'carol', 'dave']);
    const error = await refused({ operator: 'OR', value: filters(16) });
    expect(error.message).toContain('max 15 filters for each AND or OR group');
  });

  it('names an unknown field or operator', async () => {
    expect((await refused(f('favourite_colour', '=', 'blue'))).message).toContain("'favourite_colour'");
    expect((await refused(f('email', 'LIKE', 'a'))).message).toContain('"LIKE"');
    expect((await refused({ operator: 'XOR', value: [f('role', '=', 'user')] })).message).toMatch(/AND or OR/);
    expect((await refused({ operator: 'AND', value: [] })).message).toMatch(/at least one/);
    expect((await refused({ field: 'email', operator: '=' })).message).toMatch(/value/);
  });

  it('requires a query', async () => {
    const reply = await http.post('/contacts/search', { pagination: { per_page: 5 } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ code: 'parameter_not_found', field: 'query' });
  });
});

describe('sort and pagination', () => {
  const everyone = f('session_count', '>=', 0);
  const names = (reply: { body: { data: { external_id: string }[] } }) => reply.body.data.map((c) => c.external_id);

  it('sorts by created_at descending by default', async () => {
    expect(names(await http.post('/contacts/search', { query: everyone }))).toEqual(['dave', 'bob', 'alice', 'carol']);
  });

  it('sorts by a field either way, contacts without a value last', async () => {
    const asc = await http.post('/contacts/search', { query: everyone, sort: { field: 'name', order: 'ascending' } });
    expect(names(asc)).toEqual(['alice', 'bob', 'carol', 'dave']);
    const desc = await http.post('/contacts/search', { query: everyone, sort: { field: 'name', order: 'descending' } });
    expect(names(desc)).toEqual(['carol', 'bob', 'alice', 'dave']);
  });

  it('refuses an unknown order with invalid_sort_order, and an unsortable field', async () => {
    const order = await http.post('/contacts/search', { query: everyone, sort: { field: 'name', order: 'desc' } });
    expect(order.status).toBe(400);
    expect(order.body.errors[0]).toEqual({
      code: 'invalid_sort_order',
      message: "Invalid sort order 'desc'. Must be one of: ascending, descending",
    });
    const field = await http.post('/contacts/search', { query: everyone, sort: { field: 'tag_id' } });
    expect(field.status).toBe(400);
    expect(field.body.errors[0].field).toBe('sort.field');
  });

  it('pages with starting_after through a nullable sort field without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 1; page <= 5; page++) {
      const reply = await http.post('/contacts/search', {
        query: everyone,
        sort: { field: 'last_seen_at', order: 'ascending' },
        pagination: { per_page: 1, starting_after: cursor },
      });
      expect(reply.body.pages).toMatchObject({ type: 'pages', page, per_page: 1, total_pages: 4 });
      expect(reply.body.total_count).toBe(4);
      seen.push(...names(reply));
      cursor = reply.body.pages.next?.starting_after;
      if (!cursor) break;
      expect(reply.body.pages.next.page).toBe(page + 1);
    }
    // carol (seen earliest), alice, then the two never seen in seq order.
    expect(seen).toEqual(['carol', 'alice', 'bob', 'dave']);
  });

  it('defaults to 50 per page and refuses more than 150', async () => {
    expect((await http.post('/contacts/search', { query: everyone })).body.pages.per_page).toBe(50);
    const reply = await http.post('/contacts/search', { query: everyone, pagination: { per_page: 151 } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('pagination.per_page');
  });

  it('refuses a cursor from a differently sorted search', async () => {
    const first = await http.post('/contacts/search', { query: everyone, pagination: { per_page: 1 } });
    const reply = await http.post('/contacts/search', {
      query: everyone,
      sort: { field: 'name', order: 'ascending' },
      pagination: { per_page: 1, starting_after: first.body.pages.next.starting_after },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('starting_after');
  });
});
