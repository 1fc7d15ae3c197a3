import { z } from 'zod';
import type { Db } from '../db/open.js';
import type { SegmentRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';
import { hexId } from '../db/ids.js';
import { compileContactQuery, compileSegment } from '../search/compile.js';
import type { SqlFragment } from '../search/sql.js';
import { countContactsWhere } from '../search/count-cache.js';

/**
 * Segments are saved 2.x search queries; membership is computed from the query at read time, so it
 * is always current.
 */
export function findSegment(db: Db, id: string): SegmentRow | undefined {
  return prepared<SegmentRow>(db, 'SELECT * FROM segments WHERE id = ?').get(id);
}

export function findSegmentByName(db: Db, name: string): SegmentRow | undefined {
  return prepared<SegmentRow>(db, 'SELECT * FROM segments WHERE name = ?').get(name);
}

/** All segments, oldest first (the list is small: no pagination, as in Intercom). */
export function listSegments(db: Db): SegmentRow[] {
  return prepared<SegmentRow>(db, 'SELECT * FROM segments ORDER BY seq').all();
}

/**
 * WHERE fragment over `contacts AS <alias>` selecting the segment's members. `now` (Unix seconds, the
 * current time by default) anchors relative dates such as `now-30d` in the segment's query.
 */
export function segmentWhere(db: Db, segment: SegmentRow, alias = 'c', now?: number, rowsWanted?: number): SqlFragment {
  return compileSegment(db, segment, alias, { now, rowsWanted });
}

/**
 * How many contacts are in a segment now. Remembered until anything in the store changes (see
 * search/count-cache.ts); relative dates such as `now-30d` compile to day boundaries, so the same
 * query text and values stand for the same members all day.
 */
export function countSegmentMembers(db: Db, segment: SegmentRow, now: number = Math.floor(Date.now() / 1000)): number {
  // Counting reads every member: tags in the query drive it from their member lists.
  return countContactsWhere(db, segmentWhere(db, segment, 'c', now, Number.POSITIVE_INFINITY));
}

/** Whether one contact is in a segment (one indexed lookup plus the segment's condition). */
export function isSegmentMember(db: Db, segment: SegmentRow, contactSeq: number, now?: number): boolean {
  return segmentsOfContacts(db, [contactSeq], now, [segment]).get(contactSeq)!.length > 0;
}

/** The segments a contact is in right now. */
export function segmentsOfContact(db: Db, contactSeq: number, now?: number): SegmentRow[] {
  return segmentsOfContacts(db, [contactSeq], now).get(contactSeq)!;
}

/**
 * The segments of each of `contactSeqs` (a page of contacts), in one query per segment: each segment
 * is compiled once, then its condition is tested on just those contacts (their rows by primary key;
 * tags probed, never read whole). Contacts in no segment map to an empty list.
 */
export function segmentsOfContacts(
  db: Db,
  contactSeqs: readonly number[],
  now?: number,
  segments: readonly SegmentRow[] = listSegments(db),
): Map<number, SegmentRow[]> {
  const result = new Map<number, SegmentRow[]>(contactSeqs.map((seq) => [seq, []]));
  if (contactSeqs.length === 0) return result;
  const seqs = JSON.stringify(contactSeqs);
  for (const segment of segments) {
    // rowsWanted 0: only the given contacts are tested, so membership is probed per contact.
    const where = segmentWhere(db, segment, 'c', now, 0);
    // CROSS JOIN keeps the page's seqs as the outer loop: left to choose, SQLite may walk a segment's
    // own index (e.g. every user seen this month) and look each row up in the page instead.
    // The SQL text is fixed per segment definition, so the statement cache stays as small as the list.
    const members = prepared<{ seq: number }>(
      db,
      `SELECT c.seq AS seq FROM json_each(?) AS page CROSS JOIN contacts c ON c.seq = page.value WHERE ${where.sql}`,
    ).all(seqs, ...where.params);
    for (const { seq } of members) result.get(seq)?.push(segment);
  }
  return result;
}

/** One segment definition, as the segments file and the admin route take it. */
export const segmentDefinitionSchema = z.object({
  name: z.string().trim().min(1).max(255),
  /** 'user' (the default) or 'contact' (leads), as Intercom's `person_type`. */
  person_type: z.enum(['user', 'contact']).default('user'),
  /** A 2.x contact search query; checked by the search compiler. */
  query: z.custom<unknown>((value) => value !== undefined && value !== null, { message: 'query is required' }),
});
export type SegmentDefinition = z.output<typeof segmentDefinitionSchema>;

/**
 * Creates the segment named `definition.name`, or replaces the query and person type of the existing
 * one (keeping its id). The query must compile (checked unless `check: false`, for callers that check
 * after saving a batch); an invalid one throws the compiler's 400 ApiError. Run inside a transaction.
 */
export function upsertSegment(
  db: Db,
  definition: SegmentDefinition,
  now: number,
  { check = true }: { check?: boolean } = {},
): { segment: SegmentRow; created: boolean } {
  if (check) compileContactQuery(db, definition.query);
  const text = JSON.stringify(definition.query);
  const existing = findSegmentByName(db, definition.name);
  if (!existing) {
    prepared(db, 'INSERT INTO segments (id, name, person_type, query, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      hexId(), definition.name, definition.person_type, text, now, now);
  } else if (existing.person_type !== definition.person_type || existing.query !== text) {
    prepared(db, 'UPDATE segments SET person_type = ?, query = ?, updated_at = ? WHERE seq = ?').run(
      definition.person_type, text, now, existing.seq);
  }
  const segment = findSegmentByName(db, definition.name)!;
  // A segment may name others through segment_id; compiling it as stored catches a cycle it closes.
  if (check) compileSegment(db, segment);
  return { segment, created: existing === undefined };
}

export function deleteSegment(db: Db, seq: number): void {
  prepared(db, 'DELETE FROM segments WHERE seq = ?').run(seq);
}
