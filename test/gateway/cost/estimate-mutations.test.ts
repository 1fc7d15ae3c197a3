/**
 * Mutations against the estimate: each one's reads, writes and payload reads, exactly the upstream
 * calls estimated, counted at the local API. Run in order on one workspace (each changes it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCostHarness, type CostHarness } from './cost-harness.js';

let h: CostHarness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startCostHarness();
  await h.client.legacyCountsSupported();
  const tags = (await h.client.listTags()).data;
  ids['tag'] = tags.find((tag) => tag.name === 'tag_test2')!.id;
  const companies = (await h.client.listCompanies({ page: 1, perPage: 150 })).data;
  ids['company'] = companies[0]!.id;
  const conversations = await h.client.searchConversations({ query: { field: 'tag_ids', operator: '=', value: ids['tag']! } });
  ids['conversation'] = conversations.conversations[0]!.id;
  // The sizes the estimate works from, as any earlier request would have shown them.
  await h.post('{ tags { name } segments { name } }');
});
afterAll(() => h?.close());

const USERS = '[{ email: "test.user@example.com" }, { email: "mal@serenity.example" }, { userId: "1234" }]';
const CONTACT_PAYLOAD = '... on Error { message } ... on MutationTagUsersSuccess { data { tag { name } contacts { name tags { name } companies { name } } } }';

const cases: Array<[string, () => string]> = [
  ['createTag', () => 'mutation { createTag(name: "cost-test") { ... on MutationCreateTagSuccess { data { name contactCount } } } }'],
  ['tagUsers by email and userId, with the tagged contacts', () => `mutation { tagUsers(name: "cost-test", users: ${USERS}) { ${CONTACT_PAYLOAD} } }`],
  [
    'untagUsers, one call per user',
    () => `mutation { untagUsers(name: "cost-test", users: ${USERS}) { ... on MutationUntagUsersSuccess { data { contacts { name } } } } }`,
  ],
  [
    'tagCompanies by id',
    () => `mutation { tagCompanies(name: "cost-test", companies: [{ id: "${ids['company']}" }]) { ... on MutationTagCompaniesSuccess { data { companies { name users(first: 5) { totalCount } } } } } }`,
  ],
  [
    'addUserToCompany, creating the company',
    () => 'mutation { addUserToCompany(user: { email: "test.user@example.com" }, company: { companyId: "cost-co", name: "Cost Co" }) { ... on MutationAddUserToCompanySuccess { data { user { name } company { name userCount } } } } }',
  ],
  [
    'removeUserFromCompany',
    () => 'mutation { removeUserFromCompany(user: { email: "test.user@example.com" }, company: { companyId: "cost-co" }) { ... on MutationRemoveUserFromCompanySuccess { data { user { name } } } } }',
  ],
  [
    'tagConversation as the first admin, then two more writes in one operation',
    () =>
      `mutation { a: tagConversation(conversationId: "${ids['conversation']}", tagId: "${ids['tag']}") { ... on MutationTagConversationSuccess { data { title tags { name } contacts { name } } } } ` +
      `b: untagConversation(conversationId: "${ids['conversation']}", tagId: "${ids['tag']}") { ... on MutationUntagConversationSuccess { data { title } } } ` +
      'c: createTag(name: "cost-test-2") { ... on MutationCreateTagSuccess { data { name } } } }',
  ],
];

describe('mutations', () => {
  it.each(cases)('%s: as many calls as estimated', async (_name, query) => {
    const response = await h.post(query());
    expect(response.body.errors).toBeUndefined();
    const cost = response.body.extensions!.cost!;
    expect(response.upstreamCalls).toBe(cost.actual);
    expect(response.upstreamCalls).toBeGreaterThan(0);
    // On this workspace every mutation's plan is known exactly.
    expect(response.upstreamCalls).toBe(cost.estimate);
  });
});
