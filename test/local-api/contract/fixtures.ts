/**
 * Test data written straight into the store, for the rows the public API cannot create (admins,
 * conversations) or that a test needs in bulk. Everything under test then goes through HTTP.
 */
import type { Db } from '../../../src/local-api/db/open.js';
import type { ContactRow, ConversationRow, TagRow } from '../../../src/local-api/db/rows.js';
import { createContact } from '../../../src/local-api/store/contacts.js';
import { attachContactToCompany, upsertCompany } from '../../../src/local-api/store/companies.js';
import { createConversation } from '../../../src/local-api/store/conversations.js';
import { ensureTag } from '../../../src/local-api/store/tags.js';

export const NOW = 1_700_000_000;

let counter = 0;

export function addContact(db: Db, role: 'user' | 'lead' = 'user', fields: { email?: string; name?: string } = {}): ContactRow {
  counter += 1;
  return createContact(
    db,
    {
      role,
      external_id: role === 'user' ? `ext-${process.pid}-${counter}` : null,
      email: fields.email ?? `person${counter}@example.com`,
      name: fields.name ?? `Person ${counter}`,
      last_seen_at: NOW - counter,
    },
    NOW,
  );
}

/** A company (by company_id) with the given contacts attached. */
export function addCompany(db: Db, companyId: string, members: readonly ContactRow[] = [], fields: { name?: string; last_request_at?: number } = {}) {
  const company = upsertCompany(db, { company_id: companyId, name: fields.name ?? companyId, last_request_at: fields.last_request_at }, NOW);
  for (const member of members) attachContactToCompany(db, member.seq, company.seq, NOW);
  return company;
}

/** An admin with a numeric id, as Intercom's are. */
export function addAdmin(db: Db, id: string, name = 'Test Admin', email = `admin${id}@example.com`): { seq: number; id: string } {
  const { lastInsertRowid } = db.prepare('INSERT INTO admins (id, name, email) VALUES (?, ?, ?)').run(id, name, email);
  return { seq: Number(lastInsertRowid), id };
}

export function addTag(db: Db, name: string): TagRow {
  return ensureTag(db, name, NOW);
}

export function addConversation(
  db: Db,
  contacts: readonly ContactRow[],
  fields: { title?: string; state?: ConversationRow['state']; adminSeq?: number; createdAt?: number } = {},
): ConversationRow {
  return createConversation(
    db,
    {
      title: fields.title ?? null,
      state: fields.state ?? 'open',
      adminAssigneeSeq: fields.adminSeq ?? null,
      contactSeqs: contacts.map((c) => c.seq),
      createdAt: fields.createdAt ?? NOW,
    },
    NOW,
  );
}
