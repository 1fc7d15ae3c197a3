/**
 * API keys: how one looks, how it is made, and how it is stored. A key is `ggk_<id>_<secret>` with
 * 32 random bytes of secret; the keys file holds only its SHA-256. A plain hash (not a slow password
 * hash) is enough because the secret is random and 256 bits long: nobody can guess it from the hash,
 * and checking a key on every request must stay cheap. The id in the key lets the store find the
 * one entry to compare against, and is what logs and budgets name (`caller.id`).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'ggk_';
/** Ids are short and safe in logs, file names and metric labels. */
export const KEY_ID_PATTERN = /^[a-z0-9]{6,32}$/;
const KEY_PATTERN = /^ggk_([a-z0-9]{6,32})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  id: string;
  /** The key itself: shown once, never stored. */
  key: string;
  /** `sha256:<hex>` of the key: what the keys file keeps. */
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const id = randomBytes(6).toString('hex');
  const key = `${PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
  return { id, key, hash: hashApiKey(key) };
}

function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** The id a presented key claims, or undefined when it is not shaped like one of our keys. */
export function keyIdOf(presented: string): string | undefined {
  return KEY_PATTERN.exec(presented)?.[1];
}

/** Whether `presented` hashes to `storedHash`, compared in constant time. */
export function keyMatches(presented: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash);
  const actual = Buffer.from(hashApiKey(presented));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
