/**
 * The per-caller budget through the plugin, with callers as the auth plugin will set them: each
 * caller has its own budget (one spending everything leaves the others theirs), and a caller's own
 * `limits.upstreamCallsPerMinute` wins over the server default. The caller comes from a test header
 * here; the real gateway takes it from its auth plugin.
 */
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/schema/caller.js';
import { seenSizesInterceptor } from '../../../src/gateway/cost/seen-sizes-interceptor.js';
import { createSeenSizes } from '../../../src/gateway/cost/seen-sizes.js';
import { useCostLimit } from '../../../src/gateway/plugins/cost-limit.js';
import { CallScope, createIntercomClient, type IntercomClient } from '../../../src/intercom/client.js';
import { startLocalApi, type LocalApi } from '../../../src/local-api/index.js';
import { createRequestContext, type GatewayContext } from '../../../src/schema/context.js';
import { schema } from '../../../src/schema/index.js';

const TAG_EXPLORER = '{ tags { name contactCount users(first: 10) { edges { node { name tags { name } segments { name } } } } } }';

let api: LocalApi;
let client: IntercomClient;
let yoga: ReturnType<typeof createYoga<Record<string, unknown>, GatewayContext>>;

function callerOf(request: Request): Caller {
  const id = request.headers.get('x-test-caller') ?? 'anonymous';
  return { id, scopes: new Set(['read']), ...(id === 'generous' ? { limits: { upstreamCallsPerMinute: 1_000 } } : {}) };
}

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  client = createIntercomClient({ baseUrl: api.url, token: api.token });
  await client.legacyCountsSupported();
  const sizes = createSeenSizes();
  yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    logging: false,
    context: ({ request }) => {
      const scope = new CallScope({ signal: request.signal });
      const requestClient = client.withScope(scope).intercept(seenSizesInterceptor(sizes.recorder(client.cacheScope)));
      return createRequestContext(requestClient, undefined, scope, callerOf(request));
    },
    plugins: [
      useCostLimit({
        maxUpstreamCalls: 200,
        callerCallsPerMinute: 20,
        now: () => 0,
        sizesFor: () => sizes.view(client.cacheScope),
        probed: (_context, supported) => sizes.recorder(client.cacheScope).legacy(supported),
      }),
    ],
  });
});
afterAll(async () => {
  await client.close();
  await api.close();
});

async function asCaller(caller: string): Promise<{ status: number; code: unknown; calls: number }> {
  const mark = api.received!.count;
  const response = await yoga.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-caller': caller },
    body: JSON.stringify({ query: TAG_EXPLORER }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, calls: api.received!.count - mark };
}

describe('per-caller budgets', () => {
  it('keep callers apart: one caller spent, another still served', async () => {
    expect((await asCaller('spender')).status).toBe(200);
    expect(await asCaller('spender')).toEqual({ status: 429, code: 'RATE_LIMITED', calls: 0 });
    const other = await asCaller('bystander');
    expect(other.status).toBe(200);
    expect(other.calls).toBeGreaterThan(0);
  });

  it("let a caller's own limit win over the server default", async () => {
    for (let n = 0; n < 5; n++) expect((await asCaller('generous')).status).toBe(200);
  });
});
