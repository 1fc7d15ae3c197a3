/**
 * The estimate is never below the calls an operation makes: 200 generated valid operations on the
 * demo workspace (seeded, so a failure is reproducible by its number), each compared with the
 * requests the local API received.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCostHarness, type CostHarness } from './cost-harness.js';
import { checkGeneratedOperations, NO_LIMIT } from './property-run.js';

let h: CostHarness;
beforeAll(async () => {
  h = await startCostHarness({ maxUpstreamCalls: NO_LIMIT });
  await h.client.legacyCountsSupported();
});
afterAll(() => h?.close());

it('makes no more upstream calls than estimated, for 200 generated operations on the demo workspace', async () => {
  const totals = await checkGeneratedOperations(h, 200, 20261202);
  expect(totals.made).toBeLessThanOrEqual(totals.estimated);
}, 60_000);
