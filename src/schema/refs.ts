/**
 * Type references shared between the domain files. Tags list users, users list tags, companies list
 * both …: declaring every ref here first (Pothos' circular-reference pattern) lets each domain file
 * implement its own type while pointing at the others.
 *
 * Node types are loadable refs (dataloader plugin): a resolver may return an Intercom id and the ref
 * loads it through the request's loaders (src/loaders), which hold the one cache of the request —
 * so the plugin's own loaders are told not to cache (a mutation clears one place, not two).
 */
import type { Company, Contact, Conversation, Segment, Tag } from '../intercom/types.js';
import type { GatewayContext } from './context.js';
import { builder } from './builder.js';

/** Results for missing keys are `null`: the node/nodes fields and nullable lookups answer null for them. */
type Loaded<T> = Promise<ReadonlyArray<T | Error>>;

function isObjectOfType(value: unknown, type: string): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

async function loadRole(context: GatewayContext, ids: string[], role: Contact['role']): Loaded<Contact> {
  const contacts = await context.loaders.contacts.byId.loadMany(ids);
  return contacts.map((contact) => (contact instanceof Error || contact?.role === role ? contact : null)) as Array<Contact | Error>;
}

const noPluginCache = { cache: false } as const;

export const ContactRef = builder.interfaceRef<Contact>('Contact');

export const UserRef = builder.loadableNodeRef('User', {
  id: { resolve: (contact: Contact) => contact.id },
  load: (ids: string[], context: GatewayContext) => loadRole(context, ids, 'user'),
  loaderOptions: noPluginCache,
});

export const LeadRef = builder.loadableNodeRef('Lead', {
  id: { resolve: (contact: Contact) => contact.id },
  load: (ids: string[], context: GatewayContext) => loadRole(context, ids, 'lead'),
  loaderOptions: noPluginCache,
});

export const TagRef = builder.loadableNodeRef('Tag', {
  id: { resolve: (tag: Tag) => tag.id },
  load: (ids: string[], context: GatewayContext) => context.loaders.tags.byId.loadMany(ids) as Loaded<Tag>,
  loaderOptions: noPluginCache,
});

export const SegmentRef = builder.loadableNodeRef('Segment', {
  id: { resolve: (segment: Segment) => segment.id },
  load: (ids: string[], context: GatewayContext) => context.loaders.segments.byId.loadMany(ids) as Loaded<Segment>,
  loaderOptions: noPluginCache,
});

export const CompanyRef = builder.loadableNodeRef('Company', {
  id: { resolve: (company: Company) => company.id },
  load: (ids: string[], context: GatewayContext) => context.loaders.companies.byId.loadMany(ids) as Loaded<Company>,
  loaderOptions: noPluginCache,
});

export const ConversationRef = builder.loadableNodeRef('Conversation', {
  id: { resolve: (conversation: Conversation) => conversation.id },
  load: (ids: string[], context: GatewayContext) =>
    context.loaders.conversations.byId.loadMany(ids) as Loaded<Conversation>,
  loaderOptions: noPluginCache,
});

/** `isTypeOf` checks, for objects a resolver returns directly (not through a ref's loader). */
export const isUser = (value: unknown) => isObjectOfType(value, 'contact') && (value as Contact).role === 'user';
export const isLead = (value: unknown) => isObjectOfType(value, 'contact') && (value as Contact).role === 'lead';
export const isTag = (value: unknown) => isObjectOfType(value, 'tag');
export const isSegment = (value: unknown) => isObjectOfType(value, 'segment');
export const isCompany = (value: unknown) => isObjectOfType(value, 'company');
export const isConversation = (value: unknown) => isObjectOfType(value, 'conversation');

export const UserConnection = builder.connectionObject({ type: UserRef, name: 'UserConnection' });
export const LeadConnection = builder.connectionObject({ type: LeadRef, name: 'LeadConnection' });
export const ContactConnection = builder.connectionObject({ type: ContactRef, name: 'ContactConnection' });
export const CompanyConnection = builder.connectionObject({ type: CompanyRef, name: 'CompanyConnection' });
export const ConversationConnection = builder.connectionObject({ type: ConversationRef, name: 'ConversationConnection' });
