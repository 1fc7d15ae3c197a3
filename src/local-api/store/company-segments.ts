/**
 * Which segments a company is in. Our definition (documented as a difference: Intercom does not say):
 * a company is in a segment when at least one of its contacts matches the segment's saved filter.
 */
import type { Db } from '../db/open.js';
import type { SegmentRow } from '../db/rows.js';
import type { SqlFragment } from '../search/sql.js';
import { prepared } from '../db/statements.js';
import { findSegment, listSegments, segmentWhere } from './segments.js';

/**
 * The segments of each of `companySeqs`, in one pass over their contacts: every segment's condition is
 * evaluated per contact row in the same scan (a big company's rows are read once, not once per
 * segment). Companies in no segment map to an empty list.
 */
export function segmentsOfCompanies(db: Db, companySeqs: readonly number[]): Map<number, SegmentRow[]> {
  const result = new Map<number, SegmentRow[]>(companySeqs.map((seq) => [seq, []]));
  const segments = listSegments(db);
  if (segments.length === 0 || companySeqs.length === 0) return result;
  const conditions = segments.map((segment) => segmentWhere(db, segment, 'c'));
  const columns = conditions.map((w, i) => `MAX(CASE WHEN ${w.sql} THEN 1 ELSE 0 END) AS s${i}`).join(', ');
  // The SQL text changes only when segment definitions do, so the statement cache stays small.
  const sql = `SELECT cc.company_seq AS company_seq, ${columns}
    FROM contact_companies cc CROSS JOIN contacts c ON c.seq = cc.contact_seq
    WHERE cc.company_seq IN (SELECT value FROM json_each(?)) GROUP BY cc.company_seq`;
  const params = [...conditions.flatMap((w) => w.params), JSON.stringify(companySeqs)];
  for (const row of prepared<Record<string, number>>(db, sql).all(...params)) {
    result.set(row.company_seq!, segments.filter((_, i) => row[`s${i}`] === 1));
  }
  return result;
}

export function companySegments(db: Db, companySeq: number): SegmentRow[] {
  return segmentsOfCompanies(db, [companySeq]).get(companySeq) ?? [];
}

/** The contact filter of a segment (over `contacts c`), or undefined when there is no such segment. */
export function segmentFilter(db: Db, segmentId: string): SqlFragment | undefined {
  const segment = findSegment(db, segmentId);
  return segment ? segmentWhere(db, segment, 'c') : undefined;
}
