import type { Db } from '../db/open.js';
import type { ContactRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';
import { hexId } from '../db/ids.js';

/** The columns a caller may set on a contact (both dialects map their request bodies onto these). */
export interface ContactFields {
  role?: 'user' | 'lead';
  external_id?: string | null;
  email?: string | null;
  phone?: string | null;
  name?: string | null;
  pseudonym?: string | null;
  avatar?: string | null;
  owner_id?: string | null;
  unsubscribed_from_emails?: boolean;
  has_hard_bounced?: boolean;
  marked_email_as_spam?: boolean;
  signed_up_at?: number | null;
  last_seen_at?: number | null;
  last_replied_at?: number | null;
  last_contacted_at?: number | null;
  last_email_opened_at?: number | null;
  last_email_clicked_at?: number | null;
  session_count?: number;
  language_override?: string | null;
  browser?: string | null;
  browser_language?: string | null;
  os?: string | null;
  location_country?: string | null;
  location_region?: string | null;
  location_city?: string | null;
  location_country_code?: string | null;
  location_continent_code?: string | null;
  /** Merged key by key into the stored attributes on update (a key set to null is stored as null). */
  custom_attributes?: Record<string, unknown>;
  /** Only seeding and imports set these; the API stamps them with `now`. */
  created_at?: number;
  updated_at?: number;
}

// Fixed column names: dynamic SQL below is built only from this list, never from request keys.
const SETTABLE_COLUMNS = [
  'role', 'external_id', 'email', 'phone', 'name', 'pseudonym', 'avatar', 'owner_id',
  'unsubscribed_from_emails', 'has_hard_bounced', 'marked_email_as_spam', 'signed_up_at', 'last_seen_at',
  'last_replied_at', 'last_contacted_at', 'last_email_opened_at', 'last_email_clicked_at', 'session_count',
  'language_override', 'browser', 'browser_language', 'os', 'location_country', 'location_region',
  'location_city', 'location_country_code', 'location_continent_code',
] as const satisfies readonly (keyof ContactFields)[];

function columnValue(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export function findContact(db: Db, id: string): ContactRow | undefined {
  return prepared<ContactRow>(db, 'SELECT * FROM contacts WHERE id = ?').get(id);
}

export function findContactBySeq(db: Db, seq: number): ContactRow | undefined {
  return prepared<ContactRow>(db, 'SELECT * FROM contacts WHERE seq = ?').get(seq);
}

export function findContactByExternalId(db: Db, externalId: string): ContactRow | undefined {
  return prepared<ContactRow>(db, 'SELECT * FROM contacts WHERE external_id = ?').get(externalId);
}

/** Every contact with this email (optionally of one role), oldest first: 1.x answers 409 when several match. */
export function findContactsByEmail(db: Db, email: string, role?: 'user' | 'lead'): ContactRow[] {
  return role === undefined
    ? prepared<ContactRow>(db, 'SELECT * FROM contacts WHERE email = ? ORDER BY seq LIMIT 100').all(email)
    : prepared<ContactRow>(db, 'SELECT * FROM contacts WHERE email = ? AND role = ? ORDER BY seq LIMIT 100').all(email, role);
}

export interface ContactLookup {
  id?: string;
  externalId?: string;
  email?: string;
  role?: 'user' | 'lead';
}

/**
 * The contact a lookup names, trying `id`, then `externalId`, then `email` (the first, oldest match),
 * and keeping only one of `role` when given.
 */
export function findContactBy(db: Db, lookup: ContactLookup): ContactRow | undefined {
  const roleOk = (row: ContactRow | undefined) =>
    row !== undefined && (lookup.role === undefined || row.role === lookup.role) ? row : undefined;
  if (lookup.id !== undefined) return roleOk(findContact(db, lookup.id));
  if (lookup.externalId !== undefined) return roleOk(findContactByExternalId(db, lookup.externalId));
  if (lookup.email !== undefined) return findContactsByEmail(db, lookup.email, lookup.role)[0];
  return undefined;
}

/** Inserts a contact (role required) and returns the stored row. */
export function createContact(db: Db, fields: ContactFields & { role: 'user' | 'lead' }, now: number): ContactRow {
  const columns: string[] = ['id', 'created_at', 'updated_at', 'custom_attributes'];
  const values: unknown[] = [hexId(), fields.created_at ?? now, fields.updated_at ?? fields.created_at ?? now,
    JSON.stringify(fields.custom_attributes ?? {})];
  for (const column of SETTABLE_COLUMNS) {
    if (fields[column] !== undefined) {
      columns.push(column);
      values.push(columnValue(fields[column]));
    }
  }
  const sql = `INSERT INTO contacts (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const { lastInsertRowid } = prepared(db, sql).run(...values);
  return findContactBySeq(db, Number(lastInsertRowid))!;
}

/** Applies `fields` to a contact, bumps `updated_at`, and returns the stored row. */
export function updateContact(db: Db, row: ContactRow, fields: ContactFields, now: number): ContactRow {
  const sets: string[] = ['updated_at = ?'];
  const values: unknown[] = [fields.updated_at ?? now];
  for (const column of SETTABLE_COLUMNS) {
    if (fields[column] !== undefined) {
      sets.push(`${column} = ?`);
      values.push(columnValue(fields[column]));
    }
  }
  if (fields.custom_attributes !== undefined) {
    sets.push('custom_attributes = ?');
    const stored = JSON.parse(row.custom_attributes) as Record<string, unknown>;
    values.push(JSON.stringify({ ...stored, ...fields.custom_attributes }));
  }
  prepared(db, `UPDATE contacts SET ${sets.join(', ')} WHERE seq = ?`).run(...values, row.seq);
  return findContactBySeq(db, row.seq)!;
}

/** Deletes a contact; its tag, company and conversation links go with it (ON DELETE CASCADE). */
export function deleteContact(db: Db, seq: number): void {
  prepared(db, 'DELETE FROM contacts WHERE seq = ?').run(seq);
}

export function countContacts(db: Db, role?: 'user' | 'lead'): number {
  const row =
    role === undefined
      ? prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM contacts').get()
      : prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM contacts WHERE role = ?').get(role);
  return row?.n ?? 0;
}
