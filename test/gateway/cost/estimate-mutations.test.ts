/**
 * Mutations against the estimate: each one's reads, writes and payload reads, exactly the upstream
 * calls estimated, counted at the local API. Run in order on one workspace (each changes it).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCostHarness, type CostHarness } from './cost-harness.js';

let h: CostHarness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startCostHarness();
  await h.client.legacyCountsSupported();
  const tags = (await h.client.listTags()).data;
  // Arguments take the global ids the schema's `id` fields return.
  const tagId = tags.find((tag) => tag.name === 'tag_test2')!.id;
  ids['tag'] = encodeGlobalID('Tag', tagId);
  const companies = (await h.client.listCompanies({ page: 1, perPage: 150 })).data;
  ids['company'] = encodeGlobalID('Company', companies[0]!.id);
  ids['companyIntercomId'] = companies[1]!.id;
  const conversations = await h.client.searchConversations({ query: { field: 'tag_ids', operator: '=', value: tagId } });
  ids['conversation'] = encodeGlobalID('Conversation', conversations.conversations[0]!.id);
  // The sizes the estimate works from, as any earlier request would have shown them.
  await h.post('{ tags { name } segments { name } }');
});
afterAll(() => h?.close());

// Emails in mixed case: each is searched as given and in lower case, in the one IN search.
const USERS = '[{ email: "Test.User@Example.com" }, { email: "mal@serenity.example" }, { userId: "1234" }]';
const CONTACT_PAYLOAD = '__typename ... on Error { message } ... on TagUsersPayload { tag { name } contacts { name tags { name } companies { name } } }';

const cases: Array<[string, () => string]> = [
  ['createTag', () => 'mutation { createTag(name: "cost-test") { __typename ... on CreateTagPayload { tag { name contactCount } } } }'],
  ['tagUsers by email and userId, with the tagged contacts', () => `mutation { tagUsers(name: "cost-test", users: ${USERS}) { ${CONTACT_PAYLOAD} } }`],
  [
    'untagUsers, one call per user',
    () => `mutation { untagUsers(name: "cost-test", users: ${USERS}) { __typename ... on UntagUsersPayload { tag { name } contacts { name } } } }`,
  ],
  [
    'tagCompanies by id and by intercomId',
    () =>
      `mutation { tagCompanies(name: "cost-test", companies: [{ id: "${ids['company']}" }, { intercomId: "${ids['companyIntercomId']}" }]) ` +
      '{ __typename ... on TagCompaniesPayload { tag { name } companies { name users(first: 5) { totalCount } } } } }',
  ],
  [
    'addUserToCompany, creating the company',
    () => 'mutation { addUserToCompany(user: { email: "test.user@example.com" }, company: { companyId: "cost-co", name: "Cost Co" }) { __typename ... on AddUserToCompanyPayload { user { name } company { name userCount } } } }',
  ],
  [
    'removeUserFromCompany',
    () => 'mutation { removeUserFromCompany(user: { email: "test.user@example.com" }, company: { companyId: "cost-co" }) { __typename ... on RemoveUserFromCompanyPayload { user { name } } } }',
  ],
  [
    'tagConversation as the first admin, then two more writes in one operation',
    () =>
      `mutation { a: tagConversation(conversationId: "${ids['conversation']}", tagId: "${ids['tag']}") { __typename ... on TagConversationPayload { conversation { title tags { name } contacts { name } } tag { name } } } ` +
      `b: untagConversation(conversationId: "${ids['conversation']}", tagId: "${ids['tag']}") { __typename ... on UntagConversationPayload { conversation { title } } } ` +
      'c: createTag(name: "cost-test-2") { __typename ... on CreateTagPayload { tag { name } } } }',
  ],
];

describe('mutations', () => {
  it.each(cases)('%s: as many calls as estimated', async (_name, query) => {
    const response = await h.post(query());
    expect(response.body.errors).toBeUndefined();
    // Each mutation wrote (its payload), not a domain error of its result union.
    const results = Object.values(response.body.data as Record<string, { __typename: string }>);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.__typename).toMatch(/Payload$/);
    const cost = response.body.extensions!.cost!;
    expect(response.upstreamCalls).toBe(cost.actual);
    expect(response.upstreamCalls).toBeGreaterThan(0);
    // On this workspace every mutation's plan is known exactly.
    expect(response.upstreamCalls).toBe(cost.estimate);
  });
});

/** Arguments the resolvers refuse before any call: the result is the error, and nothing is estimated or sent. */
const refusals: Array<[string, () => string]> = [
  ['renameTag with a Segment\'s id', () => `mutation { renameTag(id: "${encodeGlobalID('Segment', '1')}", name: "x") { __typename ... on RenameTagPayload { tag { name } } } }`],
  ['deleteTag with an Intercom id in `id`', () => 'mutation { deleteTag(id: "1") { __typename } }'],
  [
    'tagLeads by email',
    () => 'mutation { tagLeads(name: "cost-test", leads: [{ email: "test.user@example.com" }]) { __typename ... on TagLeadsPayload { contacts { name } } } }',
  ],
  [
    'tagCompanies with a Tag\'s id as the company',
    () => `mutation { tagCompanies(name: "cost-test", companies: [{ id: "${ids['tag']}" }]) { __typename ... on TagCompaniesPayload { companies { name } } } }`,
  ],
  [
    'untagConversation with the ids swapped',
    () => `mutation { untagConversation(conversationId: "${ids['tag']}", tagId: "${ids['conversation']}") { __typename ... on UntagConversationPayload { conversation { title } } } }`,
  ],
];

describe('mutations refused for their ids', () => {
  it.each(refusals)('%s: an error result, estimate 0, no upstream call', async (_name, query) => {
    const response = await h.post(query());
    expect(response.body.errors).toBeUndefined();
    const results = Object.values(response.body.data as Record<string, { __typename: string }>);
    expect(results.map((result) => result.__typename)).toEqual([expect.stringMatching(/Error$/)]);
    expect(response.upstreamCalls).toBe(0);
    expect(response.body.extensions!.cost).toMatchObject({ estimate: 0, actual: 0 });
  });
});
