/**
 * The cost limits over real HTTP to the local API, counted at the upstream's side: refused before
 * execution with no upstream call, stopped at the limit while running (partial data, same code),
 * the per-caller budget's 429, and `extensions.cost` only for a caller that asks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostRecord } from '../../../src/gateway/plugins/cost-limit.js';
import { createIntercomClient } from '../../../src/intercom/client.js';
import { startCostHarness, type CostHarness } from './cost-harness.js';

/** `tags → users(first:5) → companies → users(first:5) → …`, `levels` relations below `tags`. */
function deepQuery(levels: number): string {
  let inner = '';
  for (let level = levels; level >= 1; level--) {
    inner = level % 2 === 1 ? `users(first: 5) { edges { node { name ${inner} } } }` : `companies { name ${inner} }`;
  }
  return `{ tags { name ${inner} } }`;
}

/** `n` aliases of one list, each with other arguments, so no two share a call. */
function aliasQuery(n: number): string {
  const fields = Array.from({ length: n }, (_, i) => `a${i}: companies(first: ${(i % 150) + 1}) { edges { node { users(first: ${(i % 7) + 1}) { totalCount } } } }`);
  return `{ ${fields.join(' ')} }`;
}

/** Requests the local API received since `mark`, once nothing new arrived for 100 ms. */
async function receivedSettled(h: CostHarness, mark: number): Promise<number> {
  let last = -1;
  while (h.api.received!.count !== last) {
    last = h.api.received!.count;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last - mark;
}

const TAG_EXPLORER = `{ tags { name contactCount users(first: 10) { edges { node { name tags { name } segments { name } } } } } }`;

describe('before execution', () => {
  let h: CostHarness;
  beforeAll(async () => {
    h = await startCostHarness();
    // Whether /counts is served is probed once per upstream, outside any request's cost.
    await h.client.legacyCountsSupported();
  });
  afterAll(() => h?.close());

  it('refuses a query over the limit with COST_LIMIT_EXCEEDED, its estimate and the limit, and no upstream call', async () => {
    const response = await h.post('{ companies(first: 150) { edges { node { users(first: 150) { edges { node { companies { users(first: 150) { totalCount } } } } } } } } }');
    expect(response.upstreamCalls).toBe(0);
    expect(response.body.data ?? null).toBeNull();
    const [error] = response.body.errors!;
    expect(error!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: 200 });
    expect(error!.extensions!['estimate']).toBeGreaterThan(200);
    expect(error!.message).toMatch(/upstream calls; the limit is 200/);
  });

  it('refuses the 10-level nested query and the 100-alias query with no upstream call once the tag list is known', async () => {
    await h.post('{ tags { name } }');
    for (const query of [deepQuery(10), aliasQuery(100)]) {
      const response = await h.post(query);
      expect(response.upstreamCalls).toBe(0);
      expect(response.body.errors![0]!.extensions!['code']).toBe('COST_LIMIT_EXCEEDED');
    }
  });

  it('refuses 2,000 company node ids (one read each) with no upstream call', async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => Buffer.from(`Company:${String(i).padStart(24, '0')}`).toString('base64'));
    const response = await h.post('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(response.upstreamCalls).toBe(0);
    expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', estimate: 2000 });
  });

  it('lets through a query under the limit, with its cost only when asked', async () => {
    const asked = await h.post(TAG_EXPLORER);
    expect(asked.body.errors).toBeUndefined();
    const cost = asked.body.extensions!.cost!;
    expect(cost).toMatchObject({ actual: asked.upstreamCalls, limit: 200 });
    expect(cost.estimate).toBeGreaterThanOrEqual(cost.actual);
    const notAsked = await h.post(TAG_EXPLORER, {}, {});
    expect(notAsked.body.errors).toBeUndefined();
    expect(notAsked.body.extensions?.cost).toBeUndefined();
    expect(notAsked.body.data).toEqual(asked.body.data);
    const refusedNotAsked = await h.post(aliasQuery(100), {}, { 'x-gateway-cost': 'no' });
    expect(refusedNotAsked.body.extensions?.cost).toBeUndefined();
    expect(refusedNotAsked.body.errors![0]!.extensions!['code']).toBe('COST_LIMIT_EXCEEDED');
  });
});

describe('while running', () => {
  let h: CostHarness;
  const records: CostRecord[] = [];
  beforeAll(async () => {
    h = await startCostHarness({ maxUpstreamCalls: 9, onCost: (record) => records.push(record) });
  });
  afterAll(() => h?.close());

  it('stops at the limit when the data grew past what the estimate saw: partial data and COST_LIMIT_EXCEEDED', async () => {
    const query = '{ companies(first: 20) { totalCount edges { node { name users(first: 1) { totalCount } } } } }';
    // Unseen, the list could hold 20 companies: 21 calls, over the limit of 9.
    expect((await h.post(query)).body.errors![0]!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', estimate: 21 });
    // One page read shows 7 companies with users; now the query is 1 page + 7 member reads.
    expect((await h.post('{ companies(first: 20) { totalCount } }')).upstreamCalls).toBe(1);
    const warm = await h.post(query);
    expect(warm.body.errors).toBeUndefined();
    expect(warm.body.extensions!.cost).toEqual({ estimate: 8, actual: 8, limit: 9 });
    expect(warm.upstreamCalls).toBe(8);

    // Three more companies with a user each, behind the gateway's back: the estimate still says 8.
    const setup = createIntercomClient({ baseUrl: h.api.url, token: h.api.token });
    for (let n = 0; n < 3; n++) {
      const company = await setup.upsertCompany({ company_id: `grown-${n}`, name: `Grown ${n}` });
      const user = await setup.createContact({ role: 'user', external_id: `grown-user-${n}`, email: `grown.${n}@example.com` });
      await setup.attachContactToCompany(user.id, company.id);
    }
    await setup.close();

    const mark = h.api.received!.count;
    const stopped = await h.post(query);
    expect(stopped.body.extensions!.cost).toEqual({ estimate: 8, actual: 9, limit: 9 });
    // The calls let through before the stop may still be on the wire when the answer is sent.
    expect(await receivedSettled(h, mark)).toBe(9);
    const companies = (stopped.body.data as { companies: { edges: Array<{ node: { users: unknown } | null }> } }).companies;
    expect(companies.edges.length).toBe(10);
    const errors = stopped.body.errors!;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error.extensions!['code'] === 'COST_LIMIT_EXCEEDED')).toBe(true);
    expect(errors[0]!.path).toEqual(expect.arrayContaining(['companies', 'edges']));
    expect(records.at(-1)).toMatchObject({ estimate: 8, actual: 9, limit: 9, outcome: 'stopped-at-limit', callerId: 'anonymous' });
  });
});

describe('per-caller budget', () => {
  let h: CostHarness;
  let clock = 1_000_000;
  beforeAll(async () => {
    h = await startCostHarness({ callerCallsPerMinute: 20, now: () => clock });
    await h.client.legacyCountsSupported();
  });
  afterAll(() => h?.close());

  it('answers 429 with Retry-After and RATE_LIMITED once a caller spent its calls, and lets it in again after the wait', async () => {
    const first = await h.post(TAG_EXPLORER);
    expect(first.status).toBe(200);
    const spent = first.body.extensions!.cost!.actual;
    expect(spent).toBeGreaterThan(10);

    const refused = await h.post(TAG_EXPLORER);
    expect(refused.status).toBe(429);
    expect(refused.upstreamCalls).toBe(0);
    const error = refused.body.errors![0]!;
    expect(error.extensions!['code']).toBe('RATE_LIMITED');
    const retryAfter = error.extensions!['retryAfter'] as number;
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter));
    // 20 per minute, `spent` taken: the missing calls come back at one every 3 s.
    expect(retryAfter).toBe(Math.ceil(((spent - (20 - spent)) * 60) / 20));
    expect(error.extensions!['http']).toBeUndefined();

    clock += (retryAfter - 1) * 1000;
    expect((await h.post(TAG_EXPLORER)).status).toBe(429);
    clock += 1000;
    const again = await h.post(TAG_EXPLORER);
    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();
  });
});
