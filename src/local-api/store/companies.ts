/**
 * SQL for companies and their members, shared by both dialects (1.x `/companies`, 2.x `/companies`).
 *
 * "Visible" companies are the ones Intercom shows in lists: those with at least one attached contact of
 * role `user` (leads do not make a company visible, and do not count in `user_count`). Counts (1.x
 * `/counts`) include every company, visible or not.
 */
import type { Db } from '../db/open.js';
import type { CompanyRow, ContactRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';
import { hexId } from '../db/ids.js';

/** The writable fields of a company, as both dialects accept them. `undefined` means "leave as is". */
export interface CompanyFields {
  company_id: string;
  name?: string | null;
  plan?: string | null;
  size?: number | null;
  website?: string | null;
  industry?: string | null;
  monthly_spend?: number;
  session_count?: number;
  remote_created_at?: number | null;
  last_request_at?: number | null;
  /** Merged into the stored attributes key by key, as Intercom does; a `null` value is stored as null. */
  custom_attributes?: Record<string, unknown>;
  /** Sets `last_request_at` to now. */
  update_last_request_at?: boolean;
}

/** The same fields without `company_id`, which can never change after creation. */
export type CompanyUpdate = Omit<CompanyFields, 'company_id'>;

export type CompanyOrder = 'asc' | 'desc';

export interface CompanyListQuery {
  /** Public tag id; the caller checks that the tag exists. */
  tagId?: string;
  /** A WHERE fragment over `contacts c` (a segment's filter); a company matches when one of its contacts does. */
  segmentWhere?: { sql: string; params: unknown[] };
  /** 1-based. */
  page: number;
  perPage: number;
  /** By `last_request_at`; Intercom's default is most recent first. */
  order?: CompanyOrder;
}

const SCALAR_COLUMNS = [
  'name',
  'plan',
  'size',
  'website',
  'industry',
  'monthly_spend',
  'session_count',
  'remote_created_at',
  'last_request_at',
] as const;

// Joins from a company to its contacts are written `contact_companies cc CROSS JOIN contacts`: SQLite
// keeps CROSS JOIN order, so the walk starts at the company's index range. Left to itself (no ANALYZE
// statistics) the planner prefers the contacts (role, …) index and scans every user once per company —
// 90 s for one list page at 200,000 contacts instead of milliseconds.

// A company is visible (listed) when at least one user is attached to it.
const HAS_USER = `EXISTS (SELECT 1 FROM contact_companies cc CROSS JOIN contacts u ON u.seq = cc.contact_seq
  WHERE cc.company_seq = co.seq AND u.role = 'user')`;

export function findCompany(db: Db, id: string): CompanyRow | undefined {
  return prepared<CompanyRow>(db, 'SELECT * FROM companies WHERE id = ?').get(id);
}

export function findCompanyBySeq(db: Db, seq: number): CompanyRow | undefined {
  return prepared<CompanyRow>(db, 'SELECT * FROM companies WHERE seq = ?').get(seq);
}

export function findCompanyByCompanyId(db: Db, companyId: string): CompanyRow | undefined {
  return prepared<CompanyRow>(db, 'SELECT * FROM companies WHERE company_id = ?').get(companyId);
}

/** Names are not unique in Intercom; the oldest company of that name wins, so the answer is stable. */
export function findCompanyByName(db: Db, name: string): CompanyRow | undefined {
  return prepared<CompanyRow>(db, 'SELECT * FROM companies WHERE name = ? ORDER BY seq LIMIT 1').get(name);
}

/** Creates the company when no company has this `company_id`, else updates it. */
export function upsertCompany(db: Db, fields: CompanyFields, now: number): CompanyRow {
  const { company_id: companyId, ...update } = fields;
  const existing = findCompanyByCompanyId(db, companyId);
  if (existing) return updateCompany(db, existing, update, now);
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO companies (id, company_id, monthly_spend, session_count, created_at, updated_at)
     VALUES (?, ?, 0, 0, ?, ?)`,
  ).run(hexId(), companyId, now, now);
  const created = findCompanyBySeq(db, Number(lastInsertRowid))!;
  return updateCompany(db, created, update, now, { touch: false });
}

/** Applies the fields that are present; `updated_at` moves unless `touch` is false (a fresh insert). */
export function updateCompany(
  db: Db,
  row: CompanyRow,
  update: CompanyUpdate,
  now: number,
  { touch = true }: { touch?: boolean } = {},
): CompanyRow {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const column of SCALAR_COLUMNS) {
    const value = update[column];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    params.push(value);
  }
  if (update.update_last_request_at) {
    sets.push('last_request_at = ?');
    params.push(now);
  }
  if (update.custom_attributes !== undefined) {
    const merged = { ...parseAttributes(row.custom_attributes), ...update.custom_attributes };
    sets.push('custom_attributes = ?');
    params.push(JSON.stringify(merged));
  }
  if (sets.length === 0 && !touch) return row;
  if (touch) {
    sets.push('updated_at = ?');
    params.push(now);
  }
  // Column names come from SCALAR_COLUMNS above, never from the request.
  db.prepare(`UPDATE companies SET ${sets.join(', ')} WHERE seq = ?`).run(...params, row.seq);
  return findCompanyBySeq(db, row.seq)!;
}

/** Deletes the company; its memberships and tags go with it (ON DELETE CASCADE). */
export function deleteCompany(db: Db, seq: number): void {
  prepared(db, 'DELETE FROM companies WHERE seq = ?').run(seq);
}

/** Returns true when the contact was not attached before. */
export function attachContactToCompany(db: Db, contactSeq: number, companySeq: number, now: number): boolean {
  const { changes } = prepared(
    db,
    'INSERT OR IGNORE INTO contact_companies (contact_seq, company_seq, created_at) VALUES (?, ?, ?)',
  ).run(contactSeq, companySeq, now);
  return changes > 0;
}

/** Returns true when the contact was attached. */
export function detachContactFromCompany(db: Db, contactSeq: number, companySeq: number): boolean {
  const { changes } = prepared(db, 'DELETE FROM contact_companies WHERE contact_seq = ? AND company_seq = ?').run(
    contactSeq,
    companySeq,
  );
  return changes > 0;
}

/** Intercom's `user_count`: attached contacts with role `user` (leads are not counted). */
export function companyUserCount(db: Db, companySeq: number): number {
  return prepared<{ n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM contact_companies cc CROSS JOIN contacts c ON c.seq = cc.contact_seq
     WHERE cc.company_seq = ? AND c.role = 'user'`,
  ).get(companySeq)!.n;
}

/** Every attached contact, users and leads. */
export function companyContactCount(db: Db, companySeq: number): number {
  return prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM contact_companies WHERE company_seq = ?').get(
    companySeq,
  )!.n;
}

/**
 * One page of a company's contacts (users and leads) in attach-independent `seq` order, after
 * `afterSeq`. Keyset paging on the (company_seq, contact_seq) index: deep pages cost the same as the
 * first, and contacts inserted meanwhile get higher seqs, so no page repeats or skips a row.
 */
export function listCompanyContacts(db: Db, companySeq: number, afterSeq: number, limit: number): ContactRow[] {
  return prepared<ContactRow>(
    db,
    `SELECT c.* FROM contact_companies cc CROSS JOIN contacts c ON c.seq = cc.contact_seq
     WHERE cc.company_seq = ? AND cc.contact_seq > ? ORDER BY cc.contact_seq LIMIT ?`,
  ).all(companySeq, afterSeq, limit);
}

/** Page `offset / limit` of a company's contacts by number, for `?page=` without a cursor (bounded by the record cap). */
export function listCompanyContactsAt(db: Db, companySeq: number, offset: number, limit: number): ContactRow[] {
  return prepared<ContactRow>(
    db,
    `SELECT c.* FROM contact_companies cc CROSS JOIN contacts c ON c.seq = cc.contact_seq
     WHERE cc.company_seq = ? ORDER BY cc.contact_seq LIMIT ? OFFSET ?`,
  ).all(companySeq, limit, offset);
}

/** Users only, for the 1.x `/companies/{id}/users` listing. */
export function listCompanyUsers(db: Db, companySeq: number, afterSeq: number, limit: number): ContactRow[] {
  return prepared<ContactRow>(
    db,
    `SELECT c.* FROM contact_companies cc CROSS JOIN contacts c ON c.seq = cc.contact_seq
     WHERE cc.company_seq = ? AND cc.contact_seq > ? AND c.role = 'user' ORDER BY cc.contact_seq LIMIT ?`,
  ).all(companySeq, afterSeq, limit);
}

/** The companies a contact belongs to, oldest attachment first; `limit` for the embedded 10-item list. */
export function listContactCompanies(db: Db, contactSeq: number, limit = -1): CompanyRow[] {
  return prepared<CompanyRow>(
    db,
    `SELECT co.* FROM contact_companies cc JOIN companies co ON co.seq = cc.company_seq
     WHERE cc.contact_seq = ? ORDER BY cc.created_at, co.seq LIMIT ?`,
  ).all(contactSeq, limit);
}

export function countContactCompanies(db: Db, contactSeq: number): number {
  return prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM contact_companies WHERE contact_seq = ?').get(
    contactSeq,
  )!.n;
}

/**
 * Whether a company belongs to a segment: our definition (documented as a difference from Intercom,
 * which does not say) is that at least one of its contacts matches the segment's filter.
 */
export function companyMatchesSegment(db: Db, companySeq: number, where: { sql: string; params: unknown[] }): boolean {
  const sql = `SELECT EXISTS (SELECT 1 FROM contact_companies cc CROSS JOIN contacts c ON c.seq = cc.contact_seq
    WHERE cc.company_seq = ? AND (${where.sql})) AS hit`;
  return (prepared<{ hit: number }>(db, sql).get(companySeq, ...where.params)!.hit) === 1;
}

/**
 * One page of visible companies (at least one user), filtered by tag and/or segment, ordered by
 * `last_request_at` then creation, in the order asked. The order walks the (last_request_at, seq) index
 * and stops after the page; companies that never made a request (NULL) come last in `desc` and
 * first in `asc`, as SQLite sorts NULL lowest.
 * Page-number paging: Intercom caps these lists at 10,000 records, so OFFSET stays bounded.
 */
export function listVisibleCompanies(db: Db, query: CompanyListQuery): { rows: CompanyRow[]; total: number } {
  const where: string[] = [HAS_USER];
  const params: unknown[] = [];
  // Both filters are uncorrelated IN sets, built once per query: the tag's companies from its index
  // range, the segment's companies from one pass over the matching contacts (which may use a contacts
  // index) — several times faster than testing each company's members in turn.
  if (query.tagId !== undefined) {
    where.push('co.seq IN (SELECT company_seq FROM company_tags WHERE tag_seq = (SELECT seq FROM tags WHERE id = ?))');
    params.push(query.tagId);
  }
  if (query.segmentWhere) {
    where.push(`co.seq IN (SELECT cc.company_seq FROM contacts c CROSS JOIN contact_companies cc ON cc.contact_seq = c.seq
      WHERE ${query.segmentWhere.sql})`);
    params.push(...query.segmentWhere.params);
  }
  const filter = where.join(' AND ');
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  const total = prepared<{ n: number }>(db, `SELECT COUNT(*) AS n FROM companies co WHERE ${filter}`).get(...params)!.n;
  const rows = prepared<CompanyRow>(
    db,
    `SELECT co.* FROM companies co WHERE ${filter}
     ORDER BY co.last_request_at ${direction}, co.seq ${direction}
     LIMIT ? OFFSET ?`,
  ).all(...params, query.perPage, (query.page - 1) * query.perPage);
  return { rows, total };
}

export function parseAttributes(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
