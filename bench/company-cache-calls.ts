/**
 * `npm run bench:company-cache`: upstream calls per request of the tag explorer with company names
 * (bench/queries/tag-explorer-companies.graphql) in steady state, with the company entity cache off
 * and on, counted at the upstream (the local API's record of what it received). Bounded: one seeded
 * local API in memory (BENCH_CONTACTS, default 10,000 contacts), a few sequential requests per mode
 * (BENCH_REQUESTS, default 5), everything on 127.0.0.1, no injected latency. Calls, not time: the
 * count does not depend on the machine.
 */
import { readFileSync } from 'node:fs';
import { startGateway } from '../src/gateway/start.js';
import { startLocalApi } from '../src/local-api/index.js';
import { companyGets } from '../test/gateway/company-cache-harness.js';
import { BENCH_MAX_UPSTREAM_CALLS } from './gateway/children.js';

const contacts = Number(process.env.BENCH_CONTACTS ?? 10_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 5);
const QUERY = readFileSync(new URL('./queries/tag-explorer-companies.graphql', import.meta.url), 'utf8');
const TOKEN = 'bench-token';

async function main(): Promise<void> {
  if (!Number.isInteger(contacts) || contacts < 100 || contacts > 200_000) throw new Error(`BENCH_CONTACTS must be 100..200000, got ${contacts}`);
  if (!Number.isInteger(requests) || requests < 2 || requests > 50) throw new Error(`BENCH_REQUESTS must be 2..50, got ${requests}`);
  const api = await startLocalApi({ port: 0, db: ':memory:', seed: contacts, tokens: [TOKEN], rateLimit: 1_000_000_000, recordRequests: true });
  try {
    const rows = [];
    for (const [mode, entityCacheTtlMs] of [
      ['entity cache off', 0],
      ['entity cache on (30 s)', 30_000],
    ] as const) {
      // The cost estimate knows no cross-request cache (about 1,051 calls for this query): over the
      // default limit of 200 the query would be refused before it runs.
      const gateway = await startGateway({ upstream: api.url, token: TOKEN, port: 0, host: '127.0.0.1', entityCacheTtlMs, maxUpstreamCalls: BENCH_MAX_UPSTREAM_CALLS }, { logging: false });
      try {
        const perRequest: Array<{ calls: number; companyGets: number }> = [];
        for (let i = 0; i < requests; i++) {
          const mark = api.received!.count;
          const response = await fetch(gateway.graphqlUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: QUERY }),
          });
          const body = (await response.json()) as { errors?: unknown[] };
          if (body.errors) throw new Error(`the query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
          const calls = api.received!.since(mark);
          perRequest.push({ calls: calls.length, companyGets: companyGets(calls) });
        }
        const steady = perRequest.slice(1);
        rows.push({
          mode,
          firstRequestCalls: perRequest[0]!.calls,
          firstRequestCompanyGets: perRequest[0]!.companyGets,
          steadyCallsPerRequest: Math.max(...steady.map((r) => r.calls)),
          steadyCompanyGetsPerRequest: Math.max(...steady.map((r) => r.companyGets)),
        });
      } finally {
        await gateway.close();
      }
    }
    console.log(`TagExplorerCompanies on ${contacts.toLocaleString('en')} contacts, ${requests} sequential requests per mode (steady = worst of requests 2..${requests}):`);
    console.table(rows);
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
