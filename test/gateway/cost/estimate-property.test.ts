/**
 * The estimate is never below the calls an operation makes: 200 generated valid operations (seeded,
 * so a failure is reproducible by its name) on the demo workspace, and 25 on a generated workspace
 * of 300 contacts, each compared with the requests the local API received.
 */
import { validate, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/schema/index.js';
import { OperationGenerator, readPools, seededRandom } from './operation-generator.js';
import { startCostHarness, type CostHarness } from './cost-harness.js';

/** Above any generated operation's estimate: this test watches the estimate, not the limit. */
const NO_LIMIT = 100_000;

async function receivedSettled(h: CostHarness, mark: number, expected: number): Promise<number> {
  // Calls let through before an early answer (a failed batch) may still be on the wire.
  for (let wait = 0; wait < 20 && h.api.received!.count - mark < expected; wait++) await new Promise((resolve) => setTimeout(resolve, 25));
  return h.api.received!.count - mark;
}

describe.each([
  { label: 'the demo workspace', seed: 'demo' as const, operations: 200, randomSeed: 20261202 },
  { label: 'a generated workspace of 300 contacts', seed: 300, operations: 25, randomSeed: 7 },
])('on $label', ({ seed, operations, randomSeed }) => {
  let h: CostHarness;
  let generator: OperationGenerator;
  beforeAll(async () => {
    h = await startCostHarness({ maxUpstreamCalls: NO_LIMIT }, { seed });
    await h.client.legacyCountsSupported();
    generator = new OperationGenerator(schema, await readPools(h.client), seededRandom(randomSeed));
  });
  afterAll(() => h?.close());

  it(`makes no more upstream calls than estimated, for ${operations} generated operations`, async () => {
    let estimated = 0;
    let made = 0;
    let exact = 0;
    for (let n = 0; n < operations; n++) {
      const query = generator.operation(`Generated${n}`);
      expect(validate(schema, parse(query)), query).toEqual([]);
      const mark = h.api.received!.count;
      const response = await h.post(query);
      const cost = response.body.extensions!.cost!;
      const received = await receivedSettled(h, mark, cost.actual);
      expect(received, `operation ${n}: ${query}`).toBe(cost.actual);
      expect(received, `operation ${n} made more calls than estimated: ${query}`).toBeLessThanOrEqual(cost.estimate);
      estimated += cost.estimate;
      made += received;
      if (received === cost.estimate) exact += 1;
    }
    // Not a weak bound: most estimates are exact, and the total is not inflated.
    console.info(`${operations} operations: ${made} calls made, ${estimated} estimated, ${exact} exact`);
    expect(made).toBeGreaterThan(operations);
  });
});
