/**
 * The segmentation guide (../shared/seed, "Segmentation - Grouping your customers") walked through
 * in GraphQL, step by step, against the local grouping API's demo workspace — which holds the
 * guide's own tags, segments, companies and people. Steps run in order and build on each other.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddUserToCompanyDocument,
  AllCountsDocument,
  CompanyByDocument,
  CompanyListDocument,
  ContactListDocument,
  CreateTagDocument,
  TagLeadsDocument,
  TagsAndSegmentsDocument,
  TagUsersDocument,
  UserListDocument,
} from '../gql/graphql.js';
import { dataOf, startHarness, type Harness } from './gateway-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: 'demo' });
});
afterAll(() => h?.close());

const countsByName = (entries: ReadonlyArray<{ name: string | null; count: number | null }> | null | undefined) =>
  Object.fromEntries((entries ?? []).map((entry) => [entry.name, entry.count]));

describe('the segmentation guide, in GraphQL', () => {
  it('lists the tags and segments with the ids needed to list their members', async () => {
    const { tags, segments } = dataOf(await h.execute(TagsAndSegmentsDocument));
    expect(tags!.map((tag) => [tag.intercomId, tag.name])).toEqual([
      ['1174399', 'multi-id'],
      ['730128', 'tag_test'],
      ['1028594', 'tag_test2'],
      ['1201455', 'tag1'],
      ['1201457', 'tag2'],
      ['1373897', 'value_lead'],
    ]);
    expect(segments!.map((segment) => [segment.intercomId, segment.name])).toEqual([
      ['58135df83917e42135b2ea29', 'Active'],
      ['58135df83917e42135b2ea28', 'New'],
      ['59513180ac9c4dd91ec06530', 'PHILOSOPHERS'],
      ['58135df83917e42135b2ea2a', 'Slipping Away'],
    ]);
  });

  it('counts the users in each tag and segment (counts.userTagCounts / userSegmentCounts)', async () => {
    const { counts } = dataOf(await h.execute(AllCountsDocument));
    expect(countsByName(counts!.userTagCounts)).toEqual({ 'multi-id': 3, tag_test: 1, tag_test2: 0, tag1: 0, tag2: 0, value_lead: 3 });
    expect(countsByName(counts!.userSegmentCounts)).toEqual({ Active: 12, New: 3, PHILOSOPHERS: 3, 'Slipping Away': 4 });
  });

  it('lists the customers (users and leads) in a tag, by its id', async () => {
    const contacts = dataOf(await h.execute(ContactListDocument, { filter: { tagId: tagId(await tagsByName(), 'value_lead') } })).contacts!;
    expect(contacts.totalCount).toBe(3);
    expect(contacts.edges.map((edge) => [edge.node.__typename, edge.node.intercomId]).sort()).toEqual([
      ['Lead', '5a041896db50f992a0d4df1b'],
      ['User', '58a69fae97d20491073d10fc'],
      ['User', '59cbaaa693394ffc43250e67'],
    ]);
  });

  it('lists the users in a segment, by its id', async () => {
    const users = dataOf(await h.execute(UserListDocument, { filter: { segmentId: encodeGlobalID('Segment', '59513180ac9c4dd91ec06530') } })).users!;
    expect(users.totalCount).toBe(3);
  });

  it('creates a tag for potential sales leads', async () => {
    const result = dataOf(await h.execute(CreateTagDocument, { name: 'potential_sales_lead' })).createTag;
    expect(result).toMatchObject({ __typename: 'CreateTagPayload', tag: { name: 'potential_sales_lead' } });
  });

  it('tags a lead by its Intercom id (node tag_user.js value_lead 4b04…)', async () => {
    const result = dataOf(await h.execute(TagLeadsDocument, { name: 'value_lead', leads: [{ intercomId: '4b041896db50f992a0d4df2c' }] })).tagLeads;
    expect(result).toMatchObject({ __typename: 'TagLeadsPayload', tag: { name: 'value_lead' } });
    const { counts } = dataOf(await h.execute(AllCountsDocument));
    expect(countsByName(counts!.userTagCounts)['value_lead']).toBe(4);
  });

  it('tags users by user_id and email and leads by id "in one go" — and refuses a lead by email', async () => {
    const users = dataOf(
      await h.execute(TagUsersDocument, { name: 'potential_sales_lead', users: [{ userId: '199' }, { email: 'dave.moss@hydra2.example' }] }),
    ).tagUsers;
    expect(users).toMatchObject({ __typename: 'TagUsersPayload' });
    const leads = dataOf(await h.execute(TagLeadsDocument, { name: 'potential_sales_lead', leads: [{ intercomId: '5a041896db50f992a0d4df1b' }] })).tagLeads;
    expect(leads).toMatchObject({ __typename: 'TagLeadsPayload' });
    const byEmail = dataOf(await h.execute(TagLeadsDocument, { name: 'potential_sales_lead', leads: [{ email: 'curious.visitor@gmail.com' }] })).tagLeads;
    expect(byEmail).toMatchObject({ __typename: 'LeadRequiresIdError' });
    const tagged = dataOf(await h.execute(ContactListDocument, { filter: { search: { field: 'tagId', operator: 'EQ', value: tagId(await tagsByName(), 'potential_sales_lead') } } })).contacts!;
    expect(tagged.totalCount).toBe(3);
  });

  it('adds a user to a company, creating the company when it does not exist (add_to_company.js)', async () => {
    const existing = dataOf(
      await h.execute(AddUserToCompanyDocument, { user: { intercomId: '5a03e2d33e69b29660557c9f' }, company: { companyId: '1178', name: 'Mitch_and_Murray' } }),
    ).addUserToCompany;
    expect(existing).toMatchObject({ user: { companies: [{ companyId: '1178', name: 'Mitch_and_Murray' }] }, company: { userCount: 3 } });
    const created = dataOf(
      await h.execute(AddUserToCompanyDocument, { user: { intercomId: '5a03e2d33e69b29660557c9f' }, company: { companyId: '2001', name: 'Glengarry Leads' } }),
    ).addUserToCompany;
    expect(created).toMatchObject({ company: { companyId: '2001', name: 'Glengarry Leads', userCount: 1 } });
  });

  it('lists companies — only those with users (empty companies are hidden)', async () => {
    const companies = dataOf(await h.execute(CompanyListDocument, { first: 50 })).companies!;
    expect(companies.totalCount).toBe(8);
    const names = companies.edges.map((edge) => edge.node.name);
    expect(names).toEqual(expect.arrayContaining(['Mitch_and_Murray', 'Hydra2', 'Glengarry Leads']));
    expect(names).not.toContain('ACME');
  });

  it('counts the users of every company — empty companies included (count_companies.js)', async () => {
    const { counts } = dataOf(await h.execute(AllCountsDocument));
    expect(counts!.companyUserCounts).toEqual(
      expect.arrayContaining([
        { name: 'ACME', companyId: '234', count: 0 },
        { name: 'Intercom', companyId: '5', count: 1 },
        { name: 'Test Company', companyId: '9', count: 0 },
        { name: 'Hydra2', companyId: '11', count: 2 },
        { name: 'Mitch_and_Murray', companyId: '1178', count: 3 },
        { name: 'Acme', companyId: '1121', count: 0 },
        { name: 'Glengarry Leads', companyId: '2001', count: 1 },
      ]),
    );
    expect(counts!.companies).toBe(11);
  });

  it("lists a company's users by the company's Intercom id, not its company_id (list_company_users.js)", async () => {
    const company = dataOf(await h.execute(CompanyByDocument, { intercomId: '5a047e7c937c888ae37def04' })).company!;
    expect(company.users!.totalCount).toBe(3);
    expect(company.users!.edges.map((edge) => edge.node.email).sort()).toEqual([
      'bobr@mitchandmurray.com',
      'shelley.levene@mitchandmurray.com',
      'test.user@example.com',
    ]);
  });

  it('lists companies by tag and by segment, and counts them', async () => {
    const tags = await tagsByName();
    const byTag = dataOf(await h.execute(CompanyListDocument, { tagId: tagId(tags, 'tag1') })).companies!;
    expect(byTag.edges.map((edge) => edge.node.name).sort()).toEqual(['Hydra2', 'Serenity']);
    const bySegment = dataOf(await h.execute(CompanyListDocument, { segmentId: encodeGlobalID('Segment', '58135df83917e42135b2ea2a') })).companies!;
    expect(bySegment.edges.map((edge) => edge.node.name).sort()).toEqual(['Hydra2', 'Mitch_and_Murray']);
    const { counts } = dataOf(await h.execute(AllCountsDocument));
    expect(countsByName(counts!.companyTagCounts)).toMatchObject({ tag1: 2, tag2: 1 });
    expect(countsByName(counts!.companySegmentCounts)).toMatchObject({ 'Slipping Away': 2 });
  });
});

/** Tag name → the tag's `id` (global), which lookups and filters take. */
async function tagsByName(): Promise<Map<string, string>> {
  const { tags } = dataOf(await h.execute(TagsAndSegmentsDocument));
  return new Map(tags!.map((tag) => [tag.name, tag.id]));
}

function tagId(tags: Map<string, string>, name: string): string {
  const id = tags.get(name);
  if (!id) throw new Error(`no tag ${name}`);
  return id;
}
