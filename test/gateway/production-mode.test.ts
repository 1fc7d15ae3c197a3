/**
 * Production mode and trusted documents over real HTTP: a gateway with API keys, `mode: production`
 * and the project's own manifest (test/gql/persisted-documents.json, written by codegen). Callers
 * without `dev` may run only documents from the manifest; introspection, suggestions and GraphiQL
 * are theirs only with `dev`. Every refusal is counted at the upstream's side: zero calls.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeysCommand } from '../../src/cli/keys.js';
import { resolveGatewayConfig } from '../../src/gateway/config.js';
import { sha256Id } from '../../src/gateway/trusted-documents/manifest.js';
import { CreateTagDocument, SegmentOverviewDocument } from '../gql/graphql.js';
import { bearer, codes, startAuthHarness, type AuthHarness } from './auth-harness.js';

const MANIFEST = 'test/gql/persisted-documents.json';
/** Documents only the test's own manifest holds: introspection, and a misspelt field (valid JSON, invalid GraphQL). */
const INTROSPECTION = getIntrospectionQuery();
const MISSPELT = '{ tags { nmae } }';

let dir: string;
let keys: Record<'read' | 'write' | 'dev', string>;
let production: AuthHarness;
let development: AuthHarness;

/** The id the client preset embeds in each generated document (`__meta__.hash`), as a client would send it. */
const idOf = (document: object) => (document as { __meta__: { hash: string } }).__meta__.hash;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gg-prod-'));
  const keysFile = path.join(dir, 'keys.json');
  const create = async (scopes: string) => {
    const out: string[] = [];
    await runKeysCommand(['create', '--scopes', scopes, '--keys-file', keysFile], { out: (line) => out.push(line), err: () => undefined, env: {} });
    return out[0]!;
  };
  keys = { read: await create('read'), write: await create('read,write'), dev: await create('read,dev') };
  const extra = path.join(dir, 'extra-manifest.json');
  await writeFile(extra, JSON.stringify({ [sha256Id(INTROSPECTION)]: INTROSPECTION, [sha256Id(MISSPELT)]: MISSPELT }));
  production = await startAuthHarness({ auth: 'keys', keysFile, mode: 'production', persistedDocuments: [MANIFEST, extra] });
  development = await startAuthHarness({ auth: 'keys', keysFile, mode: 'development', persistedDocuments: [MANIFEST] }, production.api);
  await production.send({ documentId: idOf(SegmentOverviewDocument) }, bearer(keys.read)); // warm
});

afterAll(async () => {
  await development?.close();
  await production?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('production mode: trusted documents', () => {
  it('runs a document from the manifest by its documentId, as the client preset sends it', async () => {
    const answer = await production.send({ documentId: idOf(SegmentOverviewDocument), variables: { first: 2 } }, bearer(keys.read));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.['segments'] as unknown[]).length).toBeGreaterThan(0);
  });

  it("also by APQ's extensions.persistedQuery.sha256Hash, over POST and GET", async () => {
    const hash = idOf(SegmentOverviewDocument).replace('sha256:', '');
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const posted = await production.send({ extensions }, bearer(keys.read));
    expect(posted.body.errors).toBeUndefined();
    const got = await production.get(`/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, { ...bearer(keys.read), accept: 'application/json' });
    expect(got.status).toBe(200);
    expect((got.body.data?.['segments'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses a document of its own from a caller without dev: PERSISTED_QUERY_REQUIRED, no upstream call', async () => {
    const mark = production.received.count;
    const answer = await production.send({ query: '{ tags { name } }' }, bearer(keys.write));
    expect(answer.status).toBe(403);
    expect(codes(answer)).toEqual(['PERSISTED_QUERY_REQUIRED']);
    expect(production.received.count).toBe(mark);
    expect(answer.ms).toBeLessThan(100);
  });

  it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND, no upstream call', async () => {
    const mark = production.received.count;
    for (const body of [{ documentId: `sha256:${'0'.repeat(64)}` }, { documentId: 'no-such-id' }, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }]) {
      const answer = await production.send(body, bearer(keys.read));
      expect(answer.status).toBe(404);
      expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(answer.body.errors![0]!.message).toMatch(/Unknown document id/);
      expect(answer.ms).toBeLessThan(100);
    }
    expect(production.received.count).toBe(mark);
  });

  it('still needs the write scope for a trusted mutation', async () => {
    const mark = production.received.count;
    const answer = await production.send({ documentId: idOf(CreateTagDocument), variables: { name: 'prod-tag' } }, bearer(keys.read));
    expect(answer.status).toBe(403);
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(production.received.count).toBe(mark);
  });

  it('lets a dev caller send any document', async () => {
    const answer = await production.send({ query: '{ tags { name } }' }, bearer(keys.dev));
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.['tags'] as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('production mode: introspection, suggestions, GraphiQL', () => {
  it('refuses introspection to a caller without dev even from a trusted document, and answers it for dev', async () => {
    const refused = await production.send({ documentId: sha256Id(INTROSPECTION) }, bearer(keys.read));
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors![0]!.message).toMatch(/introspection/i);
    const allowed = await production.send({ query: INTROSPECTION }, bearer(keys.dev));
    expect((allowed.body.data?.['__schema'] as { types: unknown[] }).types.length).toBeGreaterThan(10);
    // The cached validation of the non-dev request does not leak into the dev one, nor back.
    const again = await production.send({ documentId: sha256Id(INTROSPECTION) }, bearer(keys.read));
    expect(again.body.data ?? null).toBeNull();
  });

  it('says "Did you mean" only to dev', async () => {
    const hidden = await production.send({ documentId: sha256Id(MISSPELT) }, bearer(keys.read));
    expect(hidden.body.errors![0]!.message).toContain('Cannot query field "nmae"');
    expect(hidden.body.errors![0]!.message).not.toMatch(/Did you mean/);
    const shown = await production.send({ query: MISSPELT }, bearer(keys.dev));
    expect(shown.body.errors![0]!.message).toMatch(/Did you mean "name"/);
  });

  it('serves GraphiQL only to dev', async () => {
    const html = { accept: 'text/html' };
    const anonymous = await production.get('/graphql', html);
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toContain('<html');
    const reader = await production.get('/graphql', { ...html, ...bearer(keys.read) });
    expect(reader.text).not.toContain('<html');
    const dev = await production.get('/graphql', { ...html, ...bearer(keys.dev) });
    expect(dev.status).toBe(200);
    expect(dev.text).toContain('<html');
  });
});

describe('development mode', () => {
  it('runs documents of any caller and trusted ids alike, with introspection and suggestions', async () => {
    const own = await development.send({ query: '{ __schema { queryType { name } } tags { name } }' }, bearer(keys.read));
    expect(own.body.errors).toBeUndefined();
    const byId = await development.send({ documentId: idOf(SegmentOverviewDocument) }, bearer(keys.read));
    expect(byId.body.errors).toBeUndefined();
    const misspelt = await development.send({ query: MISSPELT }, bearer(keys.read));
    expect(misspelt.body.errors![0]!.message).toMatch(/Did you mean/);
  });
});

describe('choosing the mode', () => {
  it('is production under NODE_ENV=production unless --mode says otherwise', () => {
    expect(resolveGatewayConfig({}, {}).mode).toBe('development');
    expect(resolveGatewayConfig({}, { NODE_ENV: 'production' }).mode).toBe('production');
    expect(resolveGatewayConfig({ mode: 'development' }, { NODE_ENV: 'production' }).mode).toBe('development');
    expect(resolveGatewayConfig({}, { NODE_ENV: 'production', GATEWAY_MODE: 'development' }).mode).toBe('development');
  });
});
