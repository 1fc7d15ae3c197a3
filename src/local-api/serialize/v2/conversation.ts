/**
 * The 2.x conversation (2.11 `conversation` / `conversation_list_item`): grouping needs id, state,
 * contacts and tags; the other fields the schema requires are filled with what a conversation without
 * messages, teams or SLAs would carry. Conversation parts are not modelled (always an empty list).
 */
import type { Db } from '../../db/open.js';
import type { AdminRow, ConversationRow } from '../../db/rows.js';
import { findAdminBySeq, listAdmins } from '../../store/admins.js';
import { contactsOfConversation, tagsOfConversation } from '../../store/conversations.js';
import type { AppliedTag } from '../../store/tags.js';
import { tagV2 } from './tag.js';

/** A tag as applied to a conversation: with `applied_at` and the admin in `applied_by`. */
export function appliedTagV2(tag: AppliedTag) {
  return tagV2(tag, { applied_at: tag.applied_at, applied_by: tag.applied_by });
}

/** The admin id as the integer the schema documents (admin ids are numeric strings), or null. */
function adminIdNumber(id: string | undefined): number | null {
  return id !== undefined && /^\d{1,15}$/.test(id) ? Number(id) : null;
}

/**
 * The local store keeps no messages, so every conversation reads as started by an admin (as in the
 * spec's own examples): the assignee, else the workspace's first admin. The schema requires the
 * author's email, which admins always have and contacts may not.
 */
function sourceAuthor(db: Db, assignee: AdminRow | undefined) {
  const admin = assignee ?? listAdmins(db)[0];
  return admin
    ? { type: 'admin', id: admin.id, name: admin.name, email: admin.email }
    : { type: 'bot', id: '0', name: 'Operator', email: 'operator@localhost.localdomain' };
}

/** A conversation as search lists it (no `conversation_parts`). */
export function conversationListItemV2(db: Db, row: ConversationRow) {
  const admin = row.admin_assignee_seq === null ? undefined : findAdminBySeq(db, row.admin_assignee_seq);
  const contacts = contactsOfConversation(db, row.seq);
  return {
    type: 'conversation' as const,
    id: row.id,
    title: row.title,
    created_at: row.created_at,
    updated_at: row.updated_at,
    waiting_since: null,
    snoozed_until: null,
    open: row.open === 1,
    state: row.state,
    read: row.read === 1,
    priority: 'not_priority' as const,
    admin_assignee_id: adminIdNumber(admin?.id),
    team_assignee_id: null,
    tags: { type: 'tag.list' as const, tags: tagsOfConversation(db, row.seq).map(appliedTagV2) },
    source: {
      type: 'conversation' as const,
      id: row.id,
      delivered_as: 'admin_initiated',
      subject: row.title ?? '',
      body: '',
      author: sourceAuthor(db, admin),
      attachments: [],
      url: null,
      redacted: false,
    },
    contacts: {
      type: 'contact.list' as const,
      contacts: contacts.map((c) => ({ type: 'contact' as const, id: c.id, external_id: c.external_id })),
    },
    teammates: { type: 'admin.list', teammates: admin ? [{ type: 'admin', id: admin.id }] : [] },
    custom_attributes: {},
    topics: {},
    ai_agent_participated: false,
  };
}

/** `GET /conversations/{id}`: the list item plus its (empty) conversation parts. */
export function conversationV2(db: Db, row: ConversationRow) {
  return {
    ...conversationListItemV2(db, row),
    conversation_parts: { type: 'conversation_part.list' as const, conversation_parts: [], total_count: 0 },
  };
}
