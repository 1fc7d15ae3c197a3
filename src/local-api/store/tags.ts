/**
 * Tags and their attachments to contacts and companies. Tag ids are numeric strings, as Intercom's are
 * ('1174399'); conversations are tagged in store/conversations.ts.
 */
import type { Db } from '../db/open.js';
import type { SegmentRow, TagRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';

/**
 * Public tag ids are `TAG_ID_OFFSET + seq`: numeric like Intercom's, deterministic for seeded data, and
 * never confusable with the 24-hex ids of contacts, companies and segments.
 */
export const TAG_ID_OFFSET = 1_170_000;

export function tagPublicId(seq: number): string {
  return String(TAG_ID_OFFSET + seq);
}

export function findTag(db: Db, id: string): TagRow | undefined {
  return prepared<TagRow>(db, 'SELECT * FROM tags WHERE id = ?').get(id);
}

/** Tag names are case-insensitive (the column is COLLATE NOCASE). */
export function findTagByName(db: Db, name: string): TagRow | undefined {
  return prepared<TagRow>(db, 'SELECT * FROM tags WHERE name = ?').get(name);
}

export function findTagBySeq(db: Db, seq: number): TagRow | undefined {
  return prepared<TagRow>(db, 'SELECT * FROM tags WHERE seq = ?').get(seq);
}

/** Every tag, oldest first. Intercom does not paginate the tag list. */
export function listTags(db: Db): TagRow[] {
  return prepared<TagRow>(db, 'SELECT * FROM tags ORDER BY seq').all();
}

/** The tag with this name (any case), created when missing — what every tagging call does. */
export function ensureTag(db: Db, name: string, now: number): TagRow {
  const existing = findTagByName(db, name);
  if (existing) return existing;
  // The id derives from the seq, so pick the seq ourselves; callers run inside a transaction.
  const { next } = prepared<{ next: number }>(db, 'SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM tags').get()!;
  // Seeded tags may carry ids of their own (the guide's '1174399'…): step past any id already taken.
  let idNumber = next;
  while (findTag(db, tagPublicId(idNumber))) idNumber++;
  prepared(db, 'INSERT INTO tags (seq, id, name, created_at) VALUES (?, ?, ?, ?)').run(next, tagPublicId(idNumber), name, now);
  return findTagBySeq(db, next)!;
}

/** Renames a tag; the caller checks first that no other tag has the name. */
export function renameTag(db: Db, tag: TagRow, name: string): TagRow {
  prepared(db, 'UPDATE tags SET name = ? WHERE seq = ?').run(name, tag.seq);
  return { ...tag, name };
}

/** Deletes a tag; its attachments go with it (ON DELETE CASCADE). */
export function deleteTag(db: Db, tag: TagRow): void {
  prepared(db, 'DELETE FROM tags WHERE seq = ?').run(tag.seq);
}

/** Attaches a tag to a contact; tagging twice keeps the first `applied_at`. Returns whether it was new. */
export function tagContact(db: Db, tagSeq: number, contactSeq: number, now: number, adminId?: string): boolean {
  const result = prepared(
    db,
    'INSERT OR IGNORE INTO contact_tags (tag_seq, contact_seq, applied_at, applied_by) VALUES (?, ?, ?, ?)',
  ).run(tagSeq, contactSeq, now, adminId ?? null);
  return result.changes > 0;
}

/** Returns whether the contact had the tag. */
export function untagContact(db: Db, tagSeq: number, contactSeq: number): boolean {
  return prepared(db, 'DELETE FROM contact_tags WHERE tag_seq = ? AND contact_seq = ?').run(tagSeq, contactSeq).changes > 0;
}

export function tagCompany(db: Db, tagSeq: number, companySeq: number, now: number): boolean {
  const result = prepared(
    db,
    'INSERT OR IGNORE INTO company_tags (tag_seq, company_seq, applied_at) VALUES (?, ?, ?)',
  ).run(tagSeq, companySeq, now);
  return result.changes > 0;
}

export function untagCompany(db: Db, tagSeq: number, companySeq: number): boolean {
  return prepared(db, 'DELETE FROM company_tags WHERE tag_seq = ? AND company_seq = ?').run(tagSeq, companySeq).changes > 0;
}

/** A contact's tags with when and by whom each was applied, oldest attachment first. */
export interface AppliedTag extends TagRow {
  applied_at: number;
  applied_by: string | null;
}

export function tagsOfContact(db: Db, contactSeq: number): AppliedTag[] {
  return prepared<AppliedTag>(
    db,
    `SELECT t.*, ct.applied_at, ct.applied_by FROM contact_tags ct JOIN tags t ON t.seq = ct.tag_seq
     WHERE ct.contact_seq = ? ORDER BY ct.applied_at, t.seq`,
  ).all(contactSeq);
}

export function tagsOfCompany(db: Db, companySeq: number): TagRow[] {
  return prepared<TagRow>(
    db,
    `SELECT t.* FROM company_tags ct JOIN tags t ON t.seq = ct.tag_seq
     WHERE ct.company_seq = ? ORDER BY ct.applied_at, t.seq`,
  ).all(companySeq);
}

/**
 * The segments whose saved query filters on this tag: Intercom refuses to delete such a tag
 * (`tag_has_dependent_objects`). Segments are few, so walking their queries is cheap.
 */
export function segmentsUsingTag(db: Db, tag: TagRow): SegmentRow[] {
  const segments = prepared<SegmentRow>(db, 'SELECT * FROM segments ORDER BY seq').all();
  return segments.filter((segment) => queryMentionsTag(safeParse(segment.query), tag.id));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function queryMentionsTag(node: unknown, tagId: string): boolean {
  if (node === null || typeof node !== 'object') return false;
  const { field, value } = node as { field?: unknown; value?: unknown };
  if (field === 'tag_id') {
    const values = Array.isArray(value) ? value : [value];
    return values.some((v) => String(v) === tagId);
  }
  return Array.isArray(value) && value.some((child) => queryMentionsTag(child, tagId));
}
