/**
 * The company entity cache (src/gateway/caching/company-cache.ts), over real HTTP: a gateway started
 * with startGateway on a local API on 127.0.0.1; upstream calls counted at the upstream
 * (`api.received`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { parseGatewayConfig } from '../../src/gateway/config.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { companiesOf, companyGets, post, type Explored } from './company-cache-harness.js';

const TAG_EXPLORER_COMPANIES = readFileSync(new URL('../../bench/queries/tag-explorer-companies.graphql', import.meta.url), 'utf8');
const RENAME = `mutation Rename($input: CompanyInput!) {
  createOrUpdateCompany(input: $input) { __typename ... on CreateOrUpdateCompanyPayload { company { companyId name } } }
}`;

describe('company entity cache', () => {
  let api: LocalApi;
  const gateways: RunningGateway[] = [];
  const start = async (input: Parameters<typeof startGateway>[0] = {}) => {
    const gateway = await startGateway({ upstream: api.url, token: api.token, port: 0, host: '127.0.0.1', ...input }, { logging: false });
    gateways.push(gateway);
    return gateway;
  };
  /** Runs the query and says which upstream calls it made. */
  const explore = async (gateway: RunningGateway) => {
    const mark = api.received!.count;
    const body = await post(gateway.graphqlUrl, TAG_EXPLORER_COMPANIES);
    expect(body.errors).toBeUndefined();
    return { data: body.data as Explored, calls: api.received!.since(mark) };
  };

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await api?.close();
  });

  it('the second tag explorer with company names reads no company again, and answers the same', async () => {
    const gateway = await start();
    const first = await explore(gateway);
    const second = await explore(gateway);
    expect(companiesOf(first.data).length).toBeGreaterThan(0);
    expect(companyGets(first.calls)).toBeGreaterThan(0);
    expect(companyGets(second.calls)).toBe(0);
    expect(second.calls.length).toBeLessThan(first.calls.length - companyGets(first.calls) + 1);
    expect(second.data).toEqual(first.data);
  });

  it('--entity-cache-ttl-ms is a whole number of ms up to an hour', () => {
    expect(parseGatewayConfig({}).entityCacheTtlMs).toBe(30_000);
    expect(parseGatewayConfig({ entityCacheTtlMs: '0' }).entityCacheTtlMs).toBe(0);
    expect(() => parseGatewayConfig({ entityCacheTtlMs: '-5' })).toThrow(/--entity-cache-ttl-ms must be a whole number from 0 to 3600000, got '-5'/);
    expect(() => parseGatewayConfig({ entityCacheTtlMs: '3600001' })).toThrow(/--entity-cache-ttl-ms/);
  });

  it('with --entity-cache-ttl-ms 0 every request reads its companies again', async () => {
    const gateway = await start({ entityCacheTtlMs: 0 });
    const first = await explore(gateway);
    const second = await explore(gateway);
    expect(companyGets(second.calls)).toBe(companyGets(first.calls));
  });

  it('a write through the gateway is not served stale: the renamed company shows its new name at once', async () => {
    const gateway = await start();
    const before = await explore(gateway);
    await explore(gateway); // warm
    const target = companiesOf(before.data)[0]!;
    const renamed = `${target.name ?? 'company'} (renamed)`;
    const write = await post(gateway.graphqlUrl, RENAME, { input: { companyId: target.companyId, name: renamed } });
    expect(write.data?.createOrUpdateCompany).toEqual({ __typename: 'CreateOrUpdateCompanyPayload', company: { companyId: target.companyId, name: renamed } });
    const after = await explore(gateway);
    const names = companiesOf(after.data).filter((company) => company.companyId === target.companyId).map((company) => company.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set([renamed]));
    // Every company was read again after the write.
    expect(companyGets(after.calls)).toBe(companyGets(before.calls));
  });
});
