/**
 * The hook a cost plugin uses: a fact recorded on an operation's context reaches that operation's log
 * line, and `cost` reaches the cost histogram — with the real log and metrics plugins inside yoga.
 */
import { Writable } from 'node:stream';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createGatewayLogger } from '../../src/gateway/logging/logger.js';
import { createGatewayMetrics } from '../../src/gateway/metrics/gateway-metrics.js';
import { recordOperationFacts } from '../../src/gateway/operation-facts.js';
import { useMetrics } from '../../src/gateway/plugins/metrics.js';
import { useOperationLog } from '../../src/gateway/plugins/operation-log.js';

describe('operation facts', () => {
  it('reach the log line and the cost metric', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createGatewayLogger({ format: 'json', destination });
    const metrics = createGatewayMetrics();
    const costPlugin: Plugin = {
      onExecute({ args }) {
        recordOperationFacts(args.contextValue as object, { cost: 7, costModel: 'test' });
      },
    };
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } } }),
      logging: false,
      plugins: [costPlugin, useOperationLog({ logger }) as Plugin, useMetrics({ metrics })],
    });
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Hello { hello }' }),
    });
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });

    const line = lines.map((text) => JSON.parse(text) as Record<string, unknown>).find((record) => record['msg'] === 'operation');
    expect(line).toMatchObject({ operation: 'Hello', outcome: 'ok', cost: 7, costModel: 'test' });
    const text = await metrics.registry.metrics();
    expect(text).toContain('gateway_operation_cost_count 1');
    expect(text).toContain('gateway_operation_cost_sum 7');
  });
});
