/**
 * 2.x conversations, as far as grouping goes (docs/intercom-contract.md#conversations): fetch one, search them (by tag, state,
 * dates, …) with cursor paging, and tag / untag them on behalf of an admin.
 */
import { z } from 'zod';
import type { Db } from '../../db/open.js';
import type { ConversationRow, TagRow } from '../../db/rows.js';
import { ok, type ApiRequest, type Route } from '../../http/route.js';
import { ApiError, notFound } from '../../http/errors.js';
import { parseBody } from '../../http/validate.js';
import { decodeCursor, encodeCursor } from '../../http/cursor.js';
import { findAdmin } from '../../store/admins.js';
import { findTag } from '../../store/tags.js';
import {
  conversationTag,
  countConversations,
  findConversation,
  searchConversations,
  tagConversation,
  untagConversation,
} from '../../store/conversations.js';
import { compileConversationQuery } from '../../store/conversation-query.js';
import { appliedTagV2, conversationListItemV2, conversationV2 } from '../../serialize/v2/conversation.js';
import { MAX_PER_PAGE } from './companies.js';

/** "The default is `20` results per page and maximum is `150`." (2.11 conversation search) */
const SEARCH_DEFAULT_PER_PAGE = 20;

// Intercom's own examples send ids as numbers ({"id": 99, "admin_id": 991267526}); both forms are accepted.
const idValue = z.union([z.string().trim().min(1), z.number().int().nonnegative()]).transform(String);

const tagConversationBody = z.object({ id: idValue, admin_id: idValue });
const untagConversationBody = z.object({ admin_id: idValue });

const searchBody = z.object({
  query: z.unknown().refine((q) => q !== undefined, { message: 'query is required' }),
  pagination: z
    .object({
      per_page: z.number().int().min(1).max(MAX_PER_PAGE).optional(),
      starting_after: z.string().min(1).nullable().optional(),
    })
    .nullable()
    .optional(),
});

const conversationNotFound = () => new ApiError(404, 'not_found', 'Conversation not found');
const tagNotFound = () => new ApiError(404, 'tag_not_found', 'Tag not found', 'id');
const adminNotFound = () => new ApiError(404, 'admin_not_found', 'Admin not found', 'admin_id');

function requireConversation(db: Db, id: string, notFoundError: () => ApiError = conversationNotFound): ConversationRow {
  const row = findConversation(db, id);
  if (!row) throw notFoundError();
  return row;
}

function requireAdmin(db: Db, id: string): void {
  if (!findAdmin(db, id)) throw adminNotFound();
}

function requireTag(db: Db, id: string): TagRow {
  const tag = findTag(db, id);
  if (!tag) throw tagNotFound();
  return tag;
}

function getConversation(req: ApiRequest) {
  const { db } = req.service;
  // The 2.11 example for an unknown id is the generic "Resource Not Found".
  return ok(conversationV2(db, requireConversation(db, req.params.id!, () => notFound())));
}

/** POST /conversations/{id}/tags {id, admin_id}: answers the tag as applied (first application kept). */
function attachTag(req: ApiRequest) {
  const { db } = req.service;
  const body = parseBody(tagConversationBody, req.body);
  const conversation = requireConversation(db, req.params.id!);
  requireAdmin(db, body.admin_id);
  const tag = requireTag(db, body.id);
  tagConversation(db, tag.seq, conversation.seq, req.service.now(), body.admin_id);
  return ok(appliedTagV2(conversationTag(db, tag.seq, conversation.seq)!));
}

/** DELETE /conversations/{id}/tags/{tag_id} {admin_id}: answers the tag as it was applied. */
function detachTag(req: ApiRequest) {
  const { db } = req.service;
  const body = parseBody(untagConversationBody, req.body);
  const conversation = requireConversation(db, req.params.id!);
  requireAdmin(db, body.admin_id);
  const tag = findTag(db, req.params.tag_id!);
  const applied = tag && conversationTag(db, tag.seq, conversation.seq);
  // A tag that exists but is not on this conversation is "not found" here too.
  if (!tag || !applied) throw new ApiError(404, 'tag_not_found', 'Tag not found', 'tag_id');
  untagConversation(db, tag.seq, conversation.seq);
  return ok(appliedTagV2(applied));
}

/** POST /conversations/search: `conversation.list`, keyset-paged by `pagination.starting_after`. */
function search(req: ApiRequest) {
  const { db } = req.service;
  const body = parseBody(searchBody, req.body);
  const where = compileConversationQuery(db, body.query);
  const perPage = body.pagination?.per_page ?? SEARCH_DEFAULT_PER_PAGE;
  const startingAfter = body.pagination?.starting_after;
  const cursor = startingAfter ? decodeCursor(startingAfter, 'pagination.starting_after') : { afterSeq: 0, page: 1 };
  const rows = searchConversations(db, where, cursor.afterSeq, perPage + 1);
  const hasNext = rows.length > perPage;
  const pageRows = hasNext ? rows.slice(0, perPage) : rows;
  const total = countConversations(db, where);
  const last = pageRows[pageRows.length - 1];
  return ok({
    type: 'conversation.list',
    pages: {
      type: 'pages',
      ...(hasNext && last
        ? { next: { per_page: perPage, starting_after: encodeCursor({ afterSeq: last.seq, page: cursor.page + 1 }) } }
        : {}),
      page: cursor.page,
      per_page: perPage,
      total_pages: Math.ceil(total / perPage),
    },
    total_count: total,
    conversations: pageRows.map((row) => conversationListItemV2(db, row)),
  });
}

export const routes: Route[] = [
  { method: 'POST', path: '/conversations/search', dialect: 'v2', readOnly: true, handler: search },
  { method: 'GET', path: '/conversations/:id', dialect: 'v2', handler: getConversation },
  { method: 'POST', path: '/conversations/:id/tags', dialect: 'v2', handler: attachTag },
  { method: 'DELETE', path: '/conversations/:id/tags/:tag_id', dialect: 'v2', handler: detachTag },
];
