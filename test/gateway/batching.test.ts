/**
 * The exact upstream calls of each reference query (bench/queries), counted where they arrive (the
 * local API's record of received requests), at two data sizes: the demo workspace, and the same workspace with many more users
 * in its tags, segments and companies. Same calls at both sizes = the call count does not grow with
 * the rows. Where the API has no multi-key endpoint the cost per parent is named in the expectation.
 */
import { print } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { createRequestContext } from '../../src/schema/context.js';
import { CallScope } from '../../src/intercom/client.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  CompanyDirectoryDocument,
  NodesLookupDocument,
  SegmentOverviewDocument,
  TagExplorerDocument,
  UserDetailDocument,
} from '../gql/graphql.js';
import { dataOf, startHarness, type Harness } from './gateway-harness.js';

const MITCH_AND_MURRAY = '5a047e7c937c888ae37def04';
const EXTRA_USERS = 40;

/** `GET /companies/5a04…/contacts?per_page=5` → `GET /companies/:id/contacts`, then counted per endpoint. */
function summary(calls: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const call of calls) {
    const [method, target] = call.split(' ') as [string, string];
    const [path, query = ''] = target.split('?') as [string, string?];
    const shape = path.replace(/\/(?:[0-9a-f]{24}|\d+)(?=\/|$)/g, '/:id');
    // /counts calls differ by their query only; keep it, it says which count was asked.
    const key = `${method} ${shape}${shape === '/counts' && query ? `?${query}` : ''}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** Adds users to multi-id, Mitch_and_Murray and (by being seen now) the Active segment. */
async function addUsers(h: Harness, count: number): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const contact = await h.setup.createContact({
      role: 'user',
      external_id: `bulk-${n}`,
      email: `bulk.${n}@mitchandmurray.com`,
      name: `Bulk User ${n}`,
      signed_up_at: now - 86_400 * 400,
      last_seen_at: now,
    });
    await h.setup.attachContactToCompany(contact.id, MITCH_AND_MURRAY);
    ids.push(contact.id);
  }
  for (let start = 0; start < ids.length; start += 50) {
    await h.setup.tagRequest({ name: 'multi-id', users: ids.slice(start, start + 50).map((id) => ({ id })) });
  }
}

const sizes = [
  { label: 'demo workspace', extra: 0 },
  { label: `demo workspace + ${EXTRA_USERS} users`, extra: EXTRA_USERS },
];

describe.each(sizes)('reference queries on the $label', ({ extra }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ seed: 'demo' });
    if (extra > 0) await addUsers(h, extra);
    // Whether /counts is served is probed once per upstream, not per request: do it before counting.
    await h.client.legacyCountsSupported();
  });
  afterAll(() => h?.close());

  it('tag explorer: 14 calls — 1 tag list, 2 counts, 1 search per tag (6 tags), 1 segment list + 1 search per segment (4)', async () => {
    const { result, calls } = await h.counted(TagExplorerDocument, { usersPerTag: 50 });
    const tags = dataOf(result).tags!;
    expect(tags.find((tag) => tag.name === 'multi-id')!.users!.edges).toHaveLength(3 + extra);
    expect(summary(calls)).toEqual({
      'GET /tags': 1,
      'GET /counts?type=user&count=tag': 1,
      'GET /counts?type=company&count=tag': 1,
      'POST /contacts/search': 6 + 4,
      'GET /segments': 1,
    });
    expect(calls).toHaveLength(14);
  });

  it('company directory: 9 calls — 1 company page, 1 member page per company (7, no multi-key endpoint), 1 tag list', async () => {
    const { result, calls } = await h.counted(CompanyDirectoryDocument, { first: 15, usersPerCompany: 50 });
    const companies = dataOf(result).companies!;
    expect(companies.edges).toHaveLength(7);
    const mitch = companies.edges.find((edge) => edge.node.companyId === '1178')!.node;
    expect(mitch.users!.edges).toHaveLength(3 + extra);
    expect(summary(calls)).toEqual({
      'POST /companies/list': 1,
      'GET /companies/:id/contacts': 7,
      'GET /tags': 1,
    });
    expect(calls).toHaveLength(9);
  });

  it('segment overview: 11 calls — 1 segment list, 1 count, per segment 1 user search and 1 company page (4 segments), 1 tag list', async () => {
    const { result, calls } = await h.counted(SegmentOverviewDocument, { first: 100 });
    const active = dataOf(result).segments!.find((segment) => segment.name === 'Active')!;
    expect(active.users!.edges).toHaveLength(12 + extra);
    expect(summary(calls)).toEqual({
      'GET /segments': 1,
      'GET /counts?type=company&count=segment': 1,
      'POST /contacts/search': 4,
      'GET /companies': 4,
      'GET /tags': 1,
    });
    expect(calls).toHaveLength(11);
  });

  it('user detail: 7 calls — 1 search, 1 tag list, 1 count, 1 segment list + the user\'s segments, per company 1 read and 1 member page', async () => {
    const { result, calls } = await h.counted(UserDetailDocument, { email: 'test.user@example.com', colleagues: 50 });
    const user = dataOf(result).user!;
    expect(user.companies!.map((company) => company.companyId)).toEqual(['1178']);
    expect(user.companies![0]!.users!.edges).toHaveLength(3 + extra);
    expect(summary(calls)).toEqual({
      'POST /contacts/search': 1,
      'GET /tags': 1,
      'GET /counts?type=user&count=tag': 1,
      'GET /segments': 1,
      'GET /contacts/:id/segments': 1,
      'GET /companies/:id': 1,
      'GET /companies/:id/contacts': 1,
    });
    expect(calls).toHaveLength(7);
  });
});

describe('per-request loaders', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ seed: 'demo' });
    await h.client.legacyCountsSupported();
  });
  afterAll(() => h?.close());

  it('make identical calls once per request, and again in the next request (nothing shared)', async () => {
    const first = await h.counted(CompanyDirectoryDocument, { first: 15, usersPerCompany: 5 });
    const second = await h.counted(CompanyDirectoryDocument, { first: 15, usersPerCompany: 5 });
    expect(second.calls).toHaveLength(first.calls.length);
    expect(new Set(first.calls).size).toBe(first.calls.length);
  });

  it('read a page of contacts by id in one search, however many there are', async () => {
    const { result, calls } = await h.counted(TagExplorerDocument, { usersPerTag: 50 });
    const ids = new Set(dataOf(result).tags!.flatMap((tag) => tag.users!.edges.map((edge) => edge.node.id)));
    expect(ids.size).toBeGreaterThan(4);
    // One search per tag and one per segment: never one per user.
    expect(calls.filter((call) => call.startsWith('GET /contacts/'))).toEqual([]);
  });

  it('can be switched off (the benchmark\'s naive baseline): same answer, many more calls', async () => {
    const naive = createYoga({ schema, context: () => createRequestContext(h.client, { batch: false, cache: false }, new CallScope()), logging: false });
    const start = h.api.received.count;
    const response = await naive.fetch('http://naive/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(TagExplorerDocument), variables: { usersPerTag: 50 } }),
    });
    const naiveData = ((await response.json()) as { data: unknown }).data;
    const naiveCalls = h.api.received.count - start;
    const batched = await h.counted(TagExplorerDocument, { usersPerTag: 50 });
    expect(naiveData).toEqual(dataOf(batched.result));
    expect(naiveCalls).toBeGreaterThan(2 * batched.calls.length);
  });

  it('read 160 contacts by id in two searches: `IN` takes at most 150 ids (the largest page)', async () => {
    const created = await Promise.all(
      Array.from({ length: 160 }, (_, n) => h.setup.createContact({ role: 'user', external_id: `chunk-${n}`, email: `chunk.${n}@example.com` })),
    );
    const ids = created.map((contact) => encodeGlobalID('User', contact.id));
    const { result, calls } = await h.counted(NodesLookupDocument, { ids });
    expect(dataOf(result).nodes.filter((node) => node?.__typename === 'User')).toHaveLength(160);
    expect(calls).toEqual(['POST /contacts/search', 'POST /contacts/search']);
  });
});
