/**
 * Tags: the object, its members in both directions, the tag queries and the tagging mutations.
 */
import type { Contact, Tag } from '../intercom/types.js';
import { BadInputError, LeadRequiresIdError, NotFoundError } from '../loaders/errors.js';
import { builder } from './builder.js';
import { CompanyRefInput, findCompany } from './company.js';
import { pageArgs, toConnection } from './connection.js';
import { ContactRefInput, findContact, type ContactRefShape } from './contact.js';
import type { GatewayContext } from './context.js';
import { asDomainErrors, MUTATION_ERRORS } from './errors.js';
import { contactMemberFields } from './members.js';
import { CompanyConnection, CompanyRef, ContactRef, ConversationConnection, isTag, TagRef } from './refs.js';

// ---------------------------------------------------------------- object

TagRef.implement({
  description: 'A label on users, leads, companies and conversations.',
  isTypeOf: isTag,
  fields: (t) => ({
    intercomId: t.id({ nullable: false, description: "Intercom's id of the tag.", resolve: (tag) => tag.id }),
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
      description: 'Companies with the tag that have users (GET /companies?tag_id=, one call per page).',
      args: pageArgs,
      resolve: async (tag, args, context) => toConnection(await context.loaders.lists.companies.load({ tagId: tag.id, ...args })),
    }),
    conversations: t.field({
      type: ConversationConnection,
      description: 'Conversations with the tag (one conversation search per page).',
      args: pageArgs,
      resolve: async (tag, args, context) =>
        toConnection(await context.loaders.lists.conversationsByTag.load({ tagId: tag.id, ...args })),
    }),
  }),
});

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  tag: t.field({
    type: TagRef,
    nullable: true,
    description: 'One tag by its Intercom id or its name (case-insensitive); null when there is none.',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (_root, args, context) => {
      if ((args.id == null) === (args.name == null)) throw new BadInputError('`tag` takes exactly one of `id` or `name`', 'id');
      return args.id != null ? context.loaders.tags.byId.load(String(args.id)) : context.loaders.tags.byName.load(args.name!);
    },
  }),
  tags: t.field({
    type: [TagRef],
    description: 'Every tag of the workspace (one call, shared by the whole request).',
    resolve: (_root, _args, context) => context.loaders.tags.all(),
  }),
}));

// ---------------------------------------------------------------- results and inputs

interface ContactTagging {
  tag: Tag;
  contactIds: string[];
}

const ContactTaggingRef = builder.objectRef<ContactTagging>('ContactTagging').implement({
  description: 'A tag and the contacts it was just put on or taken off.',
  fields: (t) => ({
    tag: t.field({ type: TagRef, resolve: (result) => result.tag }),
    contacts: t.field({
      type: [ContactRef],
      resolve: async (result, _args, context) =>
        (await context.loaders.contacts.byId.loadMany(result.contactIds)).filter(
          (contact): contact is Contact => contact !== null && !(contact instanceof Error),
        ),
    }),
  }),
});

interface CompanyTagging {
  tag: Tag;
  companyIds: string[];
}

const CompanyTaggingRef = builder.objectRef<CompanyTagging>('CompanyTagging').implement({
  description: 'A tag and the companies it was just put on or taken off.',
  fields: (t) => ({
    tag: t.field({ type: TagRef, resolve: (result) => result.tag }),
    companies: t.field({ type: [CompanyRef], resolve: (result) => result.companyIds }),
  }),
});

interface DeletedTag {
  id: string;
}

const DeletedTagRef = builder.objectRef<DeletedTag>('DeletedTag').implement({
  fields: (t) => ({ intercomId: t.id({ nullable: false, description: 'Intercom id of the deleted tag.', resolve: (d) => d.id }) }),
});

// Items per POST /tags: the 1.x guidance (≤50) is still the prudent size (docs/intercom-contract.md#tags).
const TAG_REQUEST_CHUNK = 50;

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
  refs: Array<{ id?: string | null | undefined; companyId?: string | null | undefined }>,
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

builder.mutationFields((t) => ({
  createTag: t.field({
    type: TagRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates a tag, or returns the existing one of that name (POST /tags).',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const tag = await asDomainErrors(() => context.client.tagRequest({ name: requireName(args.name) }));
      return tag;
    },
  }),
  renameTag: t.field({
    type: TagRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Renames a tag (POST /tags with its id).',
    args: { id: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const tag = await asDomainErrors(() => context.client.tagRequest({ id: String(args.id), name: requireName(args.name) }));
      return tag;
    },
  }),
  deleteTag: t.field({
    type: DeletedTagRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Deletes a tag (DELETE /tags/{id}); refused while a segment uses it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      await asDomainErrors(() => context.client.deleteTag(String(args.id)));
      return { id: String(args.id) };
    },
  }),
  tagUsers: t.field({
    type: ContactTaggingRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Puts a tag on users named by id, userId or email.',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), users: t.arg({ type: [ContactRefInput], required: true }) },
    resolve: async (_root, args, context) =>
      tagContacts(context, requireName(args.name), await findContacts(context, args.users, 'users')),
  }),
  untagUsers: t.field({
    type: ContactTaggingRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Takes a tag off users named by id, userId or email (one call per user).',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), users: t.arg({ type: [ContactRefInput], required: true }) },
    resolve: async (_root, args, context) =>
      untagContacts(context, requireName(args.name), await findContacts(context, args.users, 'users')),
  }),
  tagLeads: t.field({
    type: ContactTaggingRef,
    errors: { types: [...MUTATION_ERRORS, LeadRequiresIdError] },
    description: 'Puts a tag on leads, named by Intercom id only.',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), leads: t.arg({ type: [ContactRefInput], required: true }) },
    resolve: async (_root, args, context) =>
      tagContacts(context, requireName(args.name), await findContacts(context, args.leads, 'leads', 'lead')),
  }),
  untagLeads: t.field({
    type: ContactTaggingRef,
    errors: { types: [...MUTATION_ERRORS, LeadRequiresIdError] },
    description: 'Takes a tag off leads, named by Intercom id only (one call per lead).',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), leads: t.arg({ type: [ContactRefInput], required: true }) },
    resolve: async (_root, args, context) =>
      untagContacts(context, requireName(args.name), await findContacts(context, args.leads, 'leads', 'lead')),
  }),
  tagCompanies: t.field({
    type: CompanyTaggingRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Puts a tag on companies named by Intercom id or companyId.',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), companies: t.arg({ type: [CompanyRefInput], required: true }) },
    resolve: (_root, args, context) => tagCompanies(context, requireName(args.name), args.companies, false),
  }),
  untagCompanies: t.field({
    type: CompanyTaggingRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Takes a tag off companies named by Intercom id or companyId.',
    args: { name: t.arg.string({ required: true, description: TAG_NAME }), companies: t.arg({ type: [CompanyRefInput], required: true }) },
    resolve: (_root, args, context) => tagCompanies(context, requireName(args.name), args.companies, true),
  }),
}));
