/**
 * Conversations, as far as grouping goes: found by id or by tag, with their tags and contacts, and
 * tagged or untagged (conversations are grouped with tags only).
 */
import { BadInputError } from './domain-errors.js';
import { builder } from './builder.js';
import type { GatewayContext } from './context.js';
import { asDomainErrors, MUTATION_ERRORS } from './errors.js';
import { exactlyOne, intercomIdOf } from './global-ids.js';
import { presentOrThrow } from '../loaders/loaded.js';
import { ContactRef, ConversationRef, isConversation, TagRef } from './refs.js';
import { blankToNull, fromUnixSeconds } from './values.js';

ConversationRef.implement({
  description: 'A conversation with customers; grouped with tags.',
  isTypeOf: isConversation,
  fields: (t) => ({
    intercomId: t.id({ description: "Intercom's id of the conversation.", resolve: (c) => c.id }),
    title: t.string({ nullable: true, resolve: (c) => blankToNull(c.title) }),
    state: t.string({ description: '`open`, `closed` or `snoozed`.', resolve: (c) => c.state! }),
    open: t.boolean({ resolve: (c) => c.open! }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.created_at) }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.updated_at) }),
    tags: t.field({
      type: [TagRef],
      description: 'Tags on the conversation (embedded: no extra call).',
      resolve: (c) => c.tags?.tags ?? [],
    }),
    contacts: t.field({
      type: [ContactRef],
      nullable: true,
      description:
        'The people in the conversation (batched: one search for every conversation of the request). Null only when that read failed.',
      resolve: async (c, _args, context) =>
        presentOrThrow(await context.loaders.contacts.byId.loadMany((c.contacts?.contacts ?? []).map((contact) => contact.id))),
    }),
  }),
});

builder.queryFields((t) => ({
  conversation: t.field({
    type: ConversationRef,
    nullable: true,
    description: 'One conversation by exactly one of its `id` or `intercomId`; null when there is none.',
    args: {
      id: t.arg.id({ description: 'The `id` of a Conversation.' }),
      intercomId: t.arg.id({ description: "Intercom's id of the conversation." }),
    },
    resolve: (_root, args, context) => {
      const [key, value] = exactlyOne(args, ['id', 'intercomId'], 'conversation');
      return context.loaders.conversations.byId.load(key === 'id' ? intercomIdOf(value, ['Conversation'], 'id') : value);
    },
  }),
}));

async function adminFor(context: GatewayContext, adminId: string | null | undefined): Promise<string> {
  if (adminId) return adminId;
  const fallback = await context.loaders.defaultAdminId();
  if (!fallback) throw new BadInputError('The workspace has no admin to tag as; pass `adminId`', 'adminId');
  return fallback;
}

async function retag(
  context: GatewayContext,
  args: { conversationId: string | number; tagId: string | number; adminId?: string | number | null | undefined },
  write: (conversationId: string, tagId: string, adminId: string) => Promise<unknown>,
): Promise<ConversationTagging> {
  const conversationId = intercomIdOf(args.conversationId, ['Conversation'], 'conversationId');
  const tagId = intercomIdOf(args.tagId, ['Tag'], 'tagId');
  const adminId = await adminFor(context, args.adminId == null ? null : String(args.adminId));
  await asDomainErrors(() => write(conversationId, tagId, adminId));
  // Ids: the conversation and the tag are read, fresh, only if the caller selects their fields.
  return { conversationId, tagId };
}

interface ConversationTagging {
  conversationId: string;
  tagId: string;
}

function conversationTaggingPayload(name: string, did: string) {
  return builder.objectRef<ConversationTagging>(name).implement({
    description: `The conversation and the tag just ${did} it.`,
    fields: (t) => ({
      conversation: t.field({
        type: ConversationRef,
        nullable: true,
        description: 'The conversation as it is now; null only when that read failed (the write happened).',
        resolve: (result) => result.conversationId,
      }),
      tag: t.field({
        type: TagRef,
        nullable: true,
        description: 'The tag; null only when that read failed (the write happened).',
        resolve: (result) => result.tagId,
      }),
    }),
  });
}

const TagConversationPayload = conversationTaggingPayload('TagConversationPayload', 'put on');
const UntagConversationPayload = conversationTaggingPayload('UntagConversationPayload', 'taken off');

const conversationTagArgs = builder.args((t) => ({
  conversationId: t.id({ required: true, description: 'The `id` of the Conversation.' }),
  tagId: t.id({ required: true, description: 'The `id` of the Tag.' }),
  adminId: t.id({ description: 'Intercom id of the admin to act as (there is no Admin type); the first admin when omitted.' }),
}));

builder.mutationFields((t) => ({
  tagConversation: t.field({
    type: TagConversationPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Puts an existing tag on a conversation, as an admin (the first admin when none is given).',
    args: conversationTagArgs,
    resolve: (_root, args, context) => retag(context, args, (id, tag, admin) => context.client.tagConversation(id, tag, admin)),
  }),
  untagConversation: t.field({
    type: UntagConversationPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Takes a tag off a conversation, as an admin (the first admin when none is given).',
    args: conversationTagArgs,
    resolve: (_root, args, context) => retag(context, args, (id, tag, admin) => context.client.untagConversation(id, tag, admin)),
  }),
}));
