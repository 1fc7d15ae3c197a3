/**
 * The estimate against the calls the local API received, for every reference query of bench/queries
 * on the demo workspace: equal once the gateway has seen the lists' sizes, never below on first sight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceQueries, startCostHarness, type CostHarness } from './cost-harness.js';

let tagTestId: string;
let multiId: string;
/** Variables per query: the defaults where the document has them. */
const variablesFor = (name: string): Record<string, unknown> =>
  ({
    'contact-by-email': { email: 'test.user@example.com' },
    'user-detail': { email: 'test.user@example.com' },
    // One user per page row and per company: `Contact.companies` is exact when no two rows share a company.
    'users-by-tag': { tagId: tagTestId },
    'tag-members-page': { tagId: multiId },
  })[name] ?? {};

const queries = referenceQueries();

describe.each([
  { label: 'without the shared list cache', listCacheTtlMs: 0 },
  { label: 'with the shared list cache', listCacheTtlMs: 30_000 },
])('reference queries on the demo workspace, $label', ({ listCacheTtlMs }) => {
  let h: CostHarness;
  beforeAll(async () => {
    h = await startCostHarness({}, {}, { listCacheTtlMs });
    // Whether /counts is served is probed once per upstream, not per request.
    await h.client.legacyCountsSupported();
    const tags = (await h.client.listTags()).data;
    tagTestId = tags.find((tag) => tag.name === 'tag_test')!.id;
    multiId = tags.find((tag) => tag.name === 'multi-id')!.id;
  });
  afterAll(() => h?.close());

  it('covers every file of bench/queries', () => {
    expect(Object.keys(queries).sort()).toEqual([
      'company-directory',
      'contact-by-email',
      'segment-overview',
      'tag-explorer',
      'tag-members-page',
      'user-detail',
      'users-by-tag',
    ]);
  });

  it.each(Object.keys(queries))('%s: estimate = upstream calls', async (name) => {
    const first = await h.post(queries[name]!, variablesFor(name));
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions!.cost!.estimate).toBeGreaterThanOrEqual(first.upstreamCalls);
    const second = await h.post(queries[name]!, variablesFor(name));
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data).toEqual(first.body.data);
    expect(second.body.extensions!.cost).toMatchObject({ estimate: second.upstreamCalls, actual: second.upstreamCalls, limit: 200 });
    expect(second.upstreamCalls).toBeGreaterThan(0);
  });
});
