/**
 * What the cost tests share: the local API on 127.0.0.1 recording every request it receives (the
 * upstream's own count), the gateway over it with the cost limits on, and a `post` that asks for
 * `extensions.cost` and returns the upstream calls the request caused, counted at the upstream.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGateway, type Gateway, type GatewayCostOptions } from '../../../src/gateway/yoga.js';
import { createIntercomClient, type IntercomClient } from '../../../src/intercom/client.js';
import { startLocalApi, type LocalApi, type LocalApiOptionsInput } from '../../../src/local-api/index.js';

export interface CostResponse {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
    extensions?: { cost?: { estimate: number; actual: number; limit: number } };
  };
  /** Requests the local API received while this one ran. */
  upstreamCalls: number;
}

export interface CostHarness {
  api: LocalApi;
  client: IntercomClient;
  gateway: Gateway;
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<CostResponse>;
  close(): Promise<void>;
}

export async function startCostHarness(
  cost: Partial<GatewayCostOptions> = {},
  api: LocalApiOptionsInput = {},
  gateway: { listCacheTtlMs?: number } = {},
): Promise<CostHarness> {
  // No rate limit unless a test sets one: this client has no pacer, and the 200-operation property
  // runs make ~2,500 calls, so whether they spent one wall-clock window's 1,666 (the default limit)
  // depended on timing; the upstream's 429s and their retries then counted as an operation's calls.
  const local = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true, rateLimit: 1_000_000_000, ...api });
  const client = createIntercomClient({ baseUrl: local.url, token: local.token });
  const yoga = createGateway({
    client,
    logging: false,
    graphiql: false,
    listCacheTtlMs: gateway.listCacheTtlMs,
    // The static limits (depth, aliases, tokens, list items) would refuse most of these documents
    // before the cost limit sees them; here the cost limit is what is under test, so they are wide open
    // (test/gateway/operation-limits.test.ts covers them).
    limits: { maxDepth: 1_000, maxAliases: 10_000, maxDirectives: 10_000, maxTokens: 1_000_000, maxListItems: 100_000, maxQueryLength: 10_000_000 },
    cost: { maxUpstreamCalls: 200, callerCallsPerMinute: 0, ...cost },
  });
  return {
    api: local,
    client,
    gateway: yoga,
    async post(query, variables = {}, headers = { 'x-gateway-cost': 'true' }) {
      const mark = local.received!.count;
      const response = await yoga.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as CostResponse['body'];
      return { status: response.status, headers: response.headers, body, upstreamCalls: local.received!.count - mark };
    },
    async close() {
      await client.close();
      await local.close();
    },
  };
}

/** The reference queries of bench/queries, by file name without `.graphql`. */
export function referenceQueries(): Record<string, string> {
  const dir = join(import.meta.dirname, '../../../bench/queries');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => [file.replace(/\.graphql$/, ''), readFileSync(join(dir, file), 'utf8')]),
  );
}
