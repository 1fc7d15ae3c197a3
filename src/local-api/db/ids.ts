import { randomBytes } from 'node:crypto';

/** A 24-hex-digit id in the style of Intercom's contact, company and segment ids. */
export function hexId(): string {
  return randomBytes(12).toString('hex');
}

/**
 * A deterministic 24-hex id for seeded rows: the same seed always yields the same ids, so demo
 * data, tests and benchmarks can name rows. `kind` keeps ids of different tables apart.
 */
export function seededHexId(kind: number, n: number): string {
  return kind.toString(16).padStart(4, '0') + n.toString(16).padStart(20, '0');
}
