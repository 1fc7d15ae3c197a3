/**
 * The benchmark's three loader modes (`serve --loaders batched|dedupe|naive`) do what their names
 * say, counted where the calls arrive — at the local API: the same answer from all three; dedupe
 * makes each identical read once per request but batches nothing; naive repeats identical reads;
 * neither baseline keeps anything between requests. A small generated seed keeps this fast.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/gateway/yoga.js';
import { createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import { LOADER_MODES, type LoaderMode } from '../../src/loaders/tuning.js';
import { startLocalApi, type LocalApi, type ReceivedRequest } from '../../src/local-api/index.js';

const query = (file: string) => readFileSync(new URL(`../../bench/queries/${file}`, import.meta.url), 'utf8');
const COMPANY_DIRECTORY = query('company-directory.graphql');
const TAG_EXPLORER = query('tag-explorer.graphql');

let api: LocalApi;
let client: IntercomClient;
const gateways = new Map<LoaderMode, Gateway>();

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 400, recordRequests: true, rateLimit: 1_000_000 });
  client = createIntercomClient({ baseUrl: api.url, token: api.token });
  for (const mode of ['batched', 'dedupe', 'naive'] as const) {
    gateways.set(mode, createGateway({ client, logging: false, graphiql: false, loaderTuning: LOADER_MODES[mode], listCacheTtlMs: 30_000 }));
  }
  // The once-per-upstream /counts probe, out of the way of the counts below.
  await client.legacyCountsSupported();
});
afterAll(async () => {
  await client?.close();
  await api?.close();
});

/** One request through the gateway of `mode`: its answer as text and the upstream requests it caused. */
async function run(mode: LoaderMode, document: string, variables: Record<string, unknown>) {
  const mark = api.received!.count;
  const response = await gateways.get(mode)!.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await response.text();
  expect(response.status).toBe(200);
  expect(JSON.parse(text)).not.toHaveProperty('errors');
  return { text, calls: api.received!.since(mark) };
}

/** GETs that arrived more than once (searches are POSTs whose bodies the record does not keep). */
const repeatedGets = (calls: ReceivedRequest[]) => {
  const seen = new Map<string, number>();
  for (const call of calls.filter((c) => c.method === 'GET')) seen.set(`${call.path}?${call.query}`, (seen.get(`${call.path}?${call.query}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
};

describe('loader modes', () => {
  it('answer the company directory identically; dedupe reads each company\'s lists once, naive again per field', async () => {
    const variables = { first: 15, usersPerCompany: 5 };
    const batched = await run('batched', COMPANY_DIRECTORY, variables);
    const dedupe = await run('dedupe', COMPANY_DIRECTORY, variables);
    const naive = await run('naive', COMPANY_DIRECTORY, variables);
    expect(dedupe.text).toBe(batched.text);
    expect(naive.text).toBe(batched.text);

    expect(repeatedGets(dedupe.calls)).toEqual([]);
    expect(repeatedGets(naive.calls).length).toBeGreaterThan(0);
    expect(naive.calls.length).toBeGreaterThan(dedupe.calls.length);
    // Without the list cache, dedupe reads GET /tags itself; batched (warm list cache) does not.
    expect(dedupe.calls.filter((call) => call.path === '/tags')).toHaveLength(1);
  });

  it('dedupe batches nothing: the tag explorer\'s users read their segments one call each', async () => {
    const variables = { usersPerTag: 50 };
    const batched = await run('batched', TAG_EXPLORER, variables);
    const dedupe = await run('dedupe', TAG_EXPLORER, variables);
    expect(dedupe.text).toBe(batched.text);
    const perContact = (calls: ReceivedRequest[]) => calls.filter((call) => /^\/contacts\/[^/]+\/segments$/.test(call.path)).length;
    expect(perContact(batched.calls)).toBe(0);
    expect(perContact(dedupe.calls)).toBeGreaterThan(50);
    expect(dedupe.calls.length).toBeGreaterThan(2 * batched.calls.length);
  });

  it('dedupe and naive keep nothing between requests; batched reuses the tag and segment lists', async () => {
    const variables = { first: 5, usersPerCompany: 2 };
    for (const mode of ['dedupe', 'naive'] as const) {
      const first = await run(mode, COMPANY_DIRECTORY, variables);
      const second = await run(mode, COMPANY_DIRECTORY, variables);
      expect(second.calls.map((call) => `${call.method} ${call.path}?${call.query}`)).toEqual(first.calls.map((call) => `${call.method} ${call.path}?${call.query}`));
    }
    await run('batched', COMPANY_DIRECTORY, variables);
    const warm = await run('batched', COMPANY_DIRECTORY, variables);
    expect(warm.calls.filter((call) => call.path === '/tags' || call.path === '/segments')).toEqual([]);
  });
});
