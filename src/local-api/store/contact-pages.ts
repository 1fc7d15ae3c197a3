/**
 * Page-numbered contact lists for the 1.x dialect (`/users`, `/contacts` as leads, a company's users).
 * 1.x stops paging at 10,000 records, so OFFSET stays bounded; past that clients use scroll.
 */
import type { Db } from '../db/open.js';
import type { ContactRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';
import { listSql, probeGroupOf, probeSql } from '../search/membership-plan.js';
import { countContactsWhere } from '../search/count-cache.js';

/** 1.x sort keys and the store columns behind them (1.x `last_request_at` is 2.x `last_seen_at`). */
export const SORT_COLUMNS = {
  created_at: 'created_at',
  last_request_at: 'last_seen_at',
  signed_up_at: 'signed_up_at',
  updated_at: 'updated_at',
} as const;
export type SortKey = keyof typeof SORT_COLUMNS;

export interface ContactFilter {
  /** Only this role; omitted means users and leads (what tag and segment filters return). */
  role?: 'user' | 'lead';
  tagSeq?: number;
  /** A WHERE fragment over `contacts c` (a segment's saved filter). */
  where?: { sql: string; params: unknown[] };
  companySeq?: number;
  /** Unix seconds: only contacts created at or after. */
  createdSince?: number;
  email?: string;
  phone?: string;
}

export interface ContactPageQuery {
  filter: ContactFilter;
  sort: SortKey;
  order: 'asc' | 'desc';
  page: number;
  perPage: number;
}

export function listContactPage(db: Db, query: ContactPageQuery): { rows: ContactRow[]; total: number } {
  const counted = whereClause(query.filter, 'members');
  const total = countMatches(db, query.filter, counted);
  const offset = (query.page - 1) * query.perPage;
  // The rule the search compiler uses too: probe while walking the sort order when the matches are
  // common enough to fill this page (offset included) sooner than reading every match would.
  const { sql, params } = probeGroupOf(db, total, offset + query.perPage) ? whereClause(query.filter, 'scan') : counted;
  const column = SORT_COLUMNS[query.sort];
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  // Sort keys only, then read whole rows for the one page: ordering thousands of members moves
  // (seq, key) pairs rather than full contact rows. Column and direction come from the fixed tables
  // above, never from the request text.
  const seqs = prepared<{ seq: number }>(
    db,
    `SELECT c.seq AS seq FROM contacts c WHERE ${sql} ORDER BY c.${column} ${direction}, c.seq ${direction} LIMIT ? OFFSET ?`,
  )
    .all(...params, query.perPage, offset)
    .map((key) => key.seq);
  const bySeq = new Map(
    prepared<ContactRow>(db, 'SELECT * FROM contacts WHERE seq IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(seqs))
      .map((row) => [row.seq, row]),
  );
  return { rows: seqs.flatMap((seq) => bySeq.get(seq) ?? []), total };
}

function countMatches(db: Db, filter: ContactFilter, where: { sql: string; params: unknown[] }): number {
  const onlyTag = Object.entries(filter).every(([key, value]) => key === 'tagSeq' || value === undefined);
  if (onlyTag && filter.tagSeq !== undefined) {
    // Every contact_tags row names an existing contact (ON DELETE CASCADE): count the index alone.
    return prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM contact_tags WHERE tag_seq = ?').get(filter.tagSeq)!.n;
  }
  return countContactsWhere(db, where);
}

/**
 * `members` drives the query from the tag's or company's member list (best when matches are rare);
 * `scan` checks membership per contact while walking the sort index (best when they are common).
 */
function whereClause(filter: ContactFilter, plan: 'members' | 'scan'): { sql: string; params: unknown[] } {
  const parts: string[] = ['1 = 1'];
  const params: unknown[] = [];
  if (filter.role !== undefined) {
    parts.push('c.role = ?');
    params.push(filter.role);
  }
  if (filter.tagSeq !== undefined) {
    parts.push(
      plan === 'members' ? listSql('contact_tags', 'tag_seq', 'c') : probeSql('contact_tags', 'tag_seq', 'c'),
    );
    params.push(filter.tagSeq);
  }
  if (filter.companySeq !== undefined) {
    parts.push(
      plan === 'members' ? listSql('contact_companies', 'company_seq', 'c') : probeSql('contact_companies', 'company_seq', 'c'),
    );
    params.push(filter.companySeq);
  }
  if (filter.where !== undefined) {
    parts.push(`(${filter.where.sql})`);
    params.push(...filter.where.params);
  }
  if (filter.createdSince !== undefined) {
    parts.push('c.created_at >= ?');
    params.push(filter.createdSince);
  }
  if (filter.email !== undefined) {
    parts.push('c.email = ?');
    params.push(filter.email);
  }
  if (filter.phone !== undefined) {
    parts.push('c.phone = ?');
    params.push(filter.phone);
  }
  return { sql: parts.join(' AND '), params };
}
