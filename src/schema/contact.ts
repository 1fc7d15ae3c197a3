/**
 * Contacts: `interface Contact` with `User` and `Lead` (2.x contacts with role user | lead), their
 * queries, inputs and mutations.
 */
import type { Contact, ContactCreateBody, ContactRole, SearchQuery } from '../intercom/types.js';
import { emailSpellings } from '../loaders/contacts.js';
import { ANY_CONTACT, allOf, eq, roleFilter, within } from '../loaders/search.js';
import { builder, type BuilderTypes } from './builder.js';
import { checkedPage, pageArgs, toConnection } from './connection.js';
import { ContactSearchInput, toSearchQuery } from './contact-search.js';
import type { GatewayContext } from './context.js';
import { BadInputError, LeadRequiresIdError, NotFoundError } from './domain-errors.js';
import { asDomainErrors, MUTATION_ERRORS } from './errors.js';
import { CONTACT_TYPES, exactlyOne, intercomIdOf, type NodeTypeName } from './global-ids.js';
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
    intercomId: t.id({ description: "Intercom's id of the contact (the global `id` wraps it).", resolve: (c) => c.id }),
    role: t.field({ type: ContactRoleEnum, resolve: (c) => c.role }),
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
    // Relations are reads of their own: nullable, and null (with the error) only when the read failed.
    tags: t.field({
      type: [TagRef],
      nullable: true,
      description:
        'Tags on the contact: from the contact itself when it embeds them all, else one call for this contact. Null only when that read failed.',
      resolve: (c, _args, context) => context.loaders.contactRelations.tags.load(c),
    }),
    segments: t.field({
      type: [SegmentRef],
      nullable: true,
      description: 'Segments the contact is in now (segments are saved filters). Null only when that read failed.',
      resolve: (c, _args, context) => context.loaders.contactRelations.segments.load(c),
    }),
    companies: t.field({
      type: [CompanyRef],
      nullable: true,
      description: 'Companies the contact belongs to. Null only when that read failed.',
      resolve: (c, _args, context) => context.loaders.contactRelations.companies.load(c),
    }),
  }),
});

UserRef.implement({
  description: 'A signed-up person (2.x contact with role `user`; 1.x `/users`).',
  interfaces: [ContactRef],
  isTypeOf: isUser,
  fields: (t) => ({
    userId: t.string({ nullable: true, description: 'Your id for the user (2.x `external_id`, 1.x `user_id`).', resolve: (c) => blankToNull(c.external_id) }),
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
  intercomId?: string | null | undefined;
  userId?: string | null | undefined;
  email?: string | null | undefined;
}

export const ContactRefInput = builder.inputRef<ContactRefShape>('ContactRefInput').implement({
  description:
    'One contact, by exactly one of: `id` or `intercomId` (users and leads), `userId` or `email` (users only; email case-insensitive).',
  fields: (t) => ({
    id: t.id({ description: 'The `id` of a User or Lead.' }),
    intercomId: t.id({ description: "Intercom's id of the contact." }),
    userId: t.string(),
    email: t.string(),
  }),
});

const CONTACT_KEYS = ['id', 'intercomId', 'userId', 'email'] as const;

/** The global id types a contact reference of `role` may carry. */
function typesFor(role: ContactRole | undefined): readonly NodeTypeName[] {
  return role === 'lead' ? ['Lead'] : role === 'user' ? ['User'] : CONTACT_TYPES;
}

/** Loads the contact one key names: the id kinds for any role, userId and email for users. */
async function loadContact(
  context: GatewayContext,
  key: (typeof CONTACT_KEYS)[number],
  value: string,
  types: readonly NodeTypeName[],
  argument: string,
): Promise<Contact | null> {
  const { contacts } = context.loaders;
  if (key === 'id') return contacts.byId.load(intercomIdOf(value, types, argument));
  if (key === 'intercomId') return contacts.byId.load(value);
  if (key === 'userId') return contacts.userByExternalId.load(value);
  return contacts.userByEmail.load(value);
}

/**
 * Finds the contact a ContactRefInput names (a user, unless by id or intercomId); NotFoundError
 * when there is none, BadInputError when it names no key, several, or a global id of another type.
 */
export async function findContact(
  context: GatewayContext,
  input: ContactRefShape,
  options: { path: string; role?: ContactRole },
): Promise<Contact> {
  const [key, value] = exactlyOne(input, CONTACT_KEYS, options.path);
  if (options.role === 'lead' && (key === 'userId' || key === 'email')) throw new LeadRequiresIdError(`${options.path}.${key}`);
  const contact = await loadContact(context, key, value, typesFor(options.role), `${options.path}.${key}`);
  const byIdKey = key === 'id' || key === 'intercomId';
  if (!contact || (options.role !== undefined && contact.role !== options.role) || (!byIdKey && contact.role !== 'user')) {
    const what = options.role ?? (byIdKey ? 'contact' : 'user');
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
    tagId: t.id({ description: 'The `id` of a Tag the contacts carry.' }),
    segmentId: t.id({ description: 'The `id` of a Segment the contacts are in.' }),
    email: t.string({ description: 'Email address (case-insensitive).' }),
    search: t.field({ type: ContactSearchInput, description: 'Any 2.x search expression.' }),
  }),
});

/** The 2.x search query for a list of contacts of `role` matching `filter`. */
export function contactQuery(role: ContactRole | undefined, filter: ContactFilterShape | null | undefined): SearchQuery {
  return (
    allOf([
      roleFilter(role),
      filter?.tagId != null ? eq('tag_id', intercomIdOf(filter.tagId, ['Tag'], 'filter.tagId')) : undefined,
      filter?.segmentId != null ? eq('segment_id', intercomIdOf(filter.segmentId, ['Segment'], 'filter.segmentId')) : undefined,
      filter?.email ? within('email', emailSpellings([filter.email])) : undefined,
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
    const query = contactQuery(role, args.filter);
    return toConnection(await context.loaders.lists.contactSearch.load({ query, ...checkedPage(args, 'cursor') }));
  };
}

/** A root lookup of one contact of `role` (any role when undefined); null when there is none. */
async function lookup(
  context: GatewayContext,
  args: ContactRefShape,
  keys: ReadonlyArray<(typeof CONTACT_KEYS)[number]>,
  role: ContactRole | undefined,
  argument: string,
): Promise<Contact | null> {
  const [key, value] = exactlyOne(args, keys, argument);
  const contact = await loadContact(context, key, value, typesFor(role), key);
  return contact && (role === undefined || contact.role === role) ? contact : null;
}

const idArgs = (types: string) =>
  builder.args((t) => ({
    id: t.id({ description: `The \`id\` of a ${types}.` }),
    intercomId: t.id({ description: "Intercom's id of the contact." }),
  }));

builder.queryFields((t) => ({
  user: t.field({
    type: UserRef,
    nullable: true,
    description: 'One user, by exactly one of its `id`, `intercomId`, `userId` or `email` (case-insensitive); null when there is none.',
    args: { ...idArgs('User'), userId: t.arg.string(), email: t.arg.string() },
    resolve: (_root, args, context) => lookup(context, args, CONTACT_KEYS, 'user', 'user'),
  }),
  lead: t.field({
    type: LeadRef,
    nullable: true,
    description: 'One lead by exactly one of its `id` or `intercomId`; null when there is none.',
    args: idArgs('Lead'),
    resolve: (_root, args, context) => lookup(context, args, ['id', 'intercomId'], 'lead', 'lead'),
  }),
  contact: t.field({
    type: ContactRef,
    nullable: true,
    description: 'One user or lead by exactly one of its `id` or `intercomId`; null when there is none.',
    args: idArgs('User or Lead'),
    resolve: (_root, args, context) => lookup(context, args, ['id', 'intercomId'], undefined, 'contact'),
  }),
  users: t.field({
    type: UserConnection,
    nullable: true,
    description: 'Users, optionally filtered (one 2.x search per page).',
    args: { ...pageArgs, filter: t.arg({ type: ContactFilterInput }) },
    resolve: contactList('user'),
  }),
  leads: t.field({
    type: LeadConnection,
    nullable: true,
    description: 'Leads, optionally filtered (one 2.x search per page).',
    args: { ...pageArgs, filter: t.arg({ type: ContactFilterInput }) },
    resolve: contactList('lead'),
  }),
  contacts: t.field({
    type: ContactConnection,
    nullable: true,
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

const CreateUserPayload = builder.objectRef<{ user: Contact }>('CreateUserPayload').implement({
  description: 'The user just created.',
  fields: (t) => ({ user: t.field({ type: UserRef, resolve: (result) => result.user }) }),
});

const CreateLeadPayload = builder.objectRef<{ lead: Contact }>('CreateLeadPayload').implement({
  description: 'The lead just created.',
  fields: (t) => ({ lead: t.field({ type: LeadRef, resolve: (result) => result.lead }) }),
});

const UpdateContactPayload = builder.objectRef<{ contact: Contact }>('UpdateContactPayload').implement({
  description: 'The user or lead as the update left it.',
  fields: (t) => ({ contact: t.field({ type: ContactRef, resolve: (result) => result.contact }) }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: CreateUserPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates a user (POST /contacts with role user).',
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      if (!input.userId && !input.email) throw new BadInputError('A user needs `input.userId` or `input.email`', 'input.userId');
      const created = await asDomainErrors(() => context.client.createContact({ role: 'user', ...contactBody(input) }));
      return { user: freshAfterWrite(context, created) };
    },
  }),
  createLead: t.field({
    type: CreateLeadPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates a lead (POST /contacts with role lead).',
    args: { input: t.arg({ type: CreateLeadInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const created = await asDomainErrors(() => context.client.createContact({ role: 'lead', ...contactBody(input) }));
      return { lead: freshAfterWrite(context, created) };
    },
  }),
  updateContact: t.field({
    type: UpdateContactPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Changes a user or lead (PUT /contacts/{id}).',
    args: {
      id: t.arg.id({ required: true, description: 'The `id` of the User or Lead.' }),
      input: t.arg({ type: UpdateContactInput, required: true }),
    },
    resolve: async (_root, { id, input }, context) => {
      const intercomId = intercomIdOf(id, CONTACT_TYPES, 'id');
      const body = contactBody(input);
      if (Object.keys(body).length === 0) throw new BadInputError('`input` changes nothing; give at least one field', 'input');
      const updated = await asDomainErrors(() => context.client.updateContact(intercomId, body));
      return { contact: freshAfterWrite(context, updated) };
    },
  }),
}));
