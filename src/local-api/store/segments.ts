import { z } from 'zod';
import type { Db } from '../db/open.js';
import type { SegmentRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';
import { hexId } from '../db/ids.js';
import { compileContactQuery, compileSegment } from '../search/compile.js';
import type { SqlFragment } from '../search/sql.js';

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
export function segmentWhere(db: Db, segment: SegmentRow, alias = 'c', now?: number): SqlFragment {
  return compileSegment(db, segment, alias, { now });
}

/**
 * Member counts, remembered until anything in the store changes or the UTC day turns (search matches
 * dates by day, so relative windows such as `now-30d` move only at midnight). `total_changes()` counts
 * every row this connection ever wrote, so an equal value means nothing was written since.
 */
const countCache = new WeakMap<Db, Map<number, { key: string; count: number }>>();

export function countSegmentMembers(db: Db, segment: SegmentRow, now: number = Math.floor(Date.now() / 1000)): number {
  const changes = prepared<{ n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
  const key = `${changes}:${Math.floor(now / 86_400)}:${segment.updated_at}:${segment.query}:${segment.person_type}`;
  let bySegment = countCache.get(db);
  if (!bySegment) countCache.set(db, (bySegment = new Map()));
  const cached = bySegment.get(segment.seq);
  if (cached?.key === key) return cached.count;
  const where = segmentWhere(db, segment, 'c', now);
  // Segment SQL is the same text for as long as the segment is unchanged, so the statement cache stays
  // as small as the segment list.
  const count = prepared<{ n: number }>(db, `SELECT COUNT(*) AS n FROM contacts c WHERE ${where.sql}`).get(...where.params)!.n;
  bySegment.set(segment.seq, { key, count });
  return count;
}

/** Whether one contact is in a segment (one indexed lookup plus the segment's condition). */
export function isSegmentMember(db: Db, segment: SegmentRow, contactSeq: number, now?: number): boolean {
  const where = segmentWhere(db, segment, 'c', now);
  return prepared(db, `SELECT 1 FROM contacts c WHERE c.seq = ? AND ${where.sql}`).get(contactSeq, ...where.params) !== undefined;
}

/** The segments a contact is in right now. */
export function segmentsOfContact(db: Db, contactSeq: number, now?: number): SegmentRow[] {
  return listSegments(db).filter((segment) => isSegmentMember(db, segment, contactSeq, now));
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
