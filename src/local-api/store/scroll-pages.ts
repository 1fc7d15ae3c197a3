/**
 * Scroll pages: keyset reads in `seq` order after the last row handed out, so every page costs the
 * same however deep the scroll is, and rows added meanwhile are picked up rather than shifting pages.
 */
import type { Db } from '../db/open.js';
import type { CompanyRow, ContactRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';

export function scrollContacts(db: Db, role: 'user' | 'lead', afterSeq: number, limit: number): ContactRow[] {
  return prepared<ContactRow>(db, 'SELECT * FROM contacts WHERE role = ? AND seq > ? ORDER BY seq LIMIT ?').all(
    role,
    afterSeq,
    limit,
  );
}

/** Companies with at least one user, as the company list shows them (empty companies stay hidden). */
export function scrollVisibleCompanies(db: Db, afterSeq: number, limit: number): CompanyRow[] {
  return prepared<CompanyRow>(
    db,
    `SELECT co.* FROM companies co
     WHERE co.seq > ? AND EXISTS (SELECT 1 FROM contact_companies cc JOIN contacts u ON u.seq = cc.contact_seq
                                  WHERE cc.company_seq = co.seq AND u.role = 'user')
     ORDER BY co.seq LIMIT ?`,
  ).all(afterSeq, limit);
}
