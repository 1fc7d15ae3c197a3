/**
 * Every mutation, over real HTTP against a fresh demo workspace per test: the typed result on
 * success, the domain error (as data, in the result union) on a mistake the caller can fix, and
 * the data read afterwards — in the same request — reflecting the write.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AddUserToCompanyDocument,
  CompanyByDocument,
  CompanyListDocument,
  ConversationByIdDocument,
  CreateLeadDocument,
  CreateOrUpdateCompanyDocument,
  CreateTagDocument,
  CreateUserDocument,
  DeleteTagDocument,
  RemoveUserFromCompanyDocument,
  RenameTagDocument,
  TagByDocument,
  TagCompaniesDocument,
  TagConversationDocument,
  TagLeadsDocument,
  TagThenReadAgainDocument,
  TagUsersDocument,
  UntagCompaniesDocument,
  UntagConversationDocument,
  UntagLeadsDocument,
  UntagUsersDocument,
  UpdateContactDocument,
  UserByDocument,
} from '../gql/graphql.js';
import { dataOf, startHarness, type Harness } from './gateway-harness.js';

const TEST_USER = '5a03e2d33e69b29660557c9f';
const RICKY_ROMA = '59cbaaa693394ffc43250e67'; // user_id 199
const VALUE_LEAD = '5a041896db50f992a0d4df1b';
const GUIDE_LEAD = '4b041896db50f992a0d4df2c'; // the lead the guide tags with value_lead
const MITCH_AND_MURRAY = '5a047e7c937c888ae37def04';
const CONVERSATION = '000500000000000000000001';

/** A mutation's payload (the `<Name>Payload` member of its result union); a readable failure for an error or null. */
function payload<R extends { __typename: string } | null | undefined>(result: R): Extract<NonNullable<R>, { __typename: `${string}Payload` }> {
  if (!result || !result.__typename.endsWith('Payload')) throw new Error(`expected a payload, got ${JSON.stringify(result)}`);
  return result as Extract<NonNullable<R>, { __typename: `${string}Payload` }>;
}

const userId = (intercomId: string) => encodeGlobalID('User', intercomId);
const leadId = (intercomId: string) => encodeGlobalID('Lead', intercomId);
const companyId = (intercomId: string) => encodeGlobalID('Company', intercomId);
const tagId = (intercomId: string) => encodeGlobalID('Tag', intercomId);
const conversationId = (intercomId: string) => encodeGlobalID('Conversation', intercomId);

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ seed: 'demo' });
});
afterEach(() => h?.close());

describe('tags', () => {
  it('creates a tag, and answers the same tag for the same name in another case', async () => {
    const created = dataOf(await h.execute(CreateTagDocument, { name: 'Independent' })).createTag;
    expect(created).toMatchObject({ __typename: 'CreateTagPayload', tag: { name: 'Independent' } });
    const again = dataOf(await h.execute(CreateTagDocument, { name: 'independent' })).createTag;
    expect(payload(again).tag.intercomId).toBe(payload(created).tag.intercomId);
    expect(payload(created).tag.id).toBe(tagId(payload(created).tag.intercomId));
  });

  it('refuses an empty tag name as BadInputError naming the field', async () => {
    const result = dataOf(await h.execute(CreateTagDocument, { name: '  ' })).createTag;
    expect(result).toMatchObject({ __typename: 'BadInputError', field: 'name' });
  });

  it('renames a tag, and says NotFoundError for a tag that does not exist', async () => {
    const renamed = dataOf(await h.execute(RenameTagDocument, { id: tagId('1201455'), name: 'tag-one' })).renameTag;
    expect(renamed).toMatchObject({ __typename: 'RenameTagPayload', tag: { intercomId: '1201455', name: 'tag-one' } });
    expect(dataOf(await h.execute(TagByDocument, { name: 'tag-one' })).tag?.intercomId).toBe('1201455');
    const missing = dataOf(await h.execute(RenameTagDocument, { id: tagId('999999'), name: 'x' })).renameTag;
    expect(missing?.__typename).toBe('NotFoundError');
  });

  it('deletes a tag, and says NotFoundError the second time', async () => {
    const deleted = dataOf(await h.execute(DeleteTagDocument, { id: tagId('1201457') })).deleteTag;
    expect(deleted).toMatchObject({ __typename: 'DeleteTagPayload', deletedTagId: tagId('1201457'), intercomId: '1201457' });
    expect(dataOf(await h.execute(TagByDocument, { id: tagId('1201457') })).tag).toBeNull();
    expect(dataOf(await h.execute(DeleteTagDocument, { id: tagId('1201457') })).deleteTag?.__typename).toBe('NotFoundError');
  });

  it('tags users by id, userId and email in one call, creating the tag', async () => {
    const result = dataOf(
      await h.execute(TagUsersDocument, {
        name: 'feature-request',
        users: [{ id: userId(TEST_USER) }, { userId: '199' }, { email: 'mal@serenity.example' }],
      }),
    ).tagUsers;
    const data = payload(result);
    expect(data.tag!.name).toBe('feature-request');
    expect(data.contacts!.map((c) => c.email).sort()).toEqual([
      'mal@serenity.example',
      'ricky.roma@hydra2.example',
      'test.user@example.com',
    ]);
    expect(data.contacts!.every((c) => c.tags!.some((tag) => tag.name === 'feature-request'))).toBe(true);
  });

  it('names the user it cannot find, and tags nobody then', async () => {
    const result = dataOf(
      await h.execute(TagUsersDocument, { name: 'never-applied', users: [{ id: userId(TEST_USER) }, { email: 'nobody@nowhere.example' }] }),
    ).tagUsers;
    expect(result).toMatchObject({ __typename: 'NotFoundError', field: 'users[1].email' });
    expect(dataOf(await h.execute(TagByDocument, { name: 'never-applied' })).tag).toBeNull();
  });

  it('untags users', async () => {
    const result = dataOf(await h.execute(UntagUsersDocument, { name: 'multi-id', users: [{ userId: '0' }] })).untagUsers;
    expect(payload(result).contacts![0]!.tags).toEqual([]);
    expect(dataOf(await h.execute(TagByDocument, { name: 'multi-id' })).tag!.contactCount).toBe(2);
  });

  it('tags and untags leads by Intercom id', async () => {
    const tagged = dataOf(await h.execute(TagLeadsDocument, { name: 'value_lead', leads: [{ id: leadId(GUIDE_LEAD) }] })).tagLeads;
    expect(tagged).toMatchObject({ __typename: 'TagLeadsPayload', contacts: [{ __typename: 'Lead', intercomId: GUIDE_LEAD }] });
    expect(dataOf(await h.execute(TagByDocument, { name: 'value_lead' })).tag!.leads!.totalCount).toBe(2);
    const untagged = dataOf(await h.execute(UntagLeadsDocument, { name: 'value_lead', leads: [{ intercomId: VALUE_LEAD }] })).untagLeads;
    expect(untagged?.__typename).toBe('UntagLeadsPayload');
    expect(dataOf(await h.execute(TagByDocument, { name: 'value_lead' })).tag!.leads!.edges.map((e) => e.node.intercomId)).toEqual([GUIDE_LEAD]);
  });

  it('refuses to tag a lead by email or userId, saying leads take ids only', async () => {
    const result = dataOf(await h.execute(TagLeadsDocument, { name: 'value_lead', leads: [{ email: 'curious.visitor@gmail.com' }] })).tagLeads;
    expect(result).toMatchObject({ __typename: 'LeadRequiresIdError', field: 'leads[0].email' });
    expect(result?.__typename === 'LeadRequiresIdError' && result.message).toMatch(/intercomId/);
    // A user's Intercom id names no lead; a user's global id is refused for its type.
    const user = dataOf(await h.execute(TagLeadsDocument, { name: 'value_lead', leads: [{ intercomId: TEST_USER }] })).tagLeads;
    expect(user).toMatchObject({ __typename: 'NotFoundError', field: 'leads[0].intercomId' });
    const userGlobal = dataOf(await h.execute(TagLeadsDocument, { name: 'value_lead', leads: [{ id: userId(TEST_USER) }] })).tagLeads;
    expect(userGlobal).toMatchObject({ __typename: 'BadInputError', field: 'leads[0].id' });
  });

  it('tags and untags companies by Intercom id and by companyId', async () => {
    const tagged = dataOf(
      await h.execute(TagCompaniesDocument, { name: 'vip', companies: [{ id: companyId(MITCH_AND_MURRAY) }, { companyId: '234' }] }),
    ).tagCompanies;
    expect(payload(tagged).companies!.map((c) => [c.companyId, c.tags!.map((t) => t.name).sort()])).toEqual([
      ['1178', ['vip']],
      ['234', ['tag2', 'vip']],
    ]);
    const untagged = dataOf(await h.execute(UntagCompaniesDocument, { name: 'vip', companies: [{ companyId: '1178' }] })).untagCompanies;
    expect(untagged).toMatchObject({ companies: [{ companyId: '1178', tags: [] }] });
    const missing = dataOf(await h.execute(TagCompaniesDocument, { name: 'vip', companies: [{ companyId: 'nope' }] })).tagCompanies;
    expect(missing).toMatchObject({ __typename: 'NotFoundError', field: 'companies[0].companyId' });
  });

  it('tags and untags a conversation', async () => {
    const ids = { conversationId: conversationId(CONVERSATION), tagId: tagId('1373897') };
    const tagged = dataOf(await h.execute(TagConversationDocument, ids)).tagConversation;
    expect(payload(tagged).tag!.name).toBe('value_lead');
    expect(payload(tagged).conversation!.tags.map((t) => t.name)).toContain('value_lead');
    const untagged = dataOf(await h.execute(UntagConversationDocument, ids)).untagConversation;
    expect(payload(untagged).conversation!.tags.map((t) => t.name)).not.toContain('value_lead');
    const conversation = dataOf(await h.execute(ConversationByIdDocument, { id: conversationId(CONVERSATION) })).conversation;
    expect(conversation!.tags.map((t) => t.name)).not.toContain('value_lead');
    const missing = dataOf(await h.execute(TagConversationDocument, { ...ids, conversationId: conversationId('nope') })).tagConversation;
    expect(missing?.__typename).toBe('NotFoundError');
  });

  it('serves nothing stale within the request that wrote', async () => {
    const result = dataOf(await h.execute(TagThenReadAgainDocument, { name: 'fresh-tag', email: 'test.user@example.com' }));
    expect(result.before).toMatchObject({ tag: { contactCount: 0, users: { totalCount: 0 } } });
    expect(result.after).toMatchObject({
      tag: { contactCount: 1, users: { totalCount: 1, edges: [{ node: { email: 'test.user@example.com' } }] } },
    });
    const after = payload(result.after).tag;
    expect(after!.users!.edges[0]!.node.tags!.map((tag) => tag.name)).toContain('fresh-tag');
  });
});

describe('companies', () => {
  it('adds a user to an existing company', async () => {
    const result = dataOf(
      await h.execute(AddUserToCompanyDocument, { user: { userId: '199' }, company: { companyId: '1178' } }),
    ).addUserToCompany;
    expect(result).toMatchObject({
      __typename: 'AddUserToCompanyPayload',
      company: { companyId: '1178', userCount: 4 },
    });
    expect(payload(result).user!.companies!.map((c) => c.companyId).sort()).toEqual(['11', '1178']);
  });

  it('creates the company when it is missing, as the API does, and lists it afterwards', async () => {
    const result = dataOf(
      await h.execute(AddUserToCompanyDocument, { user: { email: 'test.user@example.com' }, company: { companyId: '4242', name: 'Glengarry' } }),
    ).addUserToCompany;
    expect(result).toMatchObject({ company: { companyId: '4242', name: 'Glengarry', userCount: 1 } });
    const companies = dataOf(await h.execute(CompanyListDocument, { first: 50 })).companies!;
    expect(companies.edges.map((e) => e.node.name)).toContain('Glengarry');
  });

  it('removes a user from a company', async () => {
    const result = dataOf(
      await h.execute(RemoveUserFromCompanyDocument, { user: { id: userId(RICKY_ROMA) }, company: { intercomId: '59945bb33791c186d0f93fbb' } }),
    ).removeUserFromCompany;
    expect(result).toMatchObject({ user: { companies: [] }, company: { companyId: '11', userCount: 1 } });
    const missing = dataOf(
      await h.execute(RemoveUserFromCompanyDocument, { user: { intercomId: RICKY_ROMA }, company: { companyId: 'nope' } }),
    ).removeUserFromCompany;
    expect(missing).toMatchObject({ __typename: 'NotFoundError', field: 'company.companyId' });
  });

  it('creates a company and updates it by companyId', async () => {
    const created = dataOf(
      await h.execute(CreateOrUpdateCompanyDocument, {
        input: { companyId: 'c-1', name: 'Premier Properties', plan: 'pro', size: 12, website: 'https://premier.example', industry: 'Real estate', monthlySpend: 250, customAttributes: {} },
      }),
    ).createOrUpdateCompany;
    expect(created).toMatchObject({
      company: { companyId: 'c-1', name: 'Premier Properties', plan: 'pro', size: 12, industry: 'Real estate', monthlySpend: 250, userCount: 0 },
    });
    const updated = dataOf(await h.execute(CreateOrUpdateCompanyDocument, { input: { companyId: 'c-1', plan: 'enterprise' } })).createOrUpdateCompany;
    expect(updated).toMatchObject({ company: { companyId: 'c-1', name: 'Premier Properties', plan: 'enterprise' } });
    expect(dataOf(await h.execute(CompanyByDocument, { companyId: 'c-1' })).company!.plan).toBe('enterprise');
    const blank = dataOf(await h.execute(CreateOrUpdateCompanyDocument, { input: { companyId: ' ' } })).createOrUpdateCompany;
    expect(blank).toMatchObject({ __typename: 'BadInputError', field: 'input.companyId' });
  });
});

describe('contacts', () => {
  it('creates a user findable by its userId and email right away', async () => {
    const created = dataOf(
      await h.execute(CreateUserDocument, {
        input: { userId: 'u-77', email: 'new.user@example.com', name: 'New User', phone: '+353 1 555 0100', signedUpAt: '2024-05-03T10:00:00.000Z' },
      }),
    ).createUser;
    expect(created).toMatchObject({ user: { userId: 'u-77', email: 'new.user@example.com', name: 'New User', signedUpAt: '2024-05-03T10:00:00.000Z' } });
    expect(dataOf(await h.execute(UserByDocument, { userId: 'u-77' })).user!.email).toBe('new.user@example.com');
  });

  it('refuses a user with neither userId nor email, and a duplicate userId', async () => {
    expect(dataOf(await h.execute(CreateUserDocument, { input: { name: 'Nobody' } })).createUser).toMatchObject({
      __typename: 'BadInputError',
      field: 'input.userId',
    });
    expect(dataOf(await h.execute(CreateUserDocument, { input: { userId: '0' } })).createUser?.__typename).toBe('BadInputError');
  });

  it('creates a lead', async () => {
    const created = dataOf(await h.execute(CreateLeadDocument, { input: { email: 'visitor@example.com' } })).createLead;
    expect(created).toMatchObject({ __typename: 'CreateLeadPayload', lead: { role: 'LEAD', email: 'visitor@example.com' } });
  });

  it('updates a contact, and says NotFoundError for an unknown id', async () => {
    const updated = dataOf(
      await h.execute(UpdateContactDocument, { id: userId(TEST_USER), input: { name: 'Tested User', phone: '+1 555 0100' } }),
    ).updateContact;
    expect(updated).toMatchObject({ contact: { __typename: 'User', name: 'Tested User', phone: '+1 555 0100' } });
    expect(dataOf(await h.execute(UserByDocument, { id: userId(TEST_USER) })).user!.name).toBe('Tested User');
    const missing = dataOf(await h.execute(UpdateContactDocument, { id: userId('000000000000000000000000'), input: { name: 'x' } })).updateContact;
    expect(missing?.__typename).toBe('NotFoundError');
    const empty = dataOf(await h.execute(UpdateContactDocument, { id: userId(TEST_USER), input: {} })).updateContact;
    expect(empty).toMatchObject({ __typename: 'BadInputError', field: 'input' });
  });
});
