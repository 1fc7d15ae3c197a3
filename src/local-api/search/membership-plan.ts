/**
 * How "contact is in this group" (has a tag, belongs to a company) is tested — the one rule shared by
 * the 2.x search compiler and the 1.x page lists.
 *
 * Two plans:
 * - `list`: read the group's member list (its index range) and fetch each member's contact row. Costs
 *   one row read per member; right for counting, and for small groups.
 * - `probe`: walk contacts in the page's sort order (an index) and probe the group's index per contact,
 *   stopping once the page is full. Costs about `rowsWanted × contacts / members` probes: right when
 *   members are common enough that a page fills quickly, whatever the group's absolute size.
 *
 * Measured at 1M contacts (bench store): a probe costs ~0.16 µs, reading and sorting one member
 * ~2–4.5 µs, so one member read is worth about ten probes. Probing wins when
 * `rowsWanted × contacts / members < PROBES_PER_MEMBER × members`, i.e. when the group has at least
 * `sqrt(rowsWanted × contacts / PROBES_PER_MEMBER)` members — ~2,300 for the first 50 rows of a
 * million contacts, ~14,000 for page 200 of 1.x (10,000 rows in), ~23 in a store of a thousand.
 * The threshold scales with the store and with how deep the page is, where a fixed count cannot.
 */
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';

const PROBES_PER_MEMBER = 10;

/**
 * The fewest members at which probing beats reading the member list, for a caller that wants the
 * first `rowsWanted` matches in sort order. 0 rows (testing a few given contacts) always probes;
 * Infinity (counting, or reading every match) never does.
 */
export function probeThreshold(contacts: number, rowsWanted: number): number {
  if (rowsWanted <= 0) return 0;
  if (!Number.isFinite(rowsWanted)) return Number.POSITIVE_INFINITY;
  return Math.max(1, Math.ceil(Math.sqrt((rowsWanted * contacts) / PROBES_PER_MEMBER)));
}

/** MAX(seq) is an instant, close-enough stand-in for the number of contacts (no COUNT scan). */
export function contactCountEstimate(db: Db): number {
  return prepared<{ n: number | null }>(db, 'SELECT MAX(seq) AS n FROM contacts').get()!.n ?? 0;
}

/**
 * Whether a tag's members should be probed for, counting its members only up to the threshold: the
 * decision needs "at least N", never the exact size, so a 190k-member tag costs what a 2k one does.
 */
export function probeTag(db: Db, tagSeq: number, rowsWanted: number): boolean {
  const threshold = probeThreshold(contactCountEstimate(db), rowsWanted);
  if (threshold === 0) return true;
  if (!Number.isFinite(threshold)) return false;
  const seen = prepared<{ n: number }>(
    db,
    'SELECT COUNT(*) AS n FROM (SELECT 1 FROM contact_tags WHERE tag_seq = ? LIMIT ?)',
  ).get(tagSeq, threshold)!.n;
  return seen >= threshold;
}

/** Whether a group of known size should be probed for (the caller counted its members anyway). */
export function probeGroupOf(db: Db, members: number, rowsWanted: number): boolean {
  return members >= probeThreshold(contactCountEstimate(db), rowsWanted);
}

/**
 * The probe as SQL. `LIMIT 1` keeps it a correlated subquery: without it SQLite (3.4x+) turns EXISTS
 * into a semi-join and first builds a Bloom filter over the whole join table (~30 ms at 1M contacts)
 * before it can return the first row.
 */
export const probeSql = (table: string, groupColumn: string, alias: string): string =>
  `EXISTS (SELECT 1 FROM ${table} WHERE ${groupColumn} = ? AND contact_seq = ${alias}.seq LIMIT 1)`;

/** The member-list form: the group's index range drives the query. */
export const listSql = (table: string, groupColumn: string, alias: string): string =>
  `${alias}.seq IN (SELECT contact_seq FROM ${table} WHERE ${groupColumn} = ?)`;
