/**
 * Conversations by id: `GET /conversations/{id}` per distinct conversation (the grouping API offers
 * no multi-key conversation read); conversations found through a tag search prime this cache.
 */
import DataLoader from 'dataloader';
import type { Conversation } from '../intercom/types.js';
import { orNull } from './not-found.js';
import type { LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface ConversationLoaders {
  byId: DataLoader<string, Conversation | null>;
  prime(conversations: Iterable<Conversation>): void;
}

export function createConversationLoaders(client: UpstreamClient, tuning: LoaderTuning): ConversationLoaders {
  const byId = new DataLoader<string, Conversation | null>(
    (ids) => Promise.all(ids.map((id) => orNull(client.getConversation(id)))),
    tuning,
  );
  const prime = (conversations: Iterable<Conversation>) => {
    for (const conversation of conversations) byId.clear(conversation.id).prime(conversation.id, conversation);
  };
  return { byId, prime };
}
