/**
 * Tags: the object, its members in both directions, the tag queries and the tagging mutations.
 */
import { encodeGlobalID } from './pothos-runtime.js';
import type { Contact, Tag } from '../intercom/types.js';
import { presentOrThrow } from '../loaders/loaded.js';
import { builder } from './builder.js';
import { CompanyRefInput, findCompany, type CompanyRefShape } from './company.js';
import { checkedPage, pageArgs, toConnection } from './connection.js';
import { ContactRefInput, findContact, type ContactRefShape } from './contact.js';
import type { GatewayContext } from './context.js';
import { BadInputError, LeadRequiresIdError, NotFoundError } from './domain-errors.js';
import { asDomainErrors, MUTATION_ERRORS } from './errors.js';
import { exactlyOne, intercomIdOf } from './global-ids.js';
import { contactMemberFields } from './members.js';
import { CompanyConnection, CompanyRef, ContactRef, ConversationConnection, isTag, TagRef } from './refs.js';

// ---------------------------------------------------------------- object

TagRef.implement({
  description: 'A label on users, leads, companies and conversations.',
  isTypeOf: isTag,
  fields: (t) => ({
    intercomId: t.id({ description: "Intercom's id of the tag.", resolve: (tag) => tag.id }),
    name: t.string({ resolve: (tag) => tag.name }),
    contactCount: t.int({
      description: 'Users and leads with the tag, as `GET /counts?type=user&count=tag` counts them.',
      resolve: (tag, _args, context) => context.loaders.counts.contactsWithTag(tag),
    }),
    companyCount: t.int({
      description: 'Companies with the tag, companies without users included.',
      resolve: (tag, _args, context) => context.loaders.counts.companiesWithTag(tag),
    }),
    ...contactMemberFields(t, 'tag_id', 'with the tag'),
    companies: t.field({
      type: CompanyConnection,
      nullable: true,
      description: 'Companies with the tag that have users (GET /companies?tag_id=, one call per page). Null only when that read failed.',
      args: pageArgs,
      resolve: async (tag, args, context) =>
        toConnection(await context.loaders.lists.companies.load({ tagId: tag.id, ...checkedPage(args, 'offset') })),
    }),
    conversations: t.field({
      type: ConversationConnection,
      nullable: true,
      description: 'Conversations with the tag (one conversation search per page). Null only when that read failed.',
      args: pageArgs,
      resolve: async (tag, args, context) =>
        toConnection(await context.loaders.lists.conversationsByTag.load({ tagId: tag.id, ...checkedPage(args, 'cursor') })),
    }),
  }),
});

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  tag: t.field({
    type: TagRef,
    nullable: true,
    description: 'One tag by exactly one of its `id`, its `intercomId` or its `name` (case-insensitive); null when there is none.',
    args: {
      id: t.arg.id({ description: 'The `id` of a Tag.' }),
      intercomId: t.arg.id({ description: "Intercom's id of the tag." }),
      name: t.arg.string(),
    },
    resolve: (_root, args, context) => {
      const [key, value] = exactlyOne(args, ['id', 'intercomId', 'name'], 'tag');
      if (key === 'name') return context.loaders.tags.byName.load(value);
      return context.loaders.tags.byId.load(key === 'id' ? intercomIdOf(value, ['Tag'], 'id') : value);
    },
  }),
  tags: t.field({
    type: [TagRef],
    nullable: true,
    description: 'Every tag of the workspace (one call, shared by the whole request).',
    resolve: (_root, _args, context) => context.loaders.tags.all(),
  }),
}));

// ---------------------------------------------------------------- payloads

interface ContactTagging {
  tag: Tag;
  contactIds: string[];
}

/** `{ tag, contacts }`: the tag as the write answered it, and the contacts, read again if selected. */
function contactTaggingPayload(name: string, did: string) {
  return builder.objectRef<ContactTagging>(name).implement({
    description: `The tag and the contacts it was just ${did}.`,
    fields: (t) => ({
      tag: t.field({ type: TagRef, resolve: (result) => result.tag }),
      contacts: t.field({
        type: [ContactRef],
        nullable: true,
        description: 'The contacts as they are now (batched reads); null only when that read failed (the write happened).',
        resolve: async (result, _args, context) => presentOrThrow(await context.loaders.contacts.byId.loadMany(result.contactIds)),
      }),
    }),
  });
}

interface CompanyTagging {
  tag: Tag;
  companyIds: string[];
}

/** `{ tag, companies }`, like contactTaggingPayload. */
function companyTaggingPayload(name: string, did: string) {
  return builder.objectRef<CompanyTagging>(name).implement({
    description: `The tag and the companies it was just ${did}.`,
    fields: (t) => ({
      tag: t.field({ type: TagRef, resolve: (result) => result.tag }),
      companies: t.field({
        type: [CompanyRef],
        nullable: true,
        description: 'The companies as they are now; null only when that read failed (the write happened).',
        resolve: (result) => result.companyIds,
      }),
    }),
  });
}

function tagPayload(name: string, did: string) {
  return builder.objectRef<{ tag: Tag }>(name).implement({
    description: `The tag just ${did}.`,
    fields: (t) => ({ tag: t.field({ type: TagRef, resolve: (result) => result.tag }) }),
  });
}

const CreateTagPayload = tagPayload('CreateTagPayload', 'created (or the existing one of that name)');
const RenameTagPayload = tagPayload('RenameTagPayload', 'renamed');
const TagUsersPayload = contactTaggingPayload('TagUsersPayload', 'put on');
const UntagUsersPayload = contactTaggingPayload('UntagUsersPayload', 'taken off');
const TagLeadsPayload = contactTaggingPayload('TagLeadsPayload', 'put on');
const UntagLeadsPayload = contactTaggingPayload('UntagLeadsPayload', 'taken off');
const TagCompaniesPayload = companyTaggingPayload('TagCompaniesPayload', 'put on');
const UntagCompaniesPayload = companyTaggingPayload('UntagCompaniesPayload', 'taken off');

const DeleteTagPayload = builder.objectRef<{ id: string }>('DeleteTagPayload').implement({
  description: 'The tag that was deleted: its ids, to drop it from client caches.',
  fields: (t) => ({
    deletedTagId: t.id({ description: 'The `id` the tag had.', resolve: (deleted) => encodeGlobalID('Tag', deleted.id) }),
    intercomId: t.id({ description: 'Intercom id of the deleted tag.', resolve: (deleted) => deleted.id }),
  }),
});

// ---------------------------------------------------------------- writes

// Items per POST /tags: the 1.x guidance (≤50) is still the prudent size (docs/intercom-contract.md#tags).
export const TAG_REQUEST_CHUNK = 50;

function chunked<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += TAG_REQUEST_CHUNK) out.push(items.slice(start, start + TAG_REQUEST_CHUNK));
  return out;
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new BadInputError('`name` must not be empty', 'name');
  return trimmed;
}

async function existingTag(context: GatewayContext, name: string): Promise<Tag> {
  const tag = await context.loaders.tags.byName.load(name);
  if (!tag) throw new NotFoundError(`No tag named "${name}"`, 'name');
  return tag;
}

async function findContacts(context: GatewayContext, refs: ContactRefShape[], path: string, role?: 'lead') {
  if (refs.length === 0) throw new BadInputError(`\`${path}\` must name at least one contact`, path);
  return Promise.all(refs.map((ref, index) => findContact(context, ref, role ? { path: `${path}[${index}]`, role } : { path: `${path}[${index}]` })));
}

/** Tags contacts by Intercom id, 50 per POST /tags (which creates the tag when missing). */
async function tagContacts(context: GatewayContext, name: string, contacts: Contact[]): Promise<ContactTagging> {
  let tag: Tag | undefined;
  for (const chunk of chunked(contacts)) {
    tag = await asDomainErrors(() => context.client.tagRequest({ name, users: chunk.map((contact) => ({ id: contact.id })) }));
  }
  return { tag: tag!, contactIds: contacts.map((contact) => contact.id) };
}

/** 2.x documents no untag body for contacts: one DELETE /contacts/{id}/tags/{tag} per contact. */
async function untagContacts(context: GatewayContext, name: string, contacts: Contact[]): Promise<ContactTagging> {
  const tag = await existingTag(context, name);
  await asDomainErrors(() => Promise.all(contacts.map((contact) => context.client.detachTagFromContact(contact.id, tag.id))));
  return { tag, contactIds: contacts.map((contact) => contact.id) };
}

async function tagCompanies(
  context: GatewayContext,
  name: string,
  refs: CompanyRefShape[],
  untag: boolean,
): Promise<CompanyTagging> {
  if (refs.length === 0) throw new BadInputError('`companies` must name at least one company', 'companies');
  const companies = await Promise.all(refs.map((ref, index) => findCompany(context, ref, `companies[${index}]`)));
  const tag = untag ? await existingTag(context, name) : undefined;
  let result = tag;
  for (const chunk of chunked(companies)) {
    result = await asDomainErrors(() =>
      context.client.tagRequest({
        name: tag?.name ?? name,
        companies: chunk.map((company) => (untag ? { id: company.id, untag: true } : { id: company.id })),
      }),
    );
  }
  return { tag: result!, companyIds: companies.map((company) => company.id) };
}

// ---------------------------------------------------------------- mutations

const TAG_NAME = 'Tag name (case-insensitive); tagging creates the tag when missing.';
const UNTAG_NAME = 'Name of the tag to take off (case-insensitive); it must exist.';

builder.mutationFields((t) => ({
  createTag: t.field({
    type: CreateTagPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates a tag, or returns the existing one of that name (POST /tags).',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const tag = await asDomainErrors(() => context.client.tagRequest({ name: requireName(args.name) }));
      return { tag };
    },
  }),
  renameTag: t.field({
    type: RenameTagPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Renames a tag (POST /tags with its id).',
    args: { id: t.arg.id({ required: true, description: 'The `id` of the Tag.' }), name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = intercomIdOf(args.id, ['Tag'], 'id');
      const tag = await asDomainErrors(() => context.client.tagRequest({ id, name: requireName(args.name) }));
      return { tag };
    },
  }),
  deleteTag: t.field({
    type: DeleteTagPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Deletes a tag (DELETE /tags/{id}); refused while a segment uses it.',
    args: { id: t.arg.id({ required: true, description: 'The `id` of the Tag.' }) },
    resolve: async (_root, args, context) => {
      const id = intercomIdOf(args.id, ['Tag'], 'id');
      await asDomainErrors(() => context.client.deleteTag(id));
      return { id };
    },
  }),
  tagUsers: t.field({
    type: TagUsersPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Puts a tag on users named by id, intercomId, userId or email.',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), users: t.arg({ type: [ContactRefInput], required: true }) },
    resolve: async (_root, args, context) =>
      tagContacts(context, requireName(args.name), await findContacts(context, args.users, 'users')),
  }),
  untagUsers: t.field({
    type: UntagUsersPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Takes a tag off users named by id, intercomId, userId or email (one call per user).',
    args: { name: t.arg.string({ required: true, description: UNTAG_NAME }), users: t.arg({ type: [ContactRefInput], required: true }) },
    resolve: async (_root, args, context) =>
      untagContacts(context, requireName(args.name), await findContacts(context, args.users, 'users')),
  }),
  tagLeads: t.field({
    type: TagLeadsPayload,
    nullable: true,
    errors: { types: [...MUTATION_ERRORS, LeadRequiresIdError] },
    description: 'Puts a tag on leads, named by id or intercomId only.',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), leads: t.arg({ type: [ContactRefInput], required: true }) },
    resolve: async (_root, args, context) =>
      tagContacts(context, requireName(args.name), await findContacts(context, args.leads, 'leads', 'lead')),
  }),
  untagLeads: t.field({
    type: UntagLeadsPayload,
    nullable: true,
    errors: { types: [...MUTATION_ERRORS, LeadRequiresIdError] },
    description: 'Takes a tag off leads, named by id or intercomId only (one call per lead).',
    args: { name: t.arg.string({ required: true, description: UNTAG_NAME }), leads: t.arg({ type: [ContactRefInput], required: true }) },
    resolve: async (_root, args, context) =>
      untagContacts(context, requireName(args.name), await findContacts(context, args.leads, 'leads', 'lead')),
  }),
  tagCompanies: t.field({
    type: TagCompaniesPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Puts a tag on companies named by id, intercomId or companyId.',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), companies: t.arg({ type: [CompanyRefInput], required: true }) },
    resolve: (_root, args, context) => tagCompanies(context, requireName(args.name), args.companies, false),
  }),
  untagCompanies: t.field({
    type: UntagCompaniesPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Takes a tag off companies named by id, intercomId or companyId.',
    args: { name: t.arg.string({ required: true, description: UNTAG_NAME }), companies: t.arg({ type: [CompanyRefInput], required: true }) },
    resolve: (_root, args, context) => tagCompanies(context, requireName(args.name), args.companies, true),
  }),
}));
