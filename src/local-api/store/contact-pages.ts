/**
 * Page-numbered contact lists for the 1.x dialect (`/users`, `/contacts` as leads, a company's users).
 * 1.x stops paging at 10,000 records, so OFFSET stays bounded; past that clients use scroll.
 */
import type { Db } from '../db/open.js';
import type { ContactRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';

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

/**
 * Above this many members a tag is "large": its page is found by walking contacts in sort order and
 * checking membership (a page fills quickly), instead of fetching and sorting every member.
 */
const LARGE_TAG = 5_000;

export function listContactPage(db: Db, query: ContactPageQuery): { rows: ContactRow[]; total: number } {
  const counted = whereClause(query.filter, 'members');
  const total = countMatches(db, query.filter, counted);
  const { sql, params } = total > LARGE_TAG ? whereClause(query.filter, 'scan') : counted;
  const column = SORT_COLUMNS[query.sort];
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  // Column and direction come from the fixed tables above, never from the request text.
  const rows = prepared<ContactRow>(
    db,
    `SELECT c.* FROM contacts c WHERE ${sql} ORDER BY c.${column} ${direction}, c.seq ${direction} LIMIT ? OFFSET ?`,
  ).all(...params, query.perPage, (query.page - 1) * query.perPage);
  return { rows, total };
}

function countMatches(db: Db, filter: ContactFilter, where: { sql: string; params: unknown[] }): number {
  const onlyTag = Object.entries(filter).every(([key, value]) => key === 'tagSeq' || value === undefined);
  if (onlyTag && filter.tagSeq !== undefined) {
    // Every contact_tags row names an existing contact (ON DELETE CASCADE): count the index alone.
    return prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM contact_tags WHERE tag_seq = ?').get(filter.tagSeq)!.n;
  }
  return prepared<{ n: number }>(db, `SELECT COUNT(*) AS n FROM contacts c WHERE ${where.sql}`).get(...where.params)!.n;
}

/**
 * `members` drives the query from the tag's or company's member list (best when it is small);
 * `scan` checks membership per contact while walking the sort index (best when members are many).
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
      plan === 'members'
        ? 'c.seq IN (SELECT contact_seq FROM contact_tags WHERE tag_seq = ?)'
        : 'EXISTS (SELECT 1 FROM contact_tags ct WHERE ct.tag_seq = ? AND ct.contact_seq = c.seq)',
    );
    params.push(filter.tagSeq);
  }
  if (filter.companySeq !== undefined) {
    parts.push(
      plan === 'members'
        ? 'c.seq IN (SELECT contact_seq FROM contact_companies WHERE company_seq = ?)'
        : 'EXISTS (SELECT 1 FROM contact_companies cc WHERE cc.company_seq = ? AND cc.contact_seq = c.seq)',
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
