/**
 * Lookups by each kind of key the schema takes — global `id`s, `intercomId`s, `companyId`, emails in
 * another case — against the estimate, counted at the local API: exact once the sizes were seen.
 * And ids the resolvers refuse (a global id of another type, an Intercom id where a global id
 * belongs): BAD_USER_INPUT, estimate 0 and no upstream call.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCostHarness, type CostHarness } from './cost-harness.js';

let h: CostHarness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startCostHarness();
  await h.client.legacyCountsSupported();
  const [tags, segments, companies, contacts] = await Promise.all([
    h.client.listTags(),
    h.client.listSegments({}),
    h.client.listCompanies({ page: 1, perPage: 150 }),
    h.client.searchContacts({ query: { field: 'role', operator: 'IN', value: ['user', 'lead'] }, pagination: { per_page: 150 } }),
  ]);
  const named = companies.data.find((company) => company.name && company.name !== company.name.toLowerCase())!;
  const tag = tags.data.find((candidate) => candidate.name === 'tag_test2')!;
  const user = contacts.data.find((contact) => contact.role === 'user' && contact.email)!;
  const lead = contacts.data.find((contact) => contact.role === 'lead')!;
  Object.assign(ids, {
    tag: tag.id,
    segment: segments.segments[0]!.id,
    company: companies.data[0]!.id,
    companyId: companies.data[0]!.company_id,
    user: user.id,
    email: user.email!,
    lead: lead.id,
    companyName: named.name!,
  });
}, 60_000);
afterAll(() => h?.close());

const found: Array<[string, () => string]> = [
  ['tag by id', () => `{ tag(id: "${encodeGlobalID('Tag', ids['tag']!)}") { name users(first: 5) { totalCount } } }`],
  ['tag by intercomId', () => `{ tag(intercomId: "${ids['tag']}") { name contacts(first: 5) { totalCount } } }`],
  ['segment by id', () => `{ segment(id: "${encodeGlobalID('Segment', ids['segment']!)}") { name count } }`],
  ['user by id', () => `{ user(id: "${encodeGlobalID('User', ids['user']!)}") { name tags { name } companies { name } } }`],
  ['user by intercomId', () => `{ user(intercomId: "${ids['user']}") { name } }`],
  ['user by an email in upper case', () => `{ user(email: "${ids['email']!.toUpperCase()}") { name tags { name } } }`],
  ['contact by a Lead id', () => `{ contact(id: "${encodeGlobalID('Lead', ids['lead']!)}") { __typename } }`],
  ['company by id, intercomId and companyId', () =>
    `{ a: company(id: "${encodeGlobalID('Company', ids['company']!)}") { name } b: company(intercomId: "${ids['company']}") { name } ` +
    `c: company(companyId: "${ids['companyId']}") { name } }`],
  // The exact match misses; the shared /counts company directory names its companyId, read next.
  ['company by its name in lower case', () => `{ company(name: "${ids['companyName']!.toLowerCase()}") { name } }`],
  ['companies by tag id', () => `{ companies(tagId: "${encodeGlobalID('Tag', ids['tag']!)}") { totalCount } }`],
  ['users filtered by tag and segment id', () =>
    `{ users(filter: { tagId: "${encodeGlobalID('Tag', ids['tag']!)}", segmentId: "${encodeGlobalID('Segment', ids['segment']!)}" }) { totalCount } }`],
];

describe('lookups by every kind of key', () => {
  it.each(found)('%s: estimate = upstream calls', async (_name, query) => {
    const first = await h.post(query());
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions!.cost!.estimate).toBeGreaterThanOrEqual(first.upstreamCalls);
    const second = await h.post(query());
    expect(second.body.errors).toBeUndefined();
    expect(Object.values(second.body.data!).every((value) => value !== null)).toBe(true);
    expect(second.upstreamCalls).toBeGreaterThan(0);
    expect(second.body.extensions!.cost).toMatchObject({ estimate: second.upstreamCalls, actual: second.upstreamCalls });
  });
});

const refused: Array<[string, () => string]> = [
  ["tag by a Segment's id", () => `{ tag(id: "${encodeGlobalID('Segment', ids['segment']!)}") { name } }`],
  ['user by an Intercom id in `id`', () => `{ user(id: "${ids['user']}") { name } }`],
  ["lead by a User's id", () => `{ lead(id: "${encodeGlobalID('User', ids['user']!)}") { name } }`],
  ['companies by an Intercom tag id', () => `{ companies(tagId: "${ids['tag']}") { totalCount } }`],
  ['users filtered by an Intercom segment id', () => `{ users(filter: { segmentId: "${ids['segment']}" }) { totalCount } }`],
  ['company by two keys', () => `{ company(intercomId: "${ids['company']}", companyId: "${ids['companyId']}") { name } }`],
];

describe('ids the resolvers refuse', () => {
  it.each(refused)('%s: BAD_USER_INPUT, estimate 0, no upstream call', async (_name, query) => {
    await h.post('{ tags { name } segments { name } }');
    const response = await h.post(query());
    expect(response.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect(response.upstreamCalls).toBe(0);
    expect(response.body.extensions!.cost).toMatchObject({ estimate: 0, actual: 0 });
  });
});
