/**
 * JWT auth over real HTTP: a key pair made here, its public half served as a JWKS on 127.0.0.1,
 * and tokens that are wrong in exactly one way each. Every bad one is a 401 invalid_token with no
 * upstream call; a good one's scopes come from the configured claim.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, codes, startAuthHarness, type AuthHarness } from './auth-harness.js';

const ISSUER = 'https://issuer.test/';
const AUDIENCE = 'grouping-gateway';
const TAGS = { query: '{ tags { name } }' };
const CREATE_TAG = { query: 'mutation { createTag(name: "made-by-jwt") { __typename } }' };

let signing: CryptoKey;
let other: CryptoKey;
let ecKey: CryptoKey;
let jwks: http.Server;
let jwksRequests = 0;
let harness: AuthHarness;
let fileHarness: AuthHarness;
let dir: string;

function token(claims: JWTPayload = {}, options: { key?: CryptoKey; alg?: string; exp?: number | string; iss?: string; aud?: string } = {}) {
  const jwt = new SignJWT({ scope: 'read', ...claims })
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: 'k1' })
    .setSubject('user-42')
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt();
  jwt.setExpirationTime(options.exp ?? '5m');
  return jwt.sign(options.key ?? signing);
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signing = pair.privateKey;
  other = (await generateKeyPair('RS256')).privateKey;
  ecKey = (await generateKeyPair('ES256')).privateKey;
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwks = http.createServer((_req, res) => {
    jwksRequests += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
  harness = await startAuthHarness({ auth: 'jwt', jwtJwksUrl: jwksUrl, jwtIssuer: ISSUER, jwtAudience: AUDIENCE });
  dir = await mkdtemp(path.join(tmpdir(), 'gg-jwt-'));
  const pem = path.join(dir, 'public.pem');
  await writeFile(pem, await exportSPKI(pair.publicKey));
  fileHarness = await startAuthHarness(
    { auth: 'jwt', jwtPublicKeyFile: pem, jwtIssuer: ISSUER, jwtAudience: AUDIENCE, jwtScopesClaim: 'permissions' },
    harness.api,
  );
  await harness.send(TAGS, bearer(await token())); // warm, and the JWKS fetched once
});

afterAll(async () => {
  await fileHarness?.close();
  await harness?.close();
  await new Promise<void>((resolve) => jwks?.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe('--auth jwt', () => {
  it('accepts a valid token and runs the query', async () => {
    const answer = await harness.send(TAGS, bearer(await token()));
    expect(answer.status).toBe(200);
    expect((answer.body.data?.['tags'] as unknown[]).length).toBeGreaterThan(0);
    expect(jwksRequests).toBe(1); // the key set is cached, not fetched per request
  });

  it('refuses a missing token with a bare Bearer challenge', async () => {
    const answer = await harness.send(TAGS);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="grouping-gateway"');
  });

  const bad: Array<[string, () => Promise<string>, string]> = [
    ['the wrong audience', () => token({}, { aud: 'another-api' }), "'aud' claim"],
    ['the wrong issuer', () => token({}, { iss: 'https://evil.test/' }), "'iss' claim"],
    ['an expired one', () => token({}, { exp: Math.floor(Date.now() / 1000) - 3600 }), 'expired'],
    ['a bad signature (another key, same kid)', () => token({}, { key: other }), 'signature'],
    ['an algorithm not pinned (ES256)', () => token({}, { key: ecKey, alg: 'ES256' }), 'algorithm'],
    ['a tampered payload', async () => {
      const [header, , signature] = (await token()).split('.');
      const payload = Buffer.from(JSON.stringify({ sub: 'admin', scope: 'read write dev', iss: ISSUER, aud: AUDIENCE, exp: 9e9 })).toString('base64url');
      return `${header}.${payload}.${signature}`;
    }, 'signature'],
    ['not a JWT at all', async () => 'not.a.jwt', 'malformed'],
  ];
  for (const [what, make, reason] of bad) {
    it(`refuses ${what} with 401 invalid_token and no upstream call`, async () => {
      const mark = harness.received.count;
      const answer = await harness.send(TAGS, bearer(await make()));
      expect(answer.status).toBe(401);
      const challenge = answer.headers.get('www-authenticate')!;
      expect(challenge).toContain('error="invalid_token"');
      expect(challenge).toContain(reason);
      expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
      expect(harness.received.count).toBe(mark);
      expect(answer.ms).toBeLessThan(100);
    });
  }

  it('takes scopes from the claim: read alone cannot mutate, read and write can', async () => {
    const mark = harness.received.count;
    const refused = await harness.send(CREATE_TAG, bearer(await token({ scope: 'read' })));
    expect(refused.status).toBe(403);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(harness.received.count).toBe(mark);
    const allowed = await harness.send(CREATE_TAG, bearer(await token({ scope: 'read write' })));
    expect(allowed.body.errors).toBeUndefined();
  });

  it('verifies against a local public key file, with scopes from an array claim', async () => {
    const withArray = await fileHarness.send(TAGS, bearer(await token({ scope: undefined, permissions: ['read'] })));
    expect(withArray.status).toBe(200);
    const mark = fileHarness.received.count;
    // The default claim name means nothing here: no scopes, so even a query is forbidden.
    const noScopes = await fileHarness.send(TAGS, bearer(await token({ scope: 'read' })));
    expect(noScopes.status).toBe(403);
    const wrongKey = await fileHarness.send(TAGS, bearer(await token({ permissions: ['read'] }, { key: other })));
    expect(wrongKey.status).toBe(401);
    expect(fileHarness.received.count).toBe(mark);
  });
});
