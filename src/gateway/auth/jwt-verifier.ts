/**
 * Verifies Bearer JWTs with jose: the signature against a JWKS URL or one local public key, the
 * algorithm against a pinned list, and `iss`, `aud` and `exp` (required; `nbf` when present).
 * The caller is the token's subject; its scopes come from a configurable claim that holds either a
 * space-separated string (OAuth's `scope`) or an array.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Caller, Scope } from '../../schema/caller.js';
import { isScope } from './scopes.js';

export interface JwtVerifierOptions {
  issuer: string;
  audience: string;
  algorithms: readonly string[];
  scopesClaim: string;
  jwksUrl?: string;
  publicKeyFile?: string;
}

export type JwtOutcome = { ok: true; caller: Caller } | { ok: false; reason: string };

export interface JwtVerifier {
  verify(token: string): Promise<JwtOutcome>;
}

/** Clock skew tolerated on exp/nbf between the issuer and this machine. */
const CLOCK_TOLERANCE_S = 30;

/** Throws an Error naming the file when the local key cannot be read or parsed. */
export async function createJwtVerifier(options: JwtVerifierOptions): Promise<JwtVerifier> {
  const key: KeyObject | JWTVerifyGetKey = options.publicKeyFile
    ? await readPublicKey(options.publicKeyFile)
    : createRemoteJWKSet(new URL(options.jwksUrl!), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  const checks = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: [...options.algorithms],
    requiredClaims: ['exp', 'sub'],
    clockTolerance: CLOCK_TOLERANCE_S,
  };

  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key as JWTVerifyGetKey, checks));
      } catch (error) {
        return { ok: false, reason: describe(error) };
      }
      const scopes = scopesOf(payload[options.scopesClaim]);
      return { ok: true, caller: { id: `jwt:${payload.sub}`, scopes } };
    },
  };
}

async function readPublicKey(file: string): Promise<KeyObject> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`JWT public key file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const key = createPublicKey(pem);
    if (key.type !== 'public') throw new Error('not a public key');
    return key;
  } catch {
    throw new Error(`JWT public key file ${file} must hold a PEM public key ("-----BEGIN PUBLIC KEY-----")`);
  }
}

/** Unknown scope names are ignored: an issuer may grant scopes meant for other services. */
function scopesOf(claim: unknown): Set<Scope> {
  const values = typeof claim === 'string' ? claim.split(' ') : Array.isArray(claim) ? claim : [];
  return new Set(values.filter(isScope));
}

/** jose's codes, said for the caller; the token itself is never echoed. */
function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  const claim = (error as { claim?: string }).claim;
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'the token has expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `the token's '${claim ?? 'claim'}' claim is missing or not accepted`;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'the token signature is invalid';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'the token is signed with an algorithm that is not accepted';
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'no signing key matches the token';
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JOSE_GENERIC':
      return 'the signing keys could not be fetched';
    default:
      return 'the token is malformed';
  }
}
