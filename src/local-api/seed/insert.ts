/**
 * Prepared INSERTs shared by the demo and the generated seeds. Each takes a full row with positional
 * parameters: at a million rows, binding arrays is measurably faster than binding named objects.
 */
import type { Db } from '../db/open.js';
import type { ContactRow, CompanyRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';

/** Kinds passed to seededHexId, so seeded ids of different tables never collide. */
export const ID_KIND = { contact: 1, company: 2, tag: 3, segment: 4, conversation: 5, admin: 6 } as const;

export type ContactSeed = Omit<ContactRow, 'seq'>;
export type CompanySeed = Omit<CompanyRow, 'seq'>;

const CONTACT_COLUMNS = [
  'seq', 'id', 'role', 'external_id', 'email', 'phone', 'name', 'pseudonym', 'avatar', 'owner_id',
  'unsubscribed_from_emails', 'has_hard_bounced', 'marked_email_as_spam', 'created_at', 'updated_at',
  'signed_up_at', 'last_seen_at', 'last_replied_at', 'last_contacted_at', 'last_email_opened_at',
  'last_email_clicked_at', 'session_count', 'language_override', 'browser', 'browser_language', 'os',
  'location_country', 'location_region', 'location_city', 'location_country_code', 'location_continent_code',
  'custom_attributes',
] as const satisfies readonly (keyof ContactRow)[];

const COMPANY_COLUMNS = [
  'seq', 'id', 'company_id', 'name', 'plan', 'size', 'website', 'industry', 'monthly_spend', 'session_count',
  'remote_created_at', 'created_at', 'updated_at', 'last_request_at', 'custom_attributes',
] as const satisfies readonly (keyof CompanyRow)[];

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
// Built once: at a million rows, rebuilding the text per row shows up in profiles.
const INSERT_CONTACT = insertSql('contacts', CONTACT_COLUMNS);
const INSERT_COMPANY = insertSql('companies', COMPANY_COLUMNS);

export function insertContact(db: Db, seq: number, c: ContactSeed): void {
  prepared(db, INSERT_CONTACT).run(
    seq, c.id, c.role, c.external_id, c.email, c.phone, c.name, c.pseudonym, c.avatar, c.owner_id,
    c.unsubscribed_from_emails, c.has_hard_bounced, c.marked_email_as_spam, c.created_at, c.updated_at,
    c.signed_up_at, c.last_seen_at, c.last_replied_at, c.last_contacted_at, c.last_email_opened_at,
    c.last_email_clicked_at, c.session_count, c.language_override, c.browser, c.browser_language, c.os,
    c.location_country, c.location_region, c.location_city, c.location_country_code, c.location_continent_code,
    c.custom_attributes,
  );
}

export function insertCompany(db: Db, seq: number, c: CompanySeed): void {
  prepared(db, INSERT_COMPANY).run(
    seq, c.id, c.company_id, c.name, c.plan, c.size, c.website, c.industry, c.monthly_spend, c.session_count,
    c.remote_created_at, c.created_at, c.updated_at, c.last_request_at, c.custom_attributes,
  );
}

export function insertAdmin(db: Db, seq: number, id: string, name: string, email: string): void {
  prepared(db, 'INSERT INTO admins (seq, id, name, email) VALUES (?, ?, ?, ?)').run(seq, id, name, email);
}

export function insertTag(db: Db, seq: number, id: string, name: string, createdAt: number): void {
  prepared(db, 'INSERT INTO tags (seq, id, name, created_at) VALUES (?, ?, ?, ?)').run(seq, id, name, createdAt);
}

export function insertSegment(
  db: Db,
  seq: number,
  s: { id: string; name: string; personType: 'user' | 'contact'; query: unknown; createdAt: number; updatedAt: number },
): void {
  prepared(
    db,
    'INSERT INTO segments (seq, id, name, person_type, query, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(seq, s.id, s.name, s.personType, JSON.stringify(s.query), s.createdAt, s.updatedAt);
}

export function tagContact(db: Db, tagSeq: number, contactSeq: number, appliedAt: number, appliedBy: string | null): void {
  prepared(db, 'INSERT INTO contact_tags (tag_seq, contact_seq, applied_at, applied_by) VALUES (?, ?, ?, ?)').run(
    tagSeq, contactSeq, appliedAt, appliedBy,
  );
}

export function tagCompany(db: Db, tagSeq: number, companySeq: number, appliedAt: number): void {
  prepared(db, 'INSERT INTO company_tags (tag_seq, company_seq, applied_at) VALUES (?, ?, ?)').run(
    tagSeq, companySeq, appliedAt,
  );
}

export function addToCompany(db: Db, contactSeq: number, companySeq: number, createdAt: number): void {
  prepared(db, 'INSERT INTO contact_companies (contact_seq, company_seq, created_at) VALUES (?, ?, ?)').run(
    contactSeq, companySeq, createdAt,
  );
}

export function insertConversation(
  db: Db,
  seq: number,
  c: { id: string; title: string | null; state: 'open' | 'closed' | 'snoozed'; read: 0 | 1; adminSeq: number | null; createdAt: number; updatedAt: number },
): void {
  prepared(
    db,
    'INSERT INTO conversations (seq, id, title, state, open, read, admin_assignee_seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(seq, c.id, c.title, c.state, c.state === 'closed' ? 0 : 1, c.read, c.adminSeq, c.createdAt, c.updatedAt);
}

export function addConversationContact(db: Db, conversationSeq: number, contactSeq: number): void {
  prepared(db, 'INSERT INTO conversation_contacts (conversation_seq, contact_seq) VALUES (?, ?)').run(
    conversationSeq, contactSeq,
  );
}

export function tagConversation(db: Db, tagSeq: number, conversationSeq: number, appliedAt: number, appliedBy: string | null): void {
  prepared(
    db,
    'INSERT INTO conversation_tags (tag_seq, conversation_seq, applied_at, applied_by) VALUES (?, ?, ?, ?)',
  ).run(tagSeq, conversationSeq, appliedAt, appliedBy);
}
