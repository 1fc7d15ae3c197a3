/**
 * The property both estimate-property tests check: for `operations` generated valid operations,
 * the requests the local API received never exceed the estimate the gateway reported.
 */
import { parse, validate } from 'graphql';
import { expect } from 'vitest';
import { schema } from '../../../src/schema/index.js';
import type { CostHarness } from './cost-harness.js';
import { mulberry32 } from '../../../src/local-api/seed/random.js';
import { OperationGenerator, readPools } from './operation-generator.js';

/** Above any generated operation's estimate: these tests watch the estimate, not the limit. */
export const NO_LIMIT = 100_000;

async function receivedSettled(h: CostHarness, mark: number, expected: number): Promise<number> {
  // Calls let through before an early answer (a failed batch) may still be on the wire.
  for (let wait = 0; wait < 200 && h.api.received!.count - mark < expected; wait++) await new Promise((resolve) => setTimeout(resolve, 25));
  return h.api.received!.count - mark;
}

/** Runs the operations, asserting each one; returns the totals so a test can state its own bound. */
export async function checkGeneratedOperations(
  h: CostHarness,
  operations: number,
  randomSeed: number,
): Promise<{ made: number; estimated: number; exact: number }> {
  const generator = new OperationGenerator(schema, await readPools(h.client), mulberry32(randomSeed));
  let estimated = 0;
  let made = 0;
  let exact = 0;
  for (let n = 0; n < operations; n++) {
    const query = generator.operation(`Generated${n}`);
    expect(validate(schema, parse(query)), query).toEqual([]);
    const mark = h.api.received!.count;
    const response = await h.post(query);
    // Real ids of the workspace, in the arguments that take them: none is refused as bad input,
    // so each operation reaches the upstream as a frontend's would.
    const refused = (response.body.errors ?? []).filter((error) => error.extensions?.['code'] === 'BAD_USER_INPUT');
    expect(refused, `operation ${n}: ${query}`).toEqual([]);
    const cost = response.body.extensions!.cost!;
    const received = await receivedSettled(h, mark, cost.actual);
    expect(received, `operation ${n}: ${query}`).toBe(cost.actual);
    expect(received, `operation ${n} made more calls than estimated: ${query}`).toBeLessThanOrEqual(cost.estimate);
    estimated += cost.estimate;
    made += received;
    if (received === cost.estimate) exact += 1;
  }
  console.info(`${operations} operations: ${made} calls made, ${estimated} estimated, ${exact} exact`);
  // The operations did reach the upstream: the property is not vacuous.
  expect(made).toBeGreaterThan(operations);
  return { made, estimated, exact };
}
