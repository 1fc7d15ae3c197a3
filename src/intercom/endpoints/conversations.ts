import type { Sender } from '../dispatch.js';
import { ENDPOINTS as E } from '../endpoint-table.js';
import type { AdminList, Conversation, ConversationList, ConversationSearchBody, Tag } from '../types.js';

export interface ConversationsApi {
  /** `GET /conversations/{id}`. */
  getConversation(id: string): Promise<Conversation>;
  /** `POST /conversations/search` — read-only, so retried. */
  searchConversations(body: ConversationSearchBody): Promise<ConversationList>;
  /** `POST /conversations/{id}/tags` with `{ id: tagId, admin_id }` (both required). */
  tagConversation(id: string, tagId: string, adminId: string): Promise<Tag>;
  /** `DELETE /conversations/{id}/tags/{tagId}` with `{ admin_id }`. */
  untagConversation(id: string, tagId: string, adminId: string): Promise<Tag>;
  /** `GET /admins` — conversation tagging needs an admin id. */
  listAdmins(): Promise<AdminList>;
}

export function conversationsApi(t: Sender): ConversationsApi {
  return {
    getConversation: async (id) => t.send(E.getConversation, { params: { conversation: id } }),
    searchConversations: async (body) => t.send(E.searchConversations, { body }),
    tagConversation: async (id, tagId, adminId) =>
      t.send(E.tagConversation, { params: { conversation: id }, body: { id: tagId, admin_id: adminId } }),
    untagConversation: async (id, tagId, adminId) =>
      t.send(E.untagConversation, { params: { conversation: id, tag: tagId }, body: { admin_id: adminId } }),
    listAdmins: async () => t.send(E.listAdmins),
  };
}
