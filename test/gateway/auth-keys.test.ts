/**
 * API-key auth over real HTTP: startGateway (--auth keys) on 127.0.0.1 in front of a local API that
 * records what it receives. Keys are made and revoked with the keys CLI's own code, and the running
 * gateway must follow the file.
 */
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeysCommand } from '../../src/cli/keys.js';
import { GatewayConfigError } from '../../src/gateway/config.js';
import { startGateway } from '../../src/gateway/start.js';
import { bearer, codes, startAuthHarness, type AuthHarness } from './auth-harness.js';

const TAGS = { query: '{ tags { name } }' };
const CREATE_TAG = { query: 'mutation { createTag(name: "made-by-a-read-key") { __typename } }' };

let dir: string;
let keysFile: string;

/** Runs the keys CLI in-process; returns what it printed on stdout (the key, for create). */
async function keys(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runKeysCommand([...argv, '--keys-file', keysFile], { out: (line) => out.push(line), err: (line) => err.push(line), env: {} });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let harness: AuthHarness;
let readKey: string;
let writeKey: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gg-keys-'));
  keysFile = path.join(dir, 'keys.json');
  readKey = (await keys('create', '--scopes', 'read', '--name', 'dashboard')).out;
  writeKey = (await keys('create', '--scopes', 'read,write', '--calls-per-minute', '600')).out;
  harness = await startAuthHarness({ auth: 'keys', keysFile });
  await harness.send(TAGS, bearer(readKey)); // warm: the timings below are of refusals, not of a cold server
});

afterAll(async () => {
  await harness?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('keys CLI', () => {
  it('prints the key once and stores only its hash', async () => {
    const stored = await readFile(keysFile, 'utf8');
    expect(readKey).toMatch(/^ggk_[a-z0-9]+_[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain(readKey);
    // The secret part (43 base64url characters, which may hold '_' themselves) never reaches the file.
    expect(stored).not.toContain(readKey.slice(-43));
    expect(JSON.parse(stored).keys.map((key: { scopes: string[] }) => key.scopes)).toEqual([['read'], ['read', 'write']]);
    expect(JSON.parse(stored).keys[1].limits).toEqual({ upstreamCallsPerMinute: 600 });
  });

  it('refuses unknown scopes, unknown ids and a missing file with exit status 2 and a reason', async () => {
    expect(await keys('create', '--scopes', 'read,admin')).toMatchObject({ status: 2, err: expect.stringContaining("unknown scope 'admin'") });
    expect(await keys('revoke', 'abcdef123456')).toMatchObject({ status: 2, err: expect.stringContaining("no key with id 'abcdef123456'") });
    const missing = await runKeysCommand(['list', '--keys-file', path.join(dir, 'nope.json')], { out: () => undefined, err: () => undefined, env: {} });
    expect(missing).toBe(2);
  });
});

describe('--auth keys', () => {
  it('answers a request without credentials with 401 and a Bearer challenge, before any upstream call', async () => {
    const mark = harness.received.count;
    const answer = await harness.send(TAGS);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="grouping-gateway"');
    expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
    expect(harness.received.count).toBe(mark);
    expect(answer.ms).toBeLessThan(100);
  });

  it('answers an unknown or malformed key with 401 invalid_token / invalid_request', async () => {
    const mark = harness.received.count;
    const forged = readKey.slice(0, -4) + 'AAAA';
    for (const [headers, error] of [
      [bearer(forged), 'invalid_token'],
      [bearer('ggk_nosuchkey1_' + 'A'.repeat(43)), 'invalid_token'],
      [{ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, 'invalid_request'],
      [{ authorization: 'Bearer a"b' }, 'invalid_request'],
    ] as const) {
      const answer = await harness.send(TAGS, headers);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toContain(`error="${error}"`);
      expect(answer.ms).toBeLessThan(100);
    }
    expect(harness.received.count).toBe(mark);
  });

  it('lets a read key query, also through x-api-key', async () => {
    for (const headers of [bearer(readKey), { 'x-api-key': readKey }]) {
      const answer = await harness.send(TAGS, headers);
      expect(answer.status).toBe(200);
      expect((answer.body.data?.['tags'] as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('refuses a mutation from a read key with FORBIDDEN (403) and no upstream call; a write key runs it', async () => {
    const mark = harness.received.count;
    const refused = await harness.send(CREATE_TAG, bearer(readKey));
    expect(refused.status).toBe(403);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="grouping-gateway", error="insufficient_scope", scope="write"');
    expect(refused.body.data ?? null).toBeNull();
    expect(JSON.stringify(refused.body)).not.toContain('"http"');
    expect(harness.received.count).toBe(mark);
    expect(refused.ms).toBeLessThan(100);

    const allowed = await harness.send(CREATE_TAG, bearer(writeKey));
    expect(allowed.status).toBe(200);
    expect(allowed.body.errors).toBeUndefined();
    expect(harness.received.count).toBeGreaterThan(mark);
  });

  it('keeps /health open', async () => {
    expect((await harness.get('/health')).status).toBe(200);
  });

  it('refuses a revoked key once the file changes, and accepts a new one, without a restart', async () => {
    const extra = (await keys('create', '--scopes', 'read')).out;
    await until(async () => (await harness.send(TAGS, bearer(extra))).status === 200, 'the new key to be accepted');
    const id = extra.split('_')[1]!;
    expect((await keys('revoke', id)).status).toBe(0);
    await until(async () => (await harness.send(TAGS, bearer(extra))).status === 401, 'the revoked key to be refused');
    const mark = harness.received.count;
    const refused = await harness.send(TAGS, bearer(extra));
    expect(refused.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(harness.received.count).toBe(mark);
    expect((await harness.send(TAGS, bearer(readKey))).status).toBe(200);
  });

  it('keeps the loaded keys when a reload finds a broken file, and says why', async () => {
    const good = await readFile(keysFile, 'utf8');
    await writeFile(keysFile, '{"keys": [{"id": "x", "hash": "plain-text-key", "scopes": ["root"]}]}');
    await until(async () => harness.logs.some((line) => line.includes('reload failed')), 'the failed reload to be logged');
    const line = harness.logs.find((entry) => entry.includes('reload failed'))!;
    expect(line).toContain('keys[0].id');
    expect(line).toContain('keys[0].hash');
    expect(line).toContain("unknown scope 'root'");
    expect(await harness.gateway.reloadKeys()).toBe(false); // what SIGHUP does
    expect((await harness.send(TAGS, bearer(readKey))).status).toBe(200);
    await writeFile(keysFile, good);
    expect(await harness.gateway.reloadKeys()).toBe(true);
  });

  it('does not start with a keys file it cannot use', async () => {
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"keys": [{"id": "abcdef", "hash": "sha256:00", "scopes": []}]}');
    const error = await startGateway({ port: 0, auth: 'keys', keysFile: broken }, { logging: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayConfigError);
    expect((error as GatewayConfigError).message).toContain('keys[0].hash must be "sha256:"');
    expect((error as GatewayConfigError).message).toContain('keys[0].scopes must be a non-empty array');
  });
});
