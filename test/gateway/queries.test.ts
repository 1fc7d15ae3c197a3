/**
 * Every root query and membership field of the schema, over real HTTP against the local grouping
 * API seeded with the demo workspace (the guide's tags, segments and companies).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AllCountsDocument,
  CompanyByDocument,
  CompanyListDocument,
  CompanyWithOversizedPageDocument,
  ContactByIdDocument,
  ContactListDocument,
  ConversationByIdDocument,
  LeadByIdDocument,
  LeadListDocument,
  NodeLookupDocument,
  NodesLookupDocument,
  SegmentByIdDocument,
  TagByDocument,
  TagsAndSegmentsDocument,
  TagsBesideBadSearchDocument,
  UserByDocument,
  UserListDocument,
} from '../gql/graphql.js';
import { dataOf, startHarness, type Harness } from './gateway-harness.js';

// Ids from the guide, kept by the demo seed.
const TEST_USER = '5a03e2d33e69b29660557c9f'; // user_id 0, Mitch_and_Murray
const VALUE_LEAD = '5a041896db50f992a0d4df1b'; // a lead tagged value_lead
const MITCH_AND_MURRAY = '5a047e7c937c888ae37def04';
const VALUE_LEAD_TAG = '1373897';
const ACTIVE_SEGMENT = '58135df83917e42135b2ea29';
const PHILOSOPHERS = '59513180ac9c4dd91ec06530';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: 'demo' });
});
afterAll(() => h?.close());

describe('node and nodes', () => {
  it('resolves the global id of every node type', async () => {
    const { tags, segments } = dataOf(await h.execute(TagsAndSegmentsDocument));
    const conversation = dataOf(await h.execute(ConversationByIdDocument, { intercomId: '000500000000000000000001' })).conversation!;
    const cases: Array<[string, string]> = [
      [encodeGlobalID('User', TEST_USER), 'User'],
      [encodeGlobalID('Lead', VALUE_LEAD), 'Lead'],
      [tags![0]!.id, 'Tag'],
      [segments![0]!.id, 'Segment'],
      [encodeGlobalID('Company', MITCH_AND_MURRAY), 'Company'],
      [conversation.id, 'Conversation'],
    ];
    for (const [id, typename] of cases) {
      const node = dataOf(await h.execute(NodeLookupDocument, { id })).node;
      expect(node, typename).toMatchObject({ __typename: typename, id });
    }
  });

  it('loads many nodes in one request and answers null for ids that do not exist', async () => {
    const ids = [encodeGlobalID('User', TEST_USER), encodeGlobalID('User', VALUE_LEAD), encodeGlobalID('Company', MITCH_AND_MURRAY)];
    const { nodes } = dataOf(await h.execute(NodesLookupDocument, { ids }));
    // VALUE_LEAD is a lead: it is no User, so the User id of it finds nothing.
    expect(nodes.map((node) => node?.__typename ?? null)).toEqual(['User', null, 'Company']);
  });
});

describe('single lookups', () => {
  it('finds a user by Intercom id, by userId and by email, with every field a profile shows', async () => {
    const byId = dataOf(await h.execute(UserByDocument, { id: encodeGlobalID('User', TEST_USER) })).user;
    const byIntercomId = dataOf(await h.execute(UserByDocument, { intercomId: TEST_USER })).user;
    const byUserId = dataOf(await h.execute(UserByDocument, { userId: '0' })).user;
    const byEmail = dataOf(await h.execute(UserByDocument, { email: 'TEST.USER@example.com' })).user;
    expect(byId).toMatchObject({ intercomId: TEST_USER, role: 'USER', userId: '0', email: 'test.user@example.com' });
    expect(byIntercomId).toEqual(byId);
    expect(byUserId).toEqual(byId);
    expect(byEmail).toEqual(byId);
    expect(byId!.id).toBe(encodeGlobalID('User', TEST_USER));
    expect(new Date(byId!.createdAt!).getTime()).toBeGreaterThan(0);
    expect(byId!.tags!.map((tag) => tag.name)).toEqual(['multi-id']);
    expect(byId!.companies).toEqual([{ companyId: '1178', name: 'Mitch_and_Murray' }]);
    expect(byId!.segments!.map((segment) => segment.name)).toEqual(['Active']);
  });

  it('answers null for a user that does not exist, and for a lead asked for as a user', async () => {
    expect(dataOf(await h.execute(UserByDocument, { email: 'nobody@nowhere.example' })).user).toBeNull();
    expect(dataOf(await h.execute(UserByDocument, { intercomId: VALUE_LEAD })).user).toBeNull();
  });

  it('refuses a user lookup that names no key or two keys', async () => {
    const response = await h.execute(UserByDocument, { intercomId: TEST_USER, email: 'test.user@example.com' });
    expect(response.data?.user).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0]?.message).toMatch(/exactly one of `id`, `intercomId`, `userId`, `email`/);
  });

  it('finds a lead by id, and any contact by id as a User or a Lead', async () => {
    const lead = dataOf(await h.execute(LeadByIdDocument, { id: encodeGlobalID('Lead', VALUE_LEAD) })).lead;
    expect(lead).toMatchObject({ intercomId: VALUE_LEAD, role: 'LEAD', tags: [{ name: 'value_lead' }] });
    expect(dataOf(await h.execute(LeadByIdDocument, { intercomId: TEST_USER })).lead).toBeNull();
    expect(dataOf(await h.execute(ContactByIdDocument, { intercomId: VALUE_LEAD })).contact).toMatchObject({ __typename: 'Lead' });
    expect(dataOf(await h.execute(ContactByIdDocument, { id: encodeGlobalID('User', TEST_USER) })).contact).toMatchObject({
      __typename: 'User',
    });
  });

  it('finds a company by Intercom id, companyId and name, with its members, tags and segments', async () => {
    const byId = dataOf(await h.execute(CompanyByDocument, { id: encodeGlobalID('Company', MITCH_AND_MURRAY) })).company;
    expect(dataOf(await h.execute(CompanyByDocument, { intercomId: MITCH_AND_MURRAY })).company).toEqual(byId);
    expect(dataOf(await h.execute(CompanyByDocument, { companyId: '1178' })).company).toEqual(byId);
    expect(dataOf(await h.execute(CompanyByDocument, { name: 'Mitch_and_Murray' })).company).toEqual(byId);
    expect(dataOf(await h.execute(CompanyByDocument, { name: 'MITCH_AND_MURRAY' })).company).toEqual(byId);
    expect(byId).toMatchObject({ intercomId: MITCH_AND_MURRAY, companyId: '1178', name: 'Mitch_and_Murray', userCount: 3 });
    expect(byId!.users!.totalCount).toBe(3);
    expect(byId!.users!.edges.map((edge) => edge.node.email).sort()).toEqual([
      'bobr@mitchandmurray.com',
      'shelley.levene@mitchandmurray.com',
      'test.user@example.com',
    ]);
    expect(byId!.segments!.map((segment) => segment.name).sort()).toEqual(['Active', 'Slipping Away']);
    expect(byId!.segments!.every((segment) => (segment.count ?? 0) > 0)).toBe(true);
    expect(dataOf(await h.execute(CompanyByDocument, { companyId: 'no-such-company' })).company).toBeNull();
  });

  it('finds a tag by id or by name (case-insensitively) with every membership and count', async () => {
    const byName = dataOf(await h.execute(TagByDocument, { name: 'VALUE_LEAD' })).tag;
    expect(dataOf(await h.execute(TagByDocument, { id: encodeGlobalID('Tag', VALUE_LEAD_TAG) })).tag).toEqual(byName);
    expect(dataOf(await h.execute(TagByDocument, { intercomId: VALUE_LEAD_TAG })).tag).toEqual(byName);
    expect(byName).toMatchObject({ intercomId: VALUE_LEAD_TAG, name: 'value_lead', contactCount: 3, companyCount: 0 });
    expect(byName!.users!.totalCount).toBe(2);
    expect(byName!.leads!.edges.map((edge) => edge.node.intercomId)).toEqual([VALUE_LEAD]);
    expect(byName!.contacts!.totalCount).toBe(3);
    expect(byName!.conversations!.edges.map((edge) => edge.node.title)).toEqual(['Question about billing']);

    const tag1 = dataOf(await h.execute(TagByDocument, { name: 'tag1' })).tag;
    expect(tag1!.companyCount).toBe(2);
    expect(tag1!.companies!.edges.map((edge) => edge.node.name).sort()).toEqual(['Hydra2', 'Serenity']);
  });

  it('finds a segment with its size, its users and leads, and its companies', async () => {
    const segment = dataOf(await h.execute(SegmentByIdDocument, { id: encodeGlobalID('Segment', PHILOSOPHERS) })).segment;
    expect(segment).toMatchObject({ name: 'PHILOSOPHERS', personType: 'user', count: 3, companyCount: 0 });
    expect(segment!.users!.totalCount).toBe(3);
    expect(segment!.users!.edges.map((edge) => edge.node.email).sort()).toEqual([
      'hannah.arendt@newschool.example',
      'simone@lesmandarins.example',
      'soren@copenhagen.example',
    ]);
    const active = dataOf(await h.execute(SegmentByIdDocument, { intercomId: ACTIVE_SEGMENT })).segment;
    expect(active!.count).toBe(12);
    expect(active!.companies!.totalCount).toBe(active!.companyCount);
    expect(dataOf(await h.execute(SegmentByIdDocument, { intercomId: 'no-such-segment' })).segment).toBeNull();
  });

  it('finds a conversation with its tags and the people in it', async () => {
    const conversation = dataOf(await h.execute(ConversationByIdDocument, { intercomId: '000500000000000000000002' })).conversation;
    expect(conversation).toMatchObject({ title: 'Question about billing', state: 'closed', open: false });
    expect(conversation!.tags!.map((tag) => tag.name).sort()).toEqual(['tag_test2', 'value_lead']);
    expect(conversation!.contacts).toEqual([{ __typename: 'User', email: 'ricky.roma@hydra2.example' }]);
  });
});

describe('lists', () => {
  it('pages through users with first/after until the end, every user once', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const users = dataOf(await h.execute(UserListDocument, { first: 7, after })).users!;
      total = users.totalCount!;
      seen.push(...users.edges.map((edge) => edge.node.intercomId!));
      expect(users.pageInfo.hasPreviousPage).toBe(page > 0);
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(total).toBe(20);
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
  });

  it('resumes after any edge cursor, not only the last one', async () => {
    const all = dataOf(await h.execute(UserListDocument, { first: 10 })).users!;
    const resumed = dataOf(await h.execute(UserListDocument, { first: 3, after: all.edges[4]!.cursor })).users!;
    expect(resumed.edges.map((edge) => edge.node.intercomId)).toEqual(all.edges.slice(5, 8).map((edge) => edge.node.intercomId));
  });

  it('rejects a cursor it did not issue and a page larger than the upstream allows', async () => {
    const bad = await h.execute(UserListDocument, { first: 5, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const huge = await h.execute(UserListDocument, { first: 151 });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('filters users by tag, segment, email and a 2.x search expression', async () => {
    const byTag = dataOf(await h.execute(UserListDocument, { filter: { tagId: encodeGlobalID('Tag', VALUE_LEAD_TAG) } })).users!;
    expect(byTag.edges.map((edge) => edge.node.email).sort()).toEqual(['dave.moss@hydra2.example', 'ricky.roma@hydra2.example']);
    const bySegment = dataOf(await h.execute(UserListDocument, { filter: { segmentId: encodeGlobalID('Segment', PHILOSOPHERS) } })).users!;
    expect(bySegment.totalCount).toBe(3);
    const byEmail = dataOf(await h.execute(UserListDocument, { filter: { email: 'mal@serenity.example' } })).users!;
    expect(byEmail.edges.map((edge) => edge.node.intercomId)).toEqual(['000100000000000000000006']);
    const bySearch = dataOf(
      await h.execute(UserListDocument, {
        filter: {
          search: {
            or: [
              { field: 'email', operator: 'ENDS_WITH', value: '@mitchandmurray.com' },
              { field: 'userId', operator: 'IN', value: ['1234', '199'] },
            ],
          },
        },
      }),
    ).users!;
    expect(bySearch.totalCount).toBe(4);
    const combined = dataOf(
      await h.execute(UserListDocument, {
        filter: { tagId: encodeGlobalID('Tag', VALUE_LEAD_TAG), search: { field: 'email', operator: 'STARTS_WITH', value: 'dave' } },
      }),
    ).users!;
    expect(combined.edges.map((edge) => edge.node.email)).toEqual(['dave.moss@hydra2.example']);
  });

  it('keeps a search nested two levels deep within the upstream\'s nesting limit, though it adds the role', async () => {
    const users = dataOf(
      await h.execute(UserListDocument, {
        filter: {
          search: {
            and: [
              { or: [{ field: 'email', operator: 'CONTAINS', value: 'hydra' }, { field: 'email', operator: 'CONTAINS', value: 'serenity' }] },
              { field: 'name', operator: 'NE', value: 'Dave Moss' },
            ],
          },
        },
      }),
    ).users!;
    expect(users.edges.map((edge) => edge.node.email).sort()).toEqual([
      'mal@serenity.example',
      'maria.hill@hydra5.example',
      'ricky.roma@hydra2.example',
      'ulysses.klaue@hydra.example',
    ]);
  });

  it("searches by the schema's field names: role as ContactRole names it, dates as ISO strings, custom attributes by name", async () => {
    const leads = dataOf(await h.execute(ContactListDocument, { filter: { search: { field: 'role', operator: 'EQ', value: 'LEAD' } } })).contacts!;
    expect(leads.totalCount).toBe(5);
    const philosophers = dataOf(
      await h.execute(UserListDocument, { filter: { search: { customAttribute: 'job_title', operator: 'EQ', value: 'Philosopher' } } }),
    ).users!;
    expect(philosophers.totalCount).toBe(3);
    const since = dataOf(
      await h.execute(UserListDocument, { filter: { search: { field: 'createdAt', operator: 'GT', value: '1970-01-02T00:00:00Z' } } }),
    ).users!;
    expect(since.totalCount).toBe(20);
    const badDate = await h.execute(UserListDocument, { filter: { search: { field: 'createdAt', operator: 'GT', value: 'yesterday' } } });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search.value' });
    const badAttribute = await h.execute(UserListDocument, { filter: { search: { customAttribute: 'a.b', operator: 'EQ', value: 1 } } });
    expect(badAttribute.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search.customAttribute' });
  });

  it('lists leads and contacts (users and leads) with the same filters', async () => {
    expect(dataOf(await h.execute(LeadListDocument)).leads!.totalCount).toBe(5);
    const tagged = dataOf(await h.execute(ContactListDocument, { filter: { tagId: encodeGlobalID('Tag', VALUE_LEAD_TAG) } })).contacts!;
    expect(tagged.totalCount).toBe(3);
    expect(tagged.edges.map((edge) => edge.node.__typename).sort()).toEqual(['Lead', 'User', 'User']);
    expect(dataOf(await h.execute(ContactListDocument)).contacts!.totalCount).toBe(25);
  });

  it('explains a malformed search expression before asking the upstream', async () => {
    const response = await h.execute(UserListDocument, { filter: { search: { field: 'email', and: [] } } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('lists companies with users (empty ones hidden), by tag and by segment, page by page', async () => {
    const all = dataOf(await h.execute(CompanyListDocument, { first: 50 })).companies!;
    expect(all.totalCount).toBe(7);
    expect(all.edges.map((edge) => edge.node.name)).not.toContain('ACME');
    const first = dataOf(await h.execute(CompanyListDocument, { first: 3 })).companies!;
    const second = dataOf(await h.execute(CompanyListDocument, { first: 3, after: first.pageInfo.endCursor })).companies!;
    expect([...first.edges, ...second.edges].map((edge) => edge.node.companyId)).toEqual(
      all.edges.slice(0, 6).map((edge) => edge.node.companyId),
    );
    const offset = dataOf(await h.execute(CompanyListDocument, { first: 2, after: all.edges[2]!.cursor })).companies!;
    expect(offset.edges.map((edge) => edge.node.companyId)).toEqual(all.edges.slice(3, 5).map((edge) => edge.node.companyId));

    const tags = dataOf(await h.execute(TagsAndSegmentsDocument)).tags!;
    const tag1 = tags.find((tag) => tag.name === 'tag1')!;
    const byTag = dataOf(await h.execute(CompanyListDocument, { tagId: tag1.id })).companies!;
    expect(byTag.edges.map((edge) => edge.node.name).sort()).toEqual(['Hydra2', 'Serenity']);
    const bySegment = dataOf(await h.execute(CompanyListDocument, { segmentId: encodeGlobalID('Segment', ACTIVE_SEGMENT) })).companies!;
    expect(bySegment.totalCount).toBe(6);
  });

  it('lists every tag and segment', async () => {
    const { tags, segments } = dataOf(await h.execute(TagsAndSegmentsDocument));
    expect(tags!.map((tag) => tag.name)).toEqual(['multi-id', 'tag_test', 'tag_test2', 'tag1', 'tag2', 'value_lead']);
    expect(segments!.map((segment) => [segment.name, segment.count])).toEqual([
      ['Active', 12],
      ['New', 3],
      ['PHILOSOPHERS', 3],
      ['Slipping Away', 4],
    ]);
  });
});

describe('counts', () => {
  it('answers every count of the guide, companies without users included', async () => {
    const { counts } = dataOf(await h.execute(AllCountsDocument));
    expect(counts).toMatchObject({ users: 20, leads: 5, companies: 10, tags: 6, segments: 4 });
    expect(Object.fromEntries(counts!.userTagCounts!.map((entry) => [entry.name, entry.count]))).toEqual({
      'multi-id': 3,
      tag_test: 1,
      tag_test2: 0,
      tag1: 0,
      tag2: 0,
      value_lead: 3,
    });
    expect(counts!.userTagCounts!.find((entry) => entry.name === 'value_lead')!.tag!.intercomId).toBe(VALUE_LEAD_TAG);
    expect(counts!.userSegmentCounts!.find((entry) => entry.name === 'Active')).toMatchObject({
      count: 12,
      segment: { intercomId: ACTIVE_SEGMENT },
    });
    expect(Object.fromEntries(counts!.companyTagCounts!.map((entry) => [entry.name, entry.count]))).toMatchObject({ tag1: 2, tag2: 1 });
    expect(Object.fromEntries(counts!.companySegmentCounts!.map((entry) => [entry.name, entry.count]))).toMatchObject({
      Active: 6,
      'Slipping Away': 2,
    });
    expect(counts!.companyUserCounts).toHaveLength(10);
    expect(counts!.companyUserCounts).toContainEqual({ name: 'ACME', companyId: '234', count: 0 });
    expect(counts!.companyUserCounts).toContainEqual({ name: 'Mitch_and_Murray', companyId: '1178', count: 3 });
  });

  it('gives the same per-tag and per-segment counts from the 2.x sources when /counts is not served', async () => {
    const withoutCounts = await startHarness({ seed: 'demo' });
    try {
      // The decision is the client's, made once per upstream: pretend this upstream said no.
      withoutCounts.client.legacyCountsSupported = async () => false;
      const { result, calls } = await withoutCounts.counted(AllCountsDocument);
      const { counts } = dataOf(result);
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.some((call) => call.startsWith('GET /counts'))).toBe(false);
      expect(counts).toMatchObject({ users: 20, leads: 5, tags: 6, segments: 4 });
      expect(Object.fromEntries(counts!.userTagCounts!.map((entry) => [entry.name, entry.count]))).toMatchObject({
        'multi-id': 3,
        value_lead: 3,
      });
      expect(Object.fromEntries(counts!.userSegmentCounts!.map((entry) => [entry.name, entry.count]))).toMatchObject({ Active: 12 });
      expect(Object.fromEntries(counts!.companyTagCounts!.map((entry) => [entry.name, entry.count]))).toMatchObject({ tag1: 2 });
      // 2.x lists only companies with users: the empty ones are the documented difference.
      expect(counts!.companyUserCounts!.map((entry) => entry.name)).not.toContain('ACME');
      expect(counts!.companyUserCounts).toContainEqual({ name: 'Mitch_and_Murray', companyId: '1178', count: 3 });
    } finally {
      await withoutCounts.close();
    }
  });
});

describe('partial data', () => {
  it('keeps the rest of the answer when a nested field fails, with the failure coded', async () => {
    const response = await h.execute(CompanyWithOversizedPageDocument, { companyId: '1178' });
    expect(response.data?.company).toEqual({ name: 'Mitch_and_Murray', userCount: 3, users: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['company', 'users'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('keeps sibling fields when the upstream rejects one of them', async () => {
    const response = await h.execute(TagsBesideBadSearchDocument, { operator: 'CONTAINS' });
    expect(response.data?.tags).toHaveLength(6);
    expect(response.data?.users).toBeNull();
    expect(response.errors![0]).toMatchObject({ path: ['users'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors![0]!.message).toMatch(/created_at/);
  });
});
