/**
 * The figures behind `GET /counts` (docs/intercom-contract.md#counts). Counts are by name, include users and leads, and
 * include companies without users (which company lists hide). Figures are remembered until the store
 * changes (search/count-cache.ts): a dashboard polling /counts re-reads nothing while nothing is written.
 */
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import { remembered } from '../search/count-cache.js';

export interface AppTotals {
  company: number;
  user: number;
  lead: number;
  tag: number;
  segment: number;
}

export function appTotals(db: Db): AppTotals {
  return remembered(db, 'counts:app', () => prepared<AppTotals>(
    db,
    `SELECT (SELECT COUNT(*) FROM companies) AS company,
            (SELECT COUNT(*) FROM contacts WHERE role = 'user') AS user,
            (SELECT COUNT(*) FROM contacts WHERE role = 'lead') AS lead,
            (SELECT COUNT(*) FROM tags) AS tag,
            (SELECT COUNT(*) FROM segments) AS segment`,
  ).get()!);
}

export interface NamedCount {
  name: string;
  count: number;
}

/** People (users and leads) per tag, every tag included, oldest tag first. */
export function contactCountsByTag(db: Db): NamedCount[] {
  return remembered(db, 'counts:contacts by tag', () => prepared<NamedCount>(
    db,
    `SELECT t.name AS name, (SELECT COUNT(*) FROM contact_tags ct WHERE ct.tag_seq = t.seq) AS count
     FROM tags t ORDER BY t.seq`,
  ).all());
}

/** Companies per tag (with or without users), one page of tags in creation order. */
export function companyCountsByTag(db: Db, limit: number, offset: number): NamedCount[] {
  return prepared<NamedCount>(
    db,
    `SELECT t.name AS name, (SELECT COUNT(*) FROM company_tags ct WHERE ct.tag_seq = t.seq) AS count
     FROM tags t ORDER BY t.seq LIMIT ? OFFSET ?`,
  ).all(limit, offset);
}

export function tagCount(db: Db): number {
  return prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM tags').get()!.n;
}

/** Companies that have at least one contact matching a segment's filter (over `contacts c`). */
export function companiesMatching(db: Db, where: { sql: string; params: unknown[] }): number {
  return remembered(db, `counts:companies matching ${where.sql}\u0000${JSON.stringify(where.params)}`, () =>
    prepared<{ n: number }>(
      db,
      `SELECT COUNT(DISTINCT cc.company_seq) AS n FROM contact_companies cc JOIN contacts c ON c.seq = cc.contact_seq
       WHERE ${where.sql}`,
    ).get(...where.params)!.n,
  );
}

export interface CompanyUserCount {
  name: string | null;
  company_id: string;
  count: number;
}

/**
 * Users per company, every company included — empty ones too, unlike `GET /companies`.
 *
 * Counted as "all members minus leads": all members per company are a range count on the covering
 * (company_seq, contact_seq) index, no contact row read; only leads (the minority) are joined to their
 * rows. Joining every member to its row to check its role took seconds at 1M contacts; this ~150 ms.
 */
export function userCountsByCompany(db: Db): CompanyUserCount[] {
  return remembered(db, 'counts:users by company', () => prepared<CompanyUserCount>(
    db,
    `WITH leads AS (
       SELECT cc.company_seq AS company_seq, COUNT(*) AS n
       FROM contacts c JOIN contact_companies cc ON cc.contact_seq = c.seq
       WHERE c.role = 'lead' GROUP BY cc.company_seq)
     SELECT co.name AS name, co.company_id AS company_id,
            (SELECT COUNT(*) FROM contact_companies cc WHERE cc.company_seq = co.seq)
              - COALESCE((SELECT n FROM leads WHERE leads.company_seq = co.seq), 0) AS count
     FROM companies co ORDER BY co.seq`,
  ).all());
}

export interface ConversationTotals {
  open: number;
  closed: number;
  unassigned: number;
  assigned: number;
}

/** `open` includes snoozed conversations (docs/intercom-contract.md#counts); assigned + unassigned = open. */
export function conversationTotals(db: Db): ConversationTotals {
  return prepared<ConversationTotals>(
    db,
    `SELECT COALESCE(SUM(state != 'closed'), 0) AS open,
            COALESCE(SUM(state = 'closed'), 0) AS closed,
            COALESCE(SUM(state != 'closed' AND admin_assignee_seq IS NULL), 0) AS unassigned,
            COALESCE(SUM(state != 'closed' AND admin_assignee_seq IS NOT NULL), 0) AS assigned
     FROM conversations`,
  ).get()!;
}

export interface AdminConversationCount {
  id: string;
  name: string;
  open: number;
  closed: number;
}

export function conversationCountsByAdmin(db: Db): AdminConversationCount[] {
  return prepared<AdminConversationCount>(
    db,
    `SELECT a.id AS id, a.name AS name,
            COALESCE(SUM(cv.state != 'closed'), 0) AS open,
            COALESCE(SUM(cv.state = 'closed'), 0) AS closed
     FROM admins a LEFT JOIN conversations cv ON cv.admin_assignee_seq = a.seq
     GROUP BY a.seq ORDER BY a.seq`,
  ).all();
}
