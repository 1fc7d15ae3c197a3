/**
 * Two gateway replicas on one local API and one real redis-server: responses, companies and the tag
 * list read through one are served to the other from Redis, and a write through replica A is not served stale by replica B's
 * response cache, tag list cache or company cache 100 ms later (the shared generation for what is
 * in Redis, pub/sub for what each process keeps: its copy of the tag list, its local responses). Upstream calls are counted at the
 * upstream (`api.received`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { startTestRedis, type TestRedis } from './redis-server.js';
import { companiesOf, companyGets, post } from './company-cache-harness.js';

const EXPLORER = readFileSync(new URL('../../bench/queries/tag-explorer-companies.graphql', import.meta.url), 'utf8');
// The same data through another document: the response cache cannot answer it, the list and company caches can.
const EXPLORER_AGAIN = EXPLORER.replace('query TagExplorerCompanies', 'query TagExplorerCompaniesAgain');
const TAGS = 'query Tags { tags { name } }';
const TAGS_AGAIN = 'query TagsAgain { tags { name intercomId } }';
const CREATE_TAG = 'mutation CreateTag($name: String!) { createTag(name: $name) { __typename } }';
const RENAME = `mutation Rename($input: CompanyInput!) {
  createOrUpdateCompany(input: $input) { __typename }
}`;

let redis: TestRedis;
let api: LocalApi;
let a: RunningGateway;
let b: RunningGateway;
const logs: string[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  const replica = () =>
    startGateway(
      { upstream: api.url, token: api.token, port: 0, host: '127.0.0.1', redis: redis.url, responseCacheTtlMs: 60_000 },
      { logging: false, log: (message) => logs.push(message) },
    );
  a = await replica();
  b = await replica();
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await api?.close();
  await redis?.stop();
});

const data = async (url: string, query: string, variables?: Record<string, unknown>) => {
  const body = await post(url, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
};

describe('two replicas sharing caches through Redis', () => {
  it('responses, companies and the tag list read through replica A are served to replica B from Redis', async () => {
    const fromA = await data(a.graphqlUrl, EXPLORER);
    let mark = api.received!.count;
    expect(await data(b.graphqlUrl, EXPLORER)).toEqual(fromA);
    expect(api.received!.since(mark)).toEqual([]);
    mark = api.received!.count;
    await data(b.graphqlUrl, EXPLORER_AGAIN);
    const calls = api.received!.since(mark);
    expect(calls.length).toBeGreaterThan(0);
    expect(companyGets(calls)).toBe(0);
    // The tag list A read is in Redis: B does not read it from the upstream either.
    expect(calls.filter((call) => call.method === 'GET' && call.path === '/tags')).toEqual([]);
  });

  it('a write through A is not served stale by B’s response cache, list cache or company cache 100 ms later', async () => {
    // Warm every cache of B: responses of TAGS and EXPLORER, the tag list, the companies.
    const tagsBefore = (await data(b.graphqlUrl, TAGS)).tags.map((tag: { name: string }) => tag.name);
    const explored = await data(b.graphqlUrl, EXPLORER);
    await data(b.graphqlUrl, TAGS);
    await data(b.graphqlUrl, EXPLORER);
    const target = companiesOf(explored)[0]!;
    const newTag = `replica-test-${Date.now()}`;
    const renamed = `${target.name ?? 'company'} (renamed on A)`;
    expect(tagsBefore).not.toContain(newTag);

    expect((await data(a.graphqlUrl, CREATE_TAG, { name: newTag })).createTag.__typename).toBe('CreateTagPayload');
    expect((await data(a.graphqlUrl, RENAME, { input: { companyId: target.companyId, name: renamed } })).createOrUpdateCompany.__typename).toBe(
      'CreateOrUpdateCompanyPayload',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    const namesOf = (explorer: unknown) =>
      new Set(companiesOf(explorer as never).filter((company) => company.companyId === target.companyId).map((company) => company.name));
    // Soft: when one cache is stale, the report still says which of the others are.
    // Response cache: the very documents B answered before.
    expect.soft((await data(b.graphqlUrl, TAGS)).tags.map((tag: { name: string }) => tag.name), 'B’s response cache').toContain(newTag);
    expect.soft(namesOf(await data(b.graphqlUrl, EXPLORER)), 'B’s response cache').toEqual(new Set([renamed]));
    // List cache: a document B never answered, so only the tag list could be stale.
    expect.soft((await data(b.graphqlUrl, TAGS_AGAIN)).tags.map((tag: { name: string }) => tag.name), 'B’s list cache').toContain(newTag);
    // Company cache: a document B never answered, so only the companies could be stale.
    expect.soft(namesOf(await data(b.graphqlUrl, EXPLORER_AGAIN.replace('Again', 'Third'))), 'B’s company cache').toEqual(new Set([renamed]));
    expect(logs).toEqual([]);
  });

  it('with Redis killed, both replicas keep answering from their own caches (one warning each), and a write still reaches them', async () => {
    await redis.kill();
    const explored = await data(b.graphqlUrl, EXPLORER_AGAIN.replace('Again', 'Away'));
    const target = companiesOf(explored)[0]!;
    const renamed = `${target.name ?? 'company'} (renamed while Redis was away)`;
    const mark = api.received!.count;
    await data(b.graphqlUrl, EXPLORER_AGAIN.replace('Again', 'Away'));
    // Served from B's own memory meanwhile.
    expect(companyGets(api.received!.since(mark))).toBe(0);
    expect((await data(b.graphqlUrl, RENAME, { input: { companyId: target.companyId, name: renamed } })).createOrUpdateCompany.__typename).toBe(
      'CreateOrUpdateCompanyPayload',
    );
    const names = companiesOf(await data(b.graphqlUrl, EXPLORER_AGAIN.replace('Again', 'Away'))).filter((c) => c.companyId === target.companyId);
    expect(new Set(names.map((c) => c.name))).toEqual(new Set([renamed]));
    await data(a.graphqlUrl, TAGS);
    expect(logs.filter((line) => line.includes('unavailable'))).toHaveLength(2);
    await redis.restart();
    await expect.poll(() => a.shared.redis!.available && b.shared.redis!.available, { timeout: 5_000 }).toBe(true);
  }, 20_000);
});
