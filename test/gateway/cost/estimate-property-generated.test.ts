/**
 * The estimate is never below the calls an operation makes, on a generated workspace of 300
 * contacts (50 tags, companies, conversations): 25 generated valid operations, seeded.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCostHarness, type CostHarness } from './cost-harness.js';
import { checkGeneratedOperations, NO_LIMIT } from './property-run.js';

let h: CostHarness;
beforeAll(async () => {
  h = await startCostHarness({ maxUpstreamCalls: NO_LIMIT }, { seed: 300 });
  await h.client.legacyCountsSupported();
});
afterAll(() => h?.close());

it('makes no more upstream calls than estimated, for 25 generated operations on 300 contacts', async () => {
  const totals = await checkGeneratedOperations(h, 25, 7);
  expect(totals.made).toBeLessThanOrEqual(totals.estimated);
}, 60_000);
