import type { Sender } from '../transport.js';
import { pathId } from '../path.js';
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
  const resource = 'conversation';
  return {
    getConversation: async (id) =>
      t.send({ method: 'GET', path: `/conversations/${pathId(id, resource)}`, retry: true, resource }),
    searchConversations: async (body) =>
      t.send({ method: 'POST', path: '/conversations/search', body, retry: true, resource }),
    tagConversation: async (id, tagId, adminId) =>
      t.send({
        method: 'POST',
        path: `/conversations/${pathId(id, resource)}/tags`,
        body: { id: tagId, admin_id: adminId },
        retry: false,
        resource,
      }),
    untagConversation: async (id, tagId, adminId) =>
      t.send({
        method: 'DELETE',
        path: `/conversations/${pathId(id, resource)}/tags/${pathId(tagId, 'tag')}`,
        body: { admin_id: adminId },
        retry: false,
        resource,
      }),
    listAdmins: async () => t.send({ method: 'GET', path: '/admins', retry: true, resource: 'admin' }),
  };
}
