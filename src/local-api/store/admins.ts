/** Admins (teammates): read-only here; seeding creates them. Conversation tagging names one by id. */
import type { Db } from '../db/open.js';
import type { AdminRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';

export function findAdmin(db: Db, id: string): AdminRow | undefined {
  return prepared<AdminRow>(db, 'SELECT * FROM admins WHERE id = ?').get(id);
}

export function findAdminBySeq(db: Db, seq: number): AdminRow | undefined {
  return prepared<AdminRow>(db, 'SELECT * FROM admins WHERE seq = ?').get(seq);
}

/** Every admin, first created first; the first one is the workspace's owner (what `/me` answers). */
export function listAdmins(db: Db): AdminRow[] {
  return prepared<AdminRow>(db, 'SELECT * FROM admins ORDER BY seq').all();
}
