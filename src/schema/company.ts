/**
 * Companies: the object (with its members, tags and segments), company queries, inputs, and the
 * company mutations (create or update, add and remove a user).
 */
import type { Company, CompanyUpsertBody, Segment } from '../intercom/types.js';
import { BadInputError, NotFoundError } from './domain-errors.js';
import { builder } from './builder.js';
import { checkedPage, pageArgs, toConnection } from './connection.js';
import { ContactRefInput, findContact } from './contact.js';
import type { GatewayContext } from './context.js';
import { asDomainErrors, MUTATION_ERRORS } from './errors.js';
import { exactlyOne, intercomIdOf } from './global-ids.js';
import { CompanyConnection, CompanyRef, ContactConnection, isCompany, SegmentRef, TagRef, UserRef } from './refs.js';
import { blankToNull, fromUnixSeconds, toUnixSeconds } from './values.js';

// ---------------------------------------------------------------- object

function planName(company: Company): string | null {
  const plan = company.plan as { name?: unknown } | null;
  return typeof plan?.name === 'string' ? blankToNull(plan.name) : null;
}

CompanyRef.implement({
  description: 'A company: a container of users with attributes of its own.',
  isTypeOf: isCompany,
  fields: (t) => ({
    intercomId: t.id({ description: "Intercom's id of the company.", resolve: (c) => c.id }),
    companyId: t.string({ description: 'Your id for the company (cannot change).', resolve: (c) => c.company_id }),
    name: t.string({ nullable: true, resolve: (c) => blankToNull(c.name) }),
    plan: t.string({ nullable: true, description: 'Plan name.', resolve: planName }),
    size: t.int({ nullable: true, description: 'Number of employees.', resolve: (c) => (c.size ? c.size : null) }),
    website: t.string({ nullable: true, resolve: (c) => blankToNull(c.website) }),
    industry: t.string({ nullable: true, resolve: (c) => blankToNull(c.industry) }),
    monthlySpend: t.int({ nullable: true, description: 'Revenue from the company, a whole number.', resolve: (c) => c.monthly_spend ?? null }),
    sessionCount: t.int({ resolve: (c) => c.session_count ?? 0 }),
    userCount: t.int({ description: 'Users in the company (from the company itself, no extra call).', resolve: (c) => c.user_count ?? 0 }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.created_at) }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.updated_at) }),
    remoteCreatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.remote_created_at) }),
    lastRequestAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => fromUnixSeconds(c.last_request_at) }),
    customAttributes: t.field({ type: 'JSON', resolve: (c) => c.custom_attributes ?? {} }),
    tags: t.field({
      type: [TagRef],
      description: 'Tags on the company (embedded in the company: no extra call).',
      resolve: (c) => c.tags?.tags ?? [],
    }),
    segments: t.field({
      type: [SegmentRef],
      description: 'Segments the company is in (embedded in the company: no extra call).',
      resolve: (c): Segment[] => c.segments?.segments ?? [],
    }),
    users: t.field({
      type: ContactConnection,
      nullable: true,
      description: "The company's people (GET /companies/{id}/contacts: one call per company and page). Null only when that read failed.",
      args: pageArgs,
      resolve: async (c, args, context) =>
        toConnection(await context.loaders.lists.companyMembers.load({ companyId: c.id, ...checkedPage(args, 'cursor') })),
    }),
  }),
});

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  company: t.field({
    type: CompanyRef,
    nullable: true,
    description:
      'One company by exactly one of its `id`, `intercomId`, `companyId` or `name`; null when there is none. ' +
      'Names match without regard to case where the upstream serves `GET /counts` (one shared read per request), else exactly.',
    args: {
      id: t.arg.id({ description: 'The `id` of a Company.' }),
      intercomId: t.arg.id({ description: "Intercom's id of the company." }),
      companyId: t.arg.string({ description: 'Your id for the company.' }),
      name: t.arg.string(),
    },
    resolve: (_root, args, context) => {
      const [key, value] = exactlyOne(args, ['id', 'intercomId', 'companyId', 'name'], 'company');
      const { companies } = context.loaders;
      if (key === 'id') return companies.byId.load(intercomIdOf(value, ['Company'], 'id'));
      if (key === 'intercomId') return companies.byId.load(value);
      if (key === 'companyId') return companies.byCompanyId.load(value);
      return companies.byName.load(value);
    },
  }),
  companies: t.field({
    type: CompanyConnection,
    nullable: true,
    description: 'Companies that have users, most recently active first; optionally by tag or segment (one call per page).',
    args: {
      ...pageArgs,
      tagId: t.arg.id({ description: 'The `id` of a Tag the companies carry.' }),
      segmentId: t.arg.id({ description: 'The `id` of a Segment the companies are in.' }),
    },
    resolve: async (_root, args, context) =>
      toConnection(
        await context.loaders.lists.companies.load({
          ...checkedPage(args, 'offset'),
          tagId: args.tagId == null ? undefined : intercomIdOf(args.tagId, ['Tag'], 'tagId'),
          segmentId: args.segmentId == null ? undefined : intercomIdOf(args.segmentId, ['Segment'], 'segmentId'),
        }),
      ),
  }),
}));

// ---------------------------------------------------------------- inputs

export interface CompanyRefShape {
  id?: string | null | undefined;
  intercomId?: string | null | undefined;
  companyId?: string | null | undefined;
}

export const CompanyRefInput = builder.inputRef<CompanyRefShape>('CompanyRefInput').implement({
  description: 'One existing company, by exactly one of its `id`, its `intercomId` or your `companyId`.',
  fields: (t) => ({
    id: t.id({ description: 'The `id` of a Company.' }),
    intercomId: t.id({ description: "Intercom's id of the company." }),
    companyId: t.string({ description: 'Your id for the company.' }),
  }),
});

/** The company a CompanyRefInput names; NotFoundError when there is none. */
export async function findCompany(context: GatewayContext, ref: CompanyRefShape, path: string): Promise<Company> {
  const [key, value] = exactlyOne(ref, ['id', 'intercomId', 'companyId'], path);
  const { companies } = context.loaders;
  const company =
    key === 'companyId'
      ? await companies.byCompanyId.load(value)
      : await companies.byId.load(key === 'id' ? intercomIdOf(value, ['Company'], `${path}.id`) : value);
  if (!company) throw new NotFoundError(`No company with ${key} "${value}"`, `${path}.${key}`);
  return company;
}

interface CompanyInputShape {
  companyId: string;
  name?: string | null | undefined;
  plan?: string | null | undefined;
  size?: number | null | undefined;
  website?: string | null | undefined;
  industry?: string | null | undefined;
  monthlySpend?: number | null | undefined;
  remoteCreatedAt?: Date | null | undefined;
  customAttributes?: {} | null | undefined;
}

export const CompanyInput = builder.inputRef<CompanyInputShape>('CompanyInput').implement({
  description: 'A company by your `companyId`, with the fields to set; omitted fields keep their value.',
  fields: (t) => ({
    companyId: t.string({ required: true }),
    name: t.string(),
    plan: t.string({ description: 'Plan name.' }),
    size: t.int(),
    website: t.string(),
    industry: t.string(),
    monthlySpend: t.int(),
    remoteCreatedAt: t.field({ type: 'DateTime', description: 'When you created the company.' }),
    customAttributes: t.field({ type: 'JSON' }),
  }),
});

function companyBody(input: CompanyInputShape, path: string): CompanyUpsertBody {
  if (input.companyId.trim() === '') throw new BadInputError(`\`${path}.companyId\` must not be empty`, `${path}.companyId`);
  const body: CompanyUpsertBody = { company_id: input.companyId };
  if (input.name != null) body.name = input.name;
  if (input.plan != null) body.plan = input.plan;
  if (input.size != null) body.size = input.size;
  if (input.website != null) body.website = input.website;
  if (input.industry != null) body.industry = input.industry;
  if (input.monthlySpend != null) body.monthly_spend = input.monthlySpend;
  if (input.remoteCreatedAt != null) body.remote_created_at = toUnixSeconds(input.remoteCreatedAt)!;
  if (input.customAttributes != null) {
    if (typeof input.customAttributes !== 'object' || Array.isArray(input.customAttributes)) {
      throw new BadInputError(`\`${path}.customAttributes\` must be an object`, `${path}.customAttributes`);
    }
    body.custom_attributes = input.customAttributes as Record<string, unknown>;
  }
  return body;
}

// ---------------------------------------------------------------- mutations

/** Ids only: the user and company are read (fresh, after the write) only if the caller selects them. */
interface Membership {
  userId: string;
  companyId: string;
}

function membershipPayload(name: string, did: string) {
  return builder.objectRef<Membership>(name).implement({
    description: `A user and the company it was just ${did}.`,
    fields: (t) => ({
      user: t.field({
        type: UserRef,
        nullable: true,
        description: 'The user as it is now; null only when that read failed (the write happened).',
        resolve: (m) => m.userId,
      }),
      company: t.field({
        type: CompanyRef,
        nullable: true,
        description: 'The company as it is now; null only when that read failed (the write happened).',
        resolve: (m) => m.companyId,
      }),
    }),
  });
}

const AddUserToCompanyPayload = membershipPayload('AddUserToCompanyPayload', 'added to');
const RemoveUserFromCompanyPayload = membershipPayload('RemoveUserFromCompanyPayload', 'removed from');

const CreateOrUpdateCompanyPayload = builder.objectRef<{ company: Company }>('CreateOrUpdateCompanyPayload').implement({
  description: 'The company as the write left it.',
  fields: (t) => ({ company: t.field({ type: CompanyRef, resolve: (result) => result.company }) }),
});

/** After a write: forget what this request read (counts, members, embedded lists all changed). */
function afterWrite(context: GatewayContext, company: Company): Company {
  return company;
}

builder.mutationFields((t) => ({
  createOrUpdateCompany: t.field({
    type: CreateOrUpdateCompanyPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates the company with this companyId, or updates it (POST /companies). Companies without users are not listed.',
    args: { input: t.arg({ type: CompanyInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const company = await asDomainErrors(() => context.client.upsertCompany(companyBody(input, 'input')));
      return { company: afterWrite(context, company) };
    },
  }),
  addUserToCompany: t.field({
    type: AddUserToCompanyPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Adds a user to a company, creating the company when missing (as the API does) and updating its given fields.',
    args: { user: t.arg({ type: ContactRefInput, required: true }), company: t.arg({ type: CompanyInput, required: true }) },
    resolve: async (_root, args, context) => {
      const user = await findContact(context, args.user, { path: 'user' });
      const body = companyBody(args.company, 'company');
      const existing = await context.loaders.companies.byCompanyId.load(body.company_id);
      // Only write the company when it is new or the caller set more than its companyId.
      const company =
        existing && Object.keys(body).length === 1 ? existing : await asDomainErrors(() => context.client.upsertCompany(body));
      await asDomainErrors(() => context.client.attachContactToCompany(user.id, company.id));
      return { userId: user.id, companyId: company.id };
    },
  }),
  removeUserFromCompany: t.field({
    type: RemoveUserFromCompanyPayload,
    nullable: true,
    errors: { types: MUTATION_ERRORS },
    description: 'Removes a user from a company.',
    args: { user: t.arg({ type: ContactRefInput, required: true }), company: t.arg({ type: CompanyRefInput, required: true }) },
    resolve: async (_root, args, context) => {
      const user = await findContact(context, args.user, { path: 'user' });
      const company = await findCompany(context, args.company, 'company');
      await asDomainErrors(() => context.client.detachContactFromCompany(user.id, company.id));
      return { userId: user.id, companyId: company.id };
    },
  }),
}));
