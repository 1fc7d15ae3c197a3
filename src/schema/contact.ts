/**
 * Contacts: `interface Contact` with `User` and `Lead` (2.x contacts with role user | lead), their
 * queries, inputs and mutations.
 */
import type { Contact, ContactCreateBody, ContactRole, SearchQuery } from '../intercom/types.js';
import { BadInputError, LeadRequiresIdError, NotFoundError } from '../loaders/errors.js';
import { ANY_CONTACT, allOf, eq, roleFilter } from '../loaders/search.js';
import { builder, type BuilderTypes } from './builder.js';
import { pageArgs, toConnection } from './connection.js';
import { ContactSearchInput, toSearchQuery } from './contact-search.js';
import type { GatewayContext } from './context.js';
import { asDomainErrors, MUTATION_ERRORS } from './errors.js';
import {
  CompanyRef,
  ContactConnection,
  ContactRef,
  isLead,
  isUser,
  LeadConnection,
  LeadRef,
  SegmentRef,
  TagRef,
  UserConnection,
  UserRef,
} from './refs.js';
import { blankToNull, fromUnixSeconds, toUnixSeconds } from './values.js';

// ---------------------------------------------------------------- objects

export const ContactRoleEnum = builder.enumType('ContactRole', {
  values: { USER: { value: 'user' }, LEAD: { value: 'lead' } } as const,
});

interface LocationShape {
  country: string | null;
  region: string | null;
  city: string | null;
  country_code?: string | null;
  continent_code?: string | null;
}

const LocationRef = builder.objectRef<LocationShape>('Location').implement({
  description: "Where the contact was last seen, from Intercom's IP geolocation.",
  fields: (t) => ({
    country: t.string({ nullable: true, resolve: (l) => blankToNull(l.country) }),
    region: t.string({ nullable: true, resolve: (l) => blankToNull(l.region) }),
    city: t.string({ nullable: true, resolve: (l) => blankToNull(l.city) }),
    countryCode: t.string({ nullable: true, resolve: (l) => blankToNull(l.country_code) }),
    continentCode: t.string({ nullable: true, resolve: (l) => blankToNull(l.continent_code) }),
  }),
});

function avatarUrl(contact: Contact): string | null {
  const avatar = contact.avatar;
  if (typeof avatar === 'string') return blankToNull(avatar);
  return avatar?.image_url ?? null;
}

ContactRef.implement({
  description: 'A person: a User (signed up, identified by userId or email) or a Lead (an anonymous visitor).',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (contact) => (contact.role === 'lead' ? 'Lead' : 'User'),
  fields: (t) => ({
    intercomId: t.id({ nullable: false, description: "Intercom's id of the contact (the global `id` wraps it).", resolve: (c) => c.id }),
    role: t.field({ type: ContactRoleEnum, nullable: false, resolve: (c) => c.role }),
    externalId: t.string({ nullable: true, description: 'Your id for the contact (1.x `user_id`).', resolve: (c) => blankToNull(c.external_id) }),
    email: t.string({ nullable: true, resolve: (c) => blankToNull(c.email) }),
    emailDomain: t.string({ nullable: true, resolve: (c) => blankToNull(c.email_domain) }),
    phone: t.string({ nullable: true, resolve: (c) => blankToNull(c.phone) }),
    name: t.string({ nullable: true, resolve: (c) => blankToNull(c.name) }),
    avatarUrl: t.string({ nullable: true, resolve: avatarUrl }),
    ownerId: t.id({ nullable: true, resolve: (c) => (c.owner_id === null || c.owner_id === undefined ? null : String(c.owner_id)) }),
    unsubscribedFromEmails: t.boolean({ resolve: (c) => Boolean(c.unsubscribed_from_emails) }),
    hasHardBounced: t.boolean({ resolve: (c) => Boolean(c.has_hard_bounced) }),
    markedEmailAsSpam: t.boolean({ resolve: (c) => Boolean(c.marked_email_as_spam) }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.created_at) }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.updated_at) }),
    signedUpAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.signed_up_at) }),
    lastSeenAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.last_seen_at) }),
    lastRepliedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.last_replied_at) }),
    lastContactedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.last_contacted_at) }),
    lastEmailOpenedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.last_email_opened_at) }),
    lastEmailClickedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.last_email_clicked_at) }),
    languageOverride: t.string({ nullable: true, resolve: (c) => blankToNull(c.language_override) }),
    browser: t.string({ nullable: true, resolve: (c) => blankToNull(c.browser) }),
    browserLanguage: t.string({ nullable: true, resolve: (c) => blankToNull(c.browser_language) }),
    os: t.string({ nullable: true, resolve: (c) => blankToNull(c.os) }),
    location: t.field({ type: LocationRef, nullable: true, resolve: (c) => c.location }),
    customAttributes: t.field({ type: 'JSON', resolve: (c) => c.custom_attributes ?? {} }),
    tags: t.field({
      type: [TagRef],
      description: 'Tags on the contact: from the contact itself when it embeds them all, else one call for this contact.',
      resolve: (c, _args, context) => context.loaders.contactRelations.tags.load(c),
    }),
    segments: t.field({
      type: [SegmentRef],
      description: 'Segments the contact is in now (segments are saved filters).',
      resolve: (c, _args, context) => context.loaders.contactRelations.segments.load(c),
    }),
    companies: t.field({
      type: [CompanyRef],
      resolve: (c, _args, context) => context.loaders.contactRelations.companies.load(c),
    }),
  }),
});

UserRef.implement({
  description: 'A signed-up person (2.x contact with role `user`; 1.x `/users`).',
  interfaces: [ContactRef],
  isTypeOf: isUser,
  fields: (t) => ({
    userId: t.string({ nullable: true, description: 'Your id for the user (2.x `external_id`).', resolve: (c) => blankToNull(c.external_id) }),
  }),
});

LeadRef.implement({
  description: 'An anonymous visitor (2.x contact with role `lead`; 1.x `/contacts`).',
  interfaces: [ContactRef],
  isTypeOf: isLead,
  fields: () => ({}),
});

// ---------------------------------------------------------------- lookups shared with other files

export interface ContactRefShape {
  id?: string | null | undefined;
  userId?: string | null | undefined;
  email?: string | null | undefined;
}

export const ContactRefInput = builder.inputRef<ContactRefShape>('ContactRefInput').implement({
  description: 'One contact, by exactly one of: Intercom `id` (users and leads), `userId` or `email` (users only).',
  fields: (t) => ({
    id: t.id(),
    userId: t.string(),
    email: t.string(),
  }),
});

/** The one key a ContactRefInput names; a clear error when it names none or several. */
function singleKey(input: ContactRefShape, path: string): ['id' | 'userId' | 'email', string] {
  const given = (['id', 'userId', 'email'] as const).filter((key) => input[key] != null && input[key] !== '');
  if (given.length !== 1) throw new BadInputError(`\`${path}\` must name exactly one of id, userId or email`, path);
  const key = given[0]!;
  return [key, String(input[key])];
}

/** Finds the contact a ContactRefInput names (a user, unless by id); throws NotFoundError when there is none. */
export async function findContact(
  context: GatewayContext,
  input: ContactRefShape,
  options: { path: string; role?: ContactRole },
): Promise<Contact> {
  const [key, value] = singleKey(input, options.path);
  if (options.role === 'lead' && key !== 'id') throw new LeadRequiresIdError(`${options.path}.${key}`);
  const { contacts } = context.loaders;
  const contact =
    key === 'id'
      ? await contacts.byId.load(value)
      : key === 'userId'
        ? await contacts.userByExternalId.load(value)
        : await contacts.userByEmail.load(value);
  if (!contact || (options.role !== undefined && contact.role !== options.role)) {
    const what = options.role ?? (key === 'id' ? 'contact' : 'user');
    throw new NotFoundError(`No ${what} with ${key} "${value}"`, `${options.path}.${key}`);
  }
  return contact;
}

// ---------------------------------------------------------------- queries

export interface ContactFilterShape {
  tagId?: string | null | undefined;
  segmentId?: string | null | undefined;
  email?: string | null | undefined;
  search?: import('./contact-search.js').ContactSearchShape | null | undefined;
}

export const ContactFilterInput = builder.inputRef<ContactFilterShape>('ContactFilter').implement({
  description: 'Narrows a contact list; every given condition must hold.',
  fields: (t) => ({
    tagId: t.id({ description: 'Intercom id of a tag the contacts carry.' }),
    segmentId: t.id({ description: 'Intercom id of a segment the contacts are in.' }),
    email: t.string({ description: 'Exact email address.' }),
    search: t.field({ type: ContactSearchInput, description: 'Any 2.x search expression.' }),
  }),
});

/** The 2.x search query for a list of contacts of `role` matching `filter`. */
export function contactQuery(role: ContactRole | undefined, filter: ContactFilterShape | null | undefined): SearchQuery {
  return (
    allOf([
      roleFilter(role),
      filter?.tagId ? eq('tag_id', filter.tagId) : undefined,
      filter?.segmentId ? eq('segment_id', filter.segmentId) : undefined,
      filter?.email ? eq('email', filter.email) : undefined,
      filter?.search ? toSearchQuery(filter.search, 'filter.search') : undefined,
    ]) ?? ANY_CONTACT
  );
}

/** A root contact list: one search per page, the filter AND the role. */
function contactList(role: ContactRole | undefined) {
  return async (
    _root: object,
    args: { first?: number | null; after?: string | null; filter?: ContactFilterShape | null },
    context: GatewayContext,
  ) => {
    const { first, after } = args;
    return toConnection(await context.loaders.lists.contactSearch.load({ query: contactQuery(role, args.filter), first, after }));
  };
}

builder.queryFields((t) => ({
  user: t.field({
    type: UserRef,
    nullable: true,
    description: 'One user, by exactly one of its Intercom id, userId or email; null when there is none.',
    args: { id: t.arg.id(), userId: t.arg.string(), email: t.arg.string() },
    resolve: async (_root, args, context) => {
      const [key, value] = singleKey(args, 'user');
      const { contacts } = context.loaders;
      const contact =
        key === 'id'
          ? await contacts.byId.load(value)
          : key === 'userId'
            ? await contacts.userByExternalId.load(value)
            : await contacts.userByEmail.load(value);
      return contact?.role === 'user' ? contact : null;
    },
  }),
  lead: t.field({
    type: LeadRef,
    nullable: true,
    description: 'One lead by its Intercom id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const contact = await context.loaders.contacts.byId.load(String(args.id));
      return contact?.role === 'lead' ? contact : null;
    },
  }),
  contact: t.field({
    type: ContactRef,
    nullable: true,
    description: 'One user or lead by its Intercom id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => context.loaders.contacts.byId.load(String(args.id)),
  }),
  users: t.field({
    type: UserConnection,
    description: 'Users, optionally filtered (one 2.x search per page).',
    args: { ...pageArgs, filter: t.arg({ type: ContactFilterInput }) },
    resolve: contactList('user'),
  }),
  leads: t.field({
    type: LeadConnection,
    description: 'Leads, optionally filtered (one 2.x search per page).',
    args: { ...pageArgs, filter: t.arg({ type: ContactFilterInput }) },
    resolve: contactList('lead'),
  }),
  contacts: t.field({
    type: ContactConnection,
    description: 'Users and leads, optionally filtered (one 2.x search per page).',
    args: { ...pageArgs, filter: t.arg({ type: ContactFilterInput }) },
    resolve: contactList(undefined),
  }),
}));

// ---------------------------------------------------------------- inputs

interface ContactFieldsShape {
  email?: string | null | undefined;
  phone?: string | null | undefined;
  name?: string | null | undefined;
  avatar?: string | null | undefined;
  signedUpAt?: Date | null | undefined;
  lastSeenAt?: Date | null | undefined;
  ownerId?: number | null | undefined;
  unsubscribedFromEmails?: boolean | null | undefined;
  customAttributes?: {} | null | undefined;
}

const contactFields = (t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>) => ({
  email: t.string(),
  phone: t.string(),
  name: t.string(),
  avatar: t.string({ description: 'URL of an image.' }),
  signedUpAt: t.field({ type: 'DateTime' }),
  lastSeenAt: t.field({ type: 'DateTime' }),
  ownerId: t.int({ description: 'Intercom id of the admin who owns the contact.' }),
  unsubscribedFromEmails: t.boolean(),
  customAttributes: t.field({ type: 'JSON', description: 'An object of custom attribute values (they must exist in the workspace).' }),
});

const userFields = (t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>) => ({
  userId: t.string({ description: 'Your id for the user (2.x `external_id`).' }),
  ...contactFields(t),
});

type UserFieldsShape = ContactFieldsShape & { userId?: string | null | undefined };

export const CreateUserInput = builder.inputRef<UserFieldsShape>('CreateUserInput').implement({
  description: 'A new user; give userId or email (or both).',
  fields: userFields,
});

export const CreateLeadInput = builder.inputRef<ContactFieldsShape>('CreateLeadInput').implement({
  description: 'A new lead; every field is optional.',
  fields: (t) => contactFields(t),
});

export const UpdateContactInput = builder.inputRef<UserFieldsShape>('UpdateContactInput').implement({
  description: 'Fields to change; omitted fields keep their value.',
  fields: userFields,
});

function contactBody(input: UserFieldsShape): ContactCreateBody {
  const body: ContactCreateBody = {};
  if (input.userId != null) body.external_id = input.userId;
  if (input.email != null) body.email = input.email;
  if (input.phone != null) body.phone = input.phone;
  if (input.name != null) body.name = input.name;
  if (input.avatar != null) body.avatar = input.avatar;
  if (input.signedUpAt != null) body.signed_up_at = toUnixSeconds(input.signedUpAt)!;
  if (input.lastSeenAt != null) body.last_seen_at = toUnixSeconds(input.lastSeenAt)!;
  if (input.ownerId != null) body.owner_id = input.ownerId;
  if (input.unsubscribedFromEmails != null) body.unsubscribed_from_emails = input.unsubscribedFromEmails;
  if (input.customAttributes != null) {
    if (typeof input.customAttributes !== 'object' || Array.isArray(input.customAttributes)) {
      throw new BadInputError('`input.customAttributes` must be an object of attribute names to values', 'input.customAttributes');
    }
    body.custom_attributes = input.customAttributes as Record<string, unknown>;
  }
  return body;
}

// ---------------------------------------------------------------- mutations

/** After a write: drop everything this request read, and keep the written contact at hand. */
function freshAfterWrite(context: GatewayContext, contact: Contact): Contact {
  context.loaders.contacts.prime([contact]);
  return contact;
}

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates a user (POST /contacts with role user).',
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      if (!input.userId && !input.email) throw new BadInputError('A user needs `input.userId` or `input.email`', 'input.userId');
      const created = await asDomainErrors(() => context.client.createContact({ role: 'user', ...contactBody(input) }));
      return freshAfterWrite(context, created);
    },
  }),
  createLead: t.field({
    type: LeadRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates a lead (POST /contacts with role lead).',
    args: { input: t.arg({ type: CreateLeadInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const created = await asDomainErrors(() => context.client.createContact({ role: 'lead', ...contactBody(input) }));
      return freshAfterWrite(context, created);
    },
  }),
  updateContact: t.field({
    type: ContactRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Changes a user or lead (PUT /contacts/{id}).',
    args: { id: t.arg.id({ required: true, description: 'Intercom id of the contact.' }), input: t.arg({ type: UpdateContactInput, required: true }) },
    resolve: async (_root, { id, input }, context) => {
      const body = contactBody(input);
      if (Object.keys(body).length === 0) throw new BadInputError('`input` changes nothing; give at least one field', 'input');
      const updated = await asDomainErrors(() => context.client.updateContact(String(id), body));
      return freshAfterWrite(context, updated);
    },
  }),
}));
