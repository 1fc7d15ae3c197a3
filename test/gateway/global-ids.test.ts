/**
 * Relay-true ids: the `id` every type returns is what every lookup, filter and mutation argument
 * takes back — over real HTTP against the demo workspace, with ids read from the API itself (never
 * built by the test). A global id of the wrong type, or a string that is no global id, is
 * BAD_USER_INPUT naming the argument, and nothing reaches the upstream (counted at the upstream).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddUserToCompanyDocument,
  CompaniesBySegmentIdDocument,
  CreateTagDocument,
  DeleteTagDocument,
  FiltersByIdDocument,
  IdsOfEveryTypeDocument,
  LookupsByIdDocument,
  NodeLookupDocument,
  RemoveUserFromCompanyDocument,
  RenameTagDocument,
  TagByIdDocument,
  TagCompaniesDocument,
  TagConversationDocument,
  TagLeadsDocument,
  TagUsersDocument,
  UntagCompaniesDocument,
  UntagUsersDocument,
  UpdateContactDocument,
  UsersByTagIdDocument,
  type IdsOfEveryTypeQuery,
} from '../gql/graphql.js';
import { dataOf, startHarness, type GraphQLResponse, type Harness } from './gateway-harness.js';

let h: Harness;
let ids: IdsOfEveryTypeQuery;
beforeAll(async () => {
  h = await startHarness({ seed: 'demo', recordRequests: true });
  ids = dataOf(await h.execute(IdsOfEveryTypeDocument));
});
afterAll(() => h?.close());

const tag = (name: string) => ids.tags!.find((t) => t.name === name)!;
const segment = (name: string) => ids.segments!.find((s) => s.name === name)!;
const company = (name: string) => ids.companies!.edges.find((e) => e.node.name === name)!.node;
const user = (email: string) => ids.users!.edges.find((e) => e.node.email === email)!.node;
const lead = () => ids.leads!.edges[0]!.node;
const conversation = () => ids.taggedConversations!.conversations!.edges[0]!.node;

/** The response failed with BAD_USER_INPUT naming `field`, and the upstream received nothing. */
async function refused(run: () => Promise<GraphQLResponse<unknown>>, field: string) {
  const received = h.api.received!;
  const mark = received.count;
  const response = await run();
  expect(response.errors?.[0]?.extensions, JSON.stringify(response.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(response.errors?.[0]?.message).toContain(`\`${field}\``);
  expect(received.since(mark)).toEqual([]);
  return response;
}

describe('every root lookup takes the id its type returns', () => {
  it('tag, segment, company, user, lead, contact and conversation', async () => {
    const wanted = {
      tag: tag('value_lead').id,
      segment: segment('Active').id,
      company: company('Mitch_and_Murray').id,
      user: user('test.user@example.com').id,
      lead: lead().id,
      contact: lead().id,
      conversation: conversation().id,
    };
    const found = dataOf(await h.execute(LookupsByIdDocument, wanted));
    expect(found.tag).toEqual({ id: wanted.tag, name: 'value_lead' });
    expect(found.segment).toEqual({ id: wanted.segment, name: 'Active' });
    expect(found.company).toEqual({ id: wanted.company, name: 'Mitch_and_Murray' });
    expect(found.user).toEqual({ id: wanted.user, email: 'test.user@example.com' });
    expect(found.lead).toEqual({ id: wanted.lead, intercomId: lead().intercomId });
    expect(found.contact).toEqual({ __typename: 'Lead', id: wanted.contact });
    expect(found.conversation?.id).toBe(wanted.conversation);
  });
});

describe('every filter takes the id its type returns', () => {
  it('tagId and segmentId of users, leads, contacts and companies, and the search fields tagId, segmentId and id', async () => {
    const valueLead = tag('value_lead').id;
    const active = segment('Active').id;
    const two = [user('test.user@example.com').id, lead().id];
    const result = dataOf(
      await h.execute(FiltersByIdDocument, {
        tag: valueLead,
        segment: active,
        tagValue: valueLead,
        segmentValue: active,
        contactIds: two,
      }),
    );
    expect(result.usersByTag!.totalCount).toBe(2);
    expect(result.leadsByTag!.totalCount).toBe(1);
    expect(result.contactsByTag!.totalCount).toBe(3);
    expect(result.usersBySegment!.totalCount).toBe(12);
    expect(result.contactsBySegment!.totalCount).toBe(12);
    expect(result.companiesBySegment!.totalCount).toBe(6);
    expect(result.searchByTag!.totalCount).toBe(3);
    expect(result.searchBySegment!.totalCount).toBe(12);
    expect(result.searchById!.edges.map((edge) => edge.node.id).sort()).toEqual([...two].sort());
    const tag1 = dataOf(await h.execute(FiltersByIdDocument, { tag: tag('tag1').id, segment: active, tagValue: tag('tag1').id, segmentValue: active, contactIds: two }));
    expect(tag1.companiesByTag!.totalCount).toBe(2);
  });
});

describe('every mutation argument takes the id its type returns', () => {
  it('tag and untag users, leads and companies by id, remove a user from a company by ids', async () => {
    const users = dataOf(await h.execute(TagUsersDocument, { name: 'by-global-id', users: [{ id: user('mal@serenity.example').id }] })).tagUsers;
    expect(users).toMatchObject({ __typename: 'TagUsersPayload', contacts: [{ id: user('mal@serenity.example').id }] });
    const leads = dataOf(await h.execute(TagLeadsDocument, { name: 'by-global-id', leads: [{ id: lead().id }] })).tagLeads;
    expect(leads).toMatchObject({ __typename: 'TagLeadsPayload', contacts: [{ id: lead().id }] });
    const companies = dataOf(await h.execute(TagCompaniesDocument, { name: 'by-global-id', companies: [{ id: company('Hydra2').id }] })).tagCompanies;
    expect(companies).toMatchObject({ __typename: 'TagCompaniesPayload', companies: [{ id: company('Hydra2').id }] });
    const removed = dataOf(
      await h.execute(RemoveUserFromCompanyDocument, { user: { id: user('test.user@example.com').id }, company: { id: company('Mitch_and_Murray').id } }),
    ).removeUserFromCompany;
    expect(removed).toMatchObject({ __typename: 'RemoveUserFromCompanyPayload', user: { companies: [] } });
    const added = dataOf(
      await h.execute(AddUserToCompanyDocument, { user: { id: user('test.user@example.com').id }, company: { companyId: '1178' } }),
    ).addUserToCompany;
    expect(added).toMatchObject({ __typename: 'AddUserToCompanyPayload', user: { companies: [{ companyId: '1178' }] } });
    const untagged = dataOf(await h.execute(UntagUsersDocument, { name: 'by-global-id', users: [{ id: user('mal@serenity.example').id }] })).untagUsers;
    expect(untagged).toMatchObject({ __typename: 'UntagUsersPayload', contacts: [{ tags: expect.not.arrayContaining([{ name: 'by-global-id' }]) }] });
    const untaggedCompanies = dataOf(
      await h.execute(UntagCompaniesDocument, { name: 'by-global-id', companies: [{ id: company('Hydra2').id }] }),
    ).untagCompanies;
    expect(untaggedCompanies).toMatchObject({ __typename: 'UntagCompaniesPayload', companies: [{ id: company('Hydra2').id }] });
  });

  it('tag a conversation, update a contact, rename and delete a tag by id', async () => {
    const tagged = dataOf(await h.execute(TagConversationDocument, { conversationId: conversation().id, tagId: tag('tag1').id })).tagConversation;
    expect(tagged).toMatchObject({ __typename: 'TagConversationPayload', tag: { name: 'tag1' } });
    const updated = dataOf(await h.execute(UpdateContactDocument, { id: lead().id, input: { name: 'Renamed Lead' } })).updateContact;
    expect(updated).toMatchObject({ __typename: 'UpdateContactPayload', contact: { id: lead().id, name: 'Renamed Lead' } });
    const created = dataOf(await h.execute(CreateTagDocument, { name: 'short-lived' })).createTag;
    if (created?.__typename !== 'CreateTagPayload') throw new Error(JSON.stringify(created));
    const renamed = dataOf(await h.execute(RenameTagDocument, { id: created.tag.id, name: 'shorter-lived' })).renameTag;
    expect(renamed).toMatchObject({ __typename: 'RenameTagPayload', tag: { id: created.tag.id, name: 'shorter-lived' } });
    const deleted = dataOf(await h.execute(DeleteTagDocument, { id: created.tag.id })).deleteTag;
    expect(deleted).toMatchObject({ __typename: 'DeleteTagPayload', deletedTagId: created.tag.id });
    expect(dataOf(await h.execute(TagByIdDocument, { id: created.tag.id })).tag).toBeNull();
  });
});

describe('an id of the wrong type, or no global id, is refused before any upstream call', () => {
  it('in root lookups, naming the argument', async () => {
    const wrong = {
      tag: segment('Active').id,
      segment: tag('tag1').id,
      company: user('test.user@example.com').id,
      user: lead().id,
      lead: user('test.user@example.com').id,
      contact: company('Hydra2').id,
      conversation: tag('tag1').id,
    };
    const response = await h.execute(LookupsByIdDocument, wrong);
    // Each lookup fails on its own; every error names `id` at that lookup's path.
    expect(response.errors?.map((error) => [error.path?.[0], error.extensions?.['code'], error.extensions?.['field']]).sort()).toEqual(
      Object.keys(wrong).sort().map((name) => [name, 'BAD_USER_INPUT', 'id']),
    );
    expect(response.errors?.find((error) => error.path?.[0] === 'tag')?.message).toMatch(/id of a Segment; pass the `id` of a Tag/);
    await refused(() => h.execute(TagByIdDocument, { id: '1373897' }), 'id');
    await refused(() => h.execute(TagByIdDocument, { id: 'not an id' }), 'id');
    // node(id:) checks its ids the same way.
    await refused(() => h.execute(NodeLookupDocument, { id: 'garbage' }), 'id');
    await refused(() => h.execute(NodeLookupDocument, { id: Buffer.from('Nope:1').toString('base64') }), 'id');
  });

  it('in filters and mutation arguments', async () => {
    await refused(() => h.execute(UsersByTagIdDocument, { tagId: segment('Active').id }), 'filter.tagId');
    await refused(() => h.execute(UsersByTagIdDocument, { tagId: '1373897' }), 'filter.tagId');
    await refused(() => h.execute(CompaniesBySegmentIdDocument, { segmentId: tag('tag1').id }), 'segmentId');
    const mark = h.api.received!.count;
    const renamed = dataOf(await h.execute(RenameTagDocument, { id: segment('Active').id, name: 'x' })).renameTag;
    expect(renamed).toMatchObject({ __typename: 'BadInputError', field: 'id' });
    const tagged = dataOf(await h.execute(TagUsersDocument, { name: 'x', users: [{ id: company('Hydra2').id }] })).tagUsers;
    expect(tagged).toMatchObject({ __typename: 'BadInputError', field: 'users[0].id' });
    const conv = dataOf(await h.execute(TagConversationDocument, { conversationId: tag('tag1').id, tagId: tag('tag1').id })).tagConversation;
    expect(conv).toMatchObject({ __typename: 'BadInputError', field: 'conversationId' });
    expect(h.api.received!.since(mark)).toEqual([]);
  });
});
