/**
 * Conversations: only what grouping needs — find one, its contacts and tags, tag/untag it, and page
 * through the conversations a search matches. Conversations are created by seeding (and tests).
 */
import type { Db } from '../db/open.js';
import type { ContactRow, ConversationRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';
import { hexId } from '../db/ids.js';
import type { AppliedTag } from './tags.js';
import type { SqlFragment } from '../search/sql.js';

export interface NewConversation {
  id?: string;
  title?: string | null;
  state?: ConversationRow['state'];
  read?: boolean;
  adminAssigneeSeq?: number | null;
  contactSeqs?: readonly number[];
  createdAt?: number;
  updatedAt?: number;
}

export function findConversation(db: Db, id: string): ConversationRow | undefined {
  return prepared<ConversationRow>(db, 'SELECT * FROM conversations WHERE id = ?').get(id);
}

/** Creates a conversation with its participants; `open` follows the state (only closed is not open). */
export function createConversation(db: Db, input: NewConversation, now: number): ConversationRow {
  const state = input.state ?? 'open';
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO conversations (id, title, state, open, read, admin_assignee_seq, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    input.id ?? hexId(),
    input.title ?? null,
    state,
    state === 'closed' ? 0 : 1,
    input.read ? 1 : 0,
    input.adminAssigneeSeq ?? null,
    input.createdAt ?? now,
    input.updatedAt ?? input.createdAt ?? now,
  );
  const seq = Number(lastInsertRowid);
  for (const contactSeq of input.contactSeqs ?? []) {
    prepared(db, 'INSERT OR IGNORE INTO conversation_contacts (conversation_seq, contact_seq) VALUES (?, ?)').run(seq, contactSeq);
  }
  return prepared<ConversationRow>(db, 'SELECT * FROM conversations WHERE seq = ?').get(seq)!;
}

/** The participants, in the order they joined (seq order). */
export type Participant = Pick<ContactRow, 'id' | 'external_id'>;

export function contactsOfConversation(db: Db, conversationSeq: number): Participant[] {
  return prepared<Participant>(
    db,
    `SELECT c.id, c.external_id FROM conversation_contacts cc CROSS JOIN contacts c ON c.seq = cc.contact_seq
     WHERE cc.conversation_seq = ? ORDER BY c.seq`,
  ).all(conversationSeq);
}

/** The conversation's tags with when and by which admin each was applied, oldest first. */
export function tagsOfConversation(db: Db, conversationSeq: number): AppliedTag[] {
  return prepared<AppliedTag>(
    db,
    `SELECT t.*, ct.applied_at, ct.applied_by FROM conversation_tags ct JOIN tags t ON t.seq = ct.tag_seq
     WHERE ct.conversation_seq = ? ORDER BY ct.applied_at, t.seq`,
  ).all(conversationSeq);
}

/** How one tag sits on one conversation, or undefined when it does not. */
export function conversationTag(db: Db, tagSeq: number, conversationSeq: number): AppliedTag | undefined {
  return prepared<AppliedTag>(
    db,
    `SELECT t.*, ct.applied_at, ct.applied_by FROM conversation_tags ct JOIN tags t ON t.seq = ct.tag_seq
     WHERE ct.tag_seq = ? AND ct.conversation_seq = ?`,
  ).get(tagSeq, conversationSeq);
}

/** Tags a conversation; tagging twice keeps the first application. Returns whether it was new. */
export function tagConversation(db: Db, tagSeq: number, conversationSeq: number, now: number, adminId: string): boolean {
  const { changes } = prepared(
    db,
    'INSERT OR IGNORE INTO conversation_tags (tag_seq, conversation_seq, applied_at, applied_by) VALUES (?, ?, ?, ?)',
  ).run(tagSeq, conversationSeq, now, adminId);
  return changes > 0;
}

/** Returns whether the conversation had the tag. */
export function untagConversation(db: Db, tagSeq: number, conversationSeq: number): boolean {
  return (
    prepared(db, 'DELETE FROM conversation_tags WHERE tag_seq = ? AND conversation_seq = ?').run(tagSeq, conversationSeq)
      .changes > 0
  );
}

/**
 * One page of the conversations matching `where` (a fragment over `conversations cv`), in seq order
 * after `afterSeq` — keyset paging, so pages stay correct while conversations are added.
 */
export function searchConversations(db: Db, where: SqlFragment, afterSeq: number, limit: number): ConversationRow[] {
  // Not `prepared`: query shapes come from clients, and caching every shape would grow without bound.
  return db
    .prepare(`SELECT cv.* FROM conversations cv WHERE cv.seq > ? AND (${where.sql}) ORDER BY cv.seq LIMIT ?`)
    .all(afterSeq, ...where.params, limit) as ConversationRow[];
}

export function countConversations(db: Db, where: SqlFragment): number {
  const row = db.prepare(`SELECT COUNT(*) AS n FROM conversations cv WHERE ${where.sql}`).get(...where.params) as { n: number };
  return row.n;
}
