/**
 * Conversations, as far as grouping goes: found by id or by tag, with their tags and contacts, and
 * tagged or untagged (conversations are grouped with tags only).
 */
import { BadInputError } from '../loaders/errors.js';
import { builder } from './builder.js';
import type { GatewayContext } from './context.js';
import { asDomainErrors, MUTATION_ERRORS } from './errors.js';
import { ContactRef, ConversationRef, isConversation, TagRef } from './refs.js';
import { blankToNull, fromUnixSeconds } from './values.js';

ConversationRef.implement({
  description: 'A conversation with customers; grouped with tags.',
  isTypeOf: isConversation,
  fields: (t) => ({
    intercomId: t.id({ nullable: false, description: "Intercom's id of the conversation.", resolve: (c) => c.id }),
    title: t.string({ nullable: true, resolve: (c) => blankToNull(c.title) }),
    state: t.string({ nullable: true, description: '`open`, `closed` or `snoozed`.', resolve: (c) => c.state ?? null }),
    open: t.boolean({ nullable: true, resolve: (c) => c.open ?? null }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.created_at) }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.updated_at) }),
    tags: t.field({
      type: [TagRef],
      description: 'Tags on the conversation (embedded: no extra call).',
      resolve: (c) => c.tags?.tags ?? [],
    }),
    contacts: t.field({
      type: [ContactRef],
      description: 'The people in the conversation (batched: one search for every conversation of the request).',
      resolve: async (c, _args, context) => {
        const ids = (c.contacts?.contacts ?? []).map((contact) => contact.id);
        const loaded = await context.loaders.contacts.byId.loadMany(ids);
        return loaded.filter((contact) => contact !== null && !(contact instanceof Error)) as NonNullable<
          Exclude<(typeof loaded)[number], Error>
        >[];
      },
    }),
  }),
});

builder.queryFields((t) => ({
  conversation: t.field({
    type: ConversationRef,
    nullable: true,
    description: 'One conversation by its Intercom id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => context.loaders.conversations.byId.load(String(args.id)),
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
): Promise<string> {
  const adminId = await adminFor(context, args.adminId == null ? null : String(args.adminId));
  await asDomainErrors(() => write(String(args.conversationId), String(args.tagId), adminId));
  // The id: the conversation is read, fresh, only if the caller selects its fields.
  return String(args.conversationId);
}

builder.mutationFields((t) => ({
  tagConversation: t.field({
    type: ConversationRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Puts an existing tag on a conversation, as an admin (the first admin when none is given).',
    args: { conversationId: t.arg.id({ required: true }), tagId: t.arg.id({ required: true }), adminId: t.arg.id() },
    resolve: (_root, args, context) => retag(context, args, (id, tag, admin) => context.client.tagConversation(id, tag, admin)),
  }),
  untagConversation: t.field({
    type: ConversationRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Takes a tag off a conversation, as an admin (the first admin when none is given).',
    args: { conversationId: t.arg.id({ required: true }), tagId: t.arg.id({ required: true }), adminId: t.arg.id() },
    resolve: (_root, args, context) => retag(context, args, (id, tag, admin) => context.client.untagConversation(id, tag, admin)),
  }),
}));
