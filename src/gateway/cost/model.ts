/**
 * The cost model: for each `Type.field` that reaches the upstream, the calls it makes for the objects
 * it is resolved on, and how many objects its selection is then resolved on. It restates the
 * README's "Batching: what a query costs upstream" table rule by rule, for the loaders in
 * src/loaders/ (per-request DataLoaders, the read cache, the shared lists). A field not listed here
 * costs nothing and passes its objects on unchanged (scalars, embedded objects, edges, pageInfo).
 *
 * Where the data decides (how many rows a list has, how many companies a contact names) the rule
 * takes the rows last seen (seen-sizes.ts), bounded by `first`; never seen: `first` itself.
 * Assumed, as the loaders do: a contact embeds all its tags (an Intercom contact embeds up to 10;
 * one with more costs one more call, which the runtime budget still counts).
 */
import type { SearchQuery } from '../../intercom/types.js';
import { emailSpellings } from '../../loaders/contacts.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../loaders/pages.js';
import { allOf, eq, IN_CHUNK_SIZE, roleFilter, within } from '../../loaders/search.js';
import { contactQuery, type ContactFilterShape } from '../../schema/contact.js';
import { TAG_REQUEST_CHUNK } from '../../schema/tag.js';
import { CONTACT_TYPES, decodeNodeId, intercomIdOf, type NodeTypeName } from '../../schema/global-ids.js';
import { byIdBatch, searchBatch, type Plan, type Rows } from './plan.js';
import { listKeys } from './seen-sizes.js';

/** What a rule sees: the field's coerced arguments, the objects it runs on, and the tally. */
export interface FieldContext {
  args: Record<string, unknown>;
  parent: Rows;
  /** What the parent's rule passed down (e.g. how many contacts a mutation tagged). */
  parentMeta: Record<string, number> | undefined;
  plan: Plan;
}

/** The objects the field's own selection is resolved on; per concrete type when known (node lookups). */
export interface FieldOutcome {
  rows: Rows;
  perType?: Record<string, Rows>;
  meta?: Record<string, number>;
}

export type FieldRule = (context: FieldContext) => FieldOutcome;

/** Rows of a Relay window: `first` (default 20), or nothing when `first` is invalid (the resolver refuses it). */
function windowSize(args: Record<string, unknown>): number | undefined {
  const first = args['first'];
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) return undefined;
  return first;
}

function windowKey(args: Record<string, unknown>): string {
  return `${windowSize(args)} ${typeof args['after'] === 'string' ? args['after'] : ''}`;
}

/** Rows of one window over a list last seen with `total` rows. */
function windowRows(first: number, total: number | undefined): number {
  return total === undefined ? first : Math.min(first, total);
}

/** A page-numbered list (companies) costs one call, or two when resuming mid-page needs two pages. */
function offsetCalls(args: Record<string, unknown>): number {
  return typeof args['after'] === 'string' ? 2 : 1;
}

const NOTHING: FieldOutcome = { rows: { count: 0 } };

/**
 * The Intercom id a global id argument carries, decoded as the resolvers decode it
 * (src/schema/global-ids.ts); undefined when the resolver refuses it (no call is made).
 */
function decodedId(value: unknown, types: readonly NodeTypeName[]): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  try {
    return intercomIdOf(value, types, 'id');
  } catch {
    return undefined;
  }
}

/** The one key an "exactly one of" lookup names, as the resolvers' `exactlyOne`; undefined: refused, no call. */
function oneKey<K extends string>(args: Record<string, unknown>, keys: readonly K[]): [K, string] | undefined {
  const given = keys.filter((key) => args[key] != null && args[key] !== '');
  return given.length === 1 ? [given[0]!, String(args[given[0]!])] : undefined;
}

/** An `id | intercomId` pair resolved to the Intercom id the loader reads; undefined when refused. */
function idOrIntercomId(key: string, value: string, types: readonly NodeTypeName[]): string | undefined {
  return key === 'id' ? decodedId(value, types) : value;
}

/**
 * How many distinct things (companies, tags) the contacts of the rows' pages named when last read:
 * the sum over the pages, an upper bound of the distinct total; undefined unless every page was seen.
 */
function seenOnPages(plan: Plan, rows: Rows, key: (page: string) => string): number | undefined {
  if (!rows.pages) return undefined;
  let sum = 0;
  for (const page of rows.pages) {
    const seen = plan.sizes.total(key(page));
    if (seen === undefined) return undefined;
    sum += seen;
  }
  return sum;
}

/** The upstream page a window from the start of a cursor list reads (src/loaders/pages.ts: `per_page` ≥ 1). */
function firstPage(list: string, args: Record<string, unknown>, first: number): string | undefined {
  return typeof args['after'] === 'string' ? undefined : listKeys.page(list, Math.max(1, first), null);
}

/** One cursor window per distinct parent (tag, segment, company), each a list of its own. */
function windowPerParent(context: FieldContext, listOf: (id: string) => string, calls: number): FieldOutcome {
  const first = windowSize(context.args);
  if (first === undefined) return NOTHING;
  const { parent, plan } = context;
  if (parent.unknown) {
    plan.needs.add(parent.unknown);
    return NOTHING;
  }
  const window = windowKey(context.args);
  if (parent.ids) {
    let rows = 0;
    const pages: string[] = [];
    for (const id of parent.ids) {
      plan.onceFor(`${listOf(id)} ${window}`, calls);
      rows += windowRows(first, plan.sizes.total(listOf(id)));
      const page = firstPage(listOf(id), context.args, first);
      if (page) pages.push(page);
    }
    return { rows: { count: rows, ...(pages.length === parent.ids.length ? { pages } : {}) } };
  }
  plan.add(parent.count * calls);
  return { rows: { count: parent.count * first } };
}

type Role = 'user' | 'lead' | undefined;
type GroupField = 'tag_id' | 'segment_id';

const memberQuery = (field: GroupField, role: Role) => (id: string) =>
  listKeys.contactSearch(allOf([eq(field, id), roleFilter(role)]));

const memberRules = (field: GroupField): Record<string, FieldRule> => ({
  users: (context) => windowPerParent(context, memberQuery(field, 'user'), 1),
  leads: (context) => windowPerParent(context, memberQuery(field, 'lead'), 1),
  contacts: (context) => windowPerParent(context, memberQuery(field, undefined), 1),
});

/** A root contact list: one search per distinct (filter, window). */
function contactList(role: Role): FieldRule {
  return ({ args, plan }) => {
    const first = windowSize(args);
    if (first === undefined) return NOTHING;
    let query: SearchQuery;
    try {
      query = contactQuery(role, args['filter'] as ContactFilterShape | null | undefined);
    } catch {
      return NOTHING; // the resolver refuses a malformed search before any call
    }
    const list = listKeys.contactSearch(query);
    plan.onceFor(`${list} ${windowKey(args)}`);
    const page = firstPage(list, args, first);
    return { rows: { count: windowRows(first, plan.sizes.total(list)), ...(page ? { pages: [page] } : {}) } };
  };
}

// ---------------------------------------------------------------- counts

/** Counts of contacts per tag: one `/counts` call, or one search total per tag (2.x). */
function contactsPerTag(plan: Plan, tags: Rows): void {
  const legacy = plan.legacyCounts();
  if (legacy === true) plan.onceFor('counts user tag');
  if (legacy === false) plan.perObject(tags, (id) => `search-total tag ${id}`);
}

function companiesPerTag(plan: Plan, tags: Rows): void {
  const legacy = plan.legacyCounts();
  if (legacy === true) plan.onceFor('counts company tag', plan.sizes.companyCountPages('tag'));
  if (legacy === false) plan.perObject(tags, (id) => `company-total tag ${id}`);
}

function companiesPerSegment(plan: Plan, segments: Rows): void {
  const legacy = plan.legacyCounts();
  if (legacy === true) plan.onceFor('counts company segment', plan.sizes.companyCountPages('segment'));
  if (legacy === false) plan.perObject(segments, (id) => `company-total segment ${id}`);
}

function workspaceTotals(plan: Plan): void {
  const legacy = plan.legacyCounts();
  if (legacy === true) plan.onceFor('counts app');
  if (legacy === false) {
    plan.onceFor('total users');
    plan.onceFor('total leads');
    plan.onceFor('total companies');
    plan.tagList();
    plan.segmentList();
  }
}

const totalsField: FieldRule = ({ plan, parent }) => {
  workspaceTotals(plan);
  return { rows: parent };
};

// ---------------------------------------------------------------- lookups

const CONTACT_BY_ID = 'contacts by id';

function contactById(plan: Plan, ids: string[], group = CONTACT_BY_ID): void {
  plan.batch(group, ids, byIdBatch);
}

const CONTACT_KEYS = ['id', 'intercomId', 'userId', 'email'] as const;

/** The page one email lookup's search reads: role AND email IN [both spellings] (src/loaders/contacts.ts). */
function emailPage(spellings: string[]): string {
  return listKeys.page(listKeys.contactSearch(allOf([eq('role', 'user'), within('email', spellings)])), spellings.length, null);
}

/**
 * `user(id | intercomId | userId | email)`, `lead`/`contact(id | intercomId)`: exactly one key, batched
 * with every other lookup of that kind; a global id of another type is refused before any call.
 */
function contactLookup(keys: ReadonlyArray<(typeof CONTACT_KEYS)[number]>, types: readonly NodeTypeName[]): FieldRule {
  return ({ args, plan }) => {
    const one = oneKey(args, keys);
    if (!one) return NOTHING;
    const [key, value] = one;
    if (key === 'id' || key === 'intercomId') {
      const id = idOrIntercomId(key, value, types);
      if (id === undefined) return NOTHING;
      contactById(plan, [id]);
      return { rows: { count: 1, pages: [listKeys.contact(id)] } };
    }
    if (key === 'userId') {
      // The page a lone lookup reads (src/loaders/contacts.ts): role AND key IN [the key].
      plan.batch('users by external id', [value], searchBatch);
      const page = listKeys.page(listKeys.contactSearch(allOf([eq('role', 'user'), within('external_id', [value])])), 1, null);
      return { rows: { count: 1, pages: [page] } };
    }
    // Emails: the address as given and in lower case, in the same IN search.
    const spellings = emailSpellings([value]);
    plan.batch('users by email', spellings, searchBatch);
    return { rows: { count: 1, pages: [emailPage(spellings)] } };
  };
}

/** Node ids decoded to their types; each type's loader reads them as its by-id lookup does. */
function nodeLookup(plan: Plan, globalIds: string[]): FieldOutcome {
  const byType = new Map<string, Set<string>>();
  for (const globalId of globalIds) {
    try {
      const { typename, id } = decodeNodeId(globalId);
      if (!byType.has(typename)) byType.set(typename, new Set());
      byType.get(typename)!.add(id);
    } catch {
      // Not a global id of this schema: the field answers BAD_USER_INPUT for it, without a call.
    }
  }
  const perType: Record<string, Rows> = {};
  let count = 0;
  for (const [typename, idSet] of byType) {
    const ids = [...idSet];
    if (typename === 'User' || typename === 'Lead') contactById(plan, ids, `node ${typename}`);
    else if (typename === 'Tag') plan.tagList();
    else if (typename === 'Segment') plan.countedSegmentList();
    else if (typename === 'Company') for (const id of ids) plan.onceFor(`company ${id}`);
    else if (typename === 'Conversation') for (const id of ids) plan.onceFor(`conversation ${id}`);
    else continue;
    perType[typename] = { count: ids.length, ids };
    count += ids.length;
  }
  return { rows: { count }, perType };
}

// ---------------------------------------------------------------- mutations

interface RefShape {
  id?: unknown;
  intercomId?: unknown;
  userId?: unknown;
  email?: unknown;
  companyId?: unknown;
}

/**
 * Finding the contacts a mutation names (src/schema/contact.ts `findContact`): each kind of key is
 * one batch of the field. A reference the resolver refuses (no key or several, a global id of
 * another type, userId or email for a lead) reads nothing; the others are still read.
 * @returns whether every reference was accepted (else the mutation answers an error and writes nothing)
 */
function findContacts(plan: Plan, refs: RefShape[], role?: 'lead'): boolean {
  const types: readonly NodeTypeName[] = role === 'lead' ? ['Lead'] : CONTACT_TYPES;
  const ids: string[] = [];
  const userIds: string[] = [];
  const emails: string[] = [];
  let accepted = true;
  for (const ref of refs) {
    const one = oneKey(ref as Record<string, unknown>, CONTACT_KEYS);
    if (!one) {
      accepted = false;
      continue;
    }
    const [key, value] = one;
    if (key === 'id' || key === 'intercomId') {
      const id = idOrIntercomId(key, value, types);
      if (id !== undefined) ids.push(id);
      else accepted = false;
    } else if (role === 'lead') {
      accepted = false;
    } else if (key === 'userId') {
      userIds.push(value);
    } else {
      emails.push(...emailSpellings([value]));
    }
  }
  plan.batch(CONTACT_BY_ID, ids, byIdBatch);
  plan.batch('users by external id', userIds, searchBatch);
  plan.batch('users by email', emails, searchBatch);
  return accepted;
}

/** The read that finds the company a CompanyRefInput names (src/schema/company.ts `findCompany`); false when refused. */
function findCompany(plan: Plan, ref: RefShape): boolean {
  const one = oneKey(ref as Record<string, unknown>, ['id', 'intercomId', 'companyId'] as const);
  if (!one) return false;
  const [key, value] = one;
  if (key === 'companyId') {
    plan.onceFor(`company by companyId ${value}`);
    return true;
  }
  const id = idOrIntercomId(key, value, ['Company']);
  if (id === undefined) return false;
  plan.onceFor(`company ${id}`);
  return true;
}

function refsOf(value: unknown): RefShape[] {
  return Array.isArray(value) ? (value as RefShape[]) : [];
}

/**
 * A mutation: its reads, its writes, then the loaders start over for its payload. `price` answers
 * `false` when the resolver refuses the arguments: no write, and the result is an error, whose
 * fields read nothing. (Batches are settled either way: mutations run one after the other.)
 */
function mutation(price: (context: FieldContext) => { meta?: Record<string, number> } | void | false): FieldRule {
  return (context) => {
    const outcome = price(context);
    context.plan.afterWrite();
    if (outcome === false) return NOTHING;
    return { rows: { count: 1 }, ...(outcome?.meta ? { meta: outcome.meta } : {}) };
  };
}

function tagContactsMutation(refsArg: string, untag: boolean, role?: 'lead'): FieldRule {
  return mutation(({ args, plan }) => {
    const refs = refsOf(args[refsArg]);
    if (refs.length === 0) return false;
    if (!findContacts(plan, refs, role)) return false;
    if (untag) {
      plan.tagList();
      plan.add(refs.length);
    } else {
      plan.add(Math.ceil(refs.length / TAG_REQUEST_CHUNK));
    }
    return { meta: { contacts: refs.length } };
  });
}

function tagCompaniesMutation(untag: boolean): FieldRule {
  return mutation(({ args, plan }) => {
    const refs = refsOf(args['companies']);
    if (refs.length === 0) return false;
    let accepted = true;
    for (const ref of refs) if (!findCompany(plan, ref)) accepted = false;
    if (!accepted) return false;
    if (untag) plan.tagList();
    plan.add(Math.ceil(refs.length / TAG_REQUEST_CHUNK));
    return { meta: { companies: refs.length } };
  });
}

const singleWrite = mutation(({ plan }) => plan.add(1));

/** `renameTag`/`deleteTag`/`updateContact`: the write, unless the resolver refuses the id first. */
const writeById = (types: readonly NodeTypeName[]) =>
  mutation(({ args, plan }) => {
    if (decodedId(args['id'], types) === undefined) return false;
    plan.add(1);
  });

/** `tagConversation`/`untagConversation`: both ids decoded first (a refused id: no call), the default admin, the write. */
const conversationTagging = mutation(({ args, plan }) => {
  if (decodedId(args['conversationId'], ['Conversation']) === undefined || decodedId(args['tagId'], ['Tag']) === undefined) return false;
  plan.add(args['adminId'] == null ? 2 : 1);
});

/** A payload's object named by id, read by id after the write (one GET). */
const oneRead: FieldRule = ({ plan }) => {
  plan.add(1);
  return { rows: { count: 1 } };
};

// ---------------------------------------------------------------- the table

export const COST_MODEL: Record<string, FieldRule> = {
  // Root lookups and lists
  'Query.user': contactLookup(CONTACT_KEYS, ['User']),
  'Query.lead': contactLookup(['id', 'intercomId'], ['Lead']),
  'Query.contact': contactLookup(['id', 'intercomId'], CONTACT_TYPES),
  'Query.users': contactList('user'),
  'Query.leads': contactList('lead'),
  'Query.contacts': contactList(undefined),
  'Query.node': ({ args, plan }) => nodeLookup(plan, [String(args['id'])]),
  'Query.nodes': ({ args, plan }) => nodeLookup(plan, Array.isArray(args['ids']) ? args['ids'].map(String) : []),
  'Query.tag': ({ args, plan }) => {
    const one = oneKey(args, ['id', 'intercomId', 'name'] as const);
    if (!one) return NOTHING;
    const [key, value] = one;
    const id = key === 'name' ? undefined : idOrIntercomId(key, value, ['Tag']);
    if (key !== 'name' && id === undefined) return NOTHING;
    plan.tagList();
    return { rows: id !== undefined ? { count: 1, ids: [id] } : { count: 1 } };
  },
  'Query.tags': ({ plan }) => {
    plan.tagList();
    return { rows: plan.allTags() };
  },
  'Query.segment': ({ args, plan }) => {
    const one = oneKey(args, ['id', 'intercomId'] as const);
    const id = one && idOrIntercomId(one[0], one[1], ['Segment']);
    if (id === undefined) return NOTHING;
    plan.countedSegmentList();
    return { rows: { count: 1, ids: [id] } };
  },
  'Query.segments': ({ plan }) => {
    plan.segmentList();
    return { rows: plan.allSegments() };
  },
  'Query.company': ({ args, plan }) => {
    const one = oneKey(args, ['id', 'intercomId', 'companyId', 'name'] as const);
    if (!one) return NOTHING;
    const [key, value] = one;
    if (key === 'companyId') {
      plan.onceFor(`company by companyId ${value}`);
      return { rows: { count: 1 } };
    }
    if (key === 'name') {
      // The exact match first; when it misses and the upstream serves /counts, the shared company
      // directory (the companyUserCounts pages) and one read by the companyId found there
      // (src/loaders/companies.ts). Whether it misses is the data's: priced as if it did.
      plan.onceFor(`company by name ${value.toLowerCase()}`);
      if (plan.legacyCounts() === true) {
        plan.onceFor('counts company user', plan.sizes.companyCountPages('user'));
        plan.onceFor(`company by name ${value.toLowerCase()} directory hit`);
      }
      return { rows: { count: 1 } };
    }
    const id = idOrIntercomId(key, value, ['Company']);
    if (id === undefined) return NOTHING;
    plan.onceFor(`company ${id}`);
    return { rows: { count: 1, ids: [id] } };
  },
  'Query.companies': ({ args, plan }) => {
    const first = windowSize(args);
    if (first === undefined) return NOTHING;
    const tagId = args['tagId'] == null ? undefined : decodedId(args['tagId'], ['Tag']);
    const segmentId = args['segmentId'] == null ? undefined : decodedId(args['segmentId'], ['Segment']);
    if ((args['tagId'] != null && tagId === undefined) || (args['segmentId'] != null && segmentId === undefined)) return NOTHING;
    const list = listKeys.companies({ tagId, segmentId });
    plan.onceFor(`${list} ${windowKey(args)}`, offsetCalls(args));
    return { rows: { count: windowRows(first, plan.sizes.total(list)) } };
  },
  'Query.conversation': ({ args, plan }) => {
    const one = oneKey(args, ['id', 'intercomId'] as const);
    const id = one && idOrIntercomId(one[0], one[1], ['Conversation']);
    if (id === undefined) return NOTHING;
    plan.onceFor(`conversation ${id}`);
    return { rows: { count: 1 } };
  },
  'Query.counts': () => ({ rows: { count: 1 } }),

  // A contact's relations
  'Contact.tags': ({ parent, plan }) => {
    // Embedded tag ids, resolved through the request's tag list — not read when no contact has a tag.
    const carried = seenOnPages(plan, parent, listKeys.tagsOnPage);
    if (carried === 0) return NOTHING;
    plan.tagList();
    const tags = plan.allTags();
    return { rows: carried === undefined || tags.unknown ? tags : { count: Math.min(carried, tags.count) } };
  },
  'Contact.companies': ({ parent, plan }) => {
    // One `GET /companies/{id}` per distinct company the contacts name (no multi-key company read):
    // as many as those pages named last time, else as many as contacts name at most.
    const named = seenOnPages(plan, parent, listKeys.companiesOnPage);
    const companies = Math.min(parent.count * plan.sizes.companiesPerContact(), named ?? Number.POSITIVE_INFINITY);
    plan.add(companies);
    return { rows: { count: companies } };
  },
  'Contact.segments': ({ parent, plan }) => {
    // One batch of the segment loader: the sub-resource per contact up to as many contacts as
    // segments, else one search per segment and 150 contacts (src/loaders/contact-relations.ts).
    const n = parent.count;
    if (n === 1) plan.add(1);
    const segments = plan.allSegments();
    if (n >= 2) {
      plan.segmentList();
      if (segments.unknown) plan.needs.add(segments.unknown);
      else plan.add(n <= segments.count ? n : segments.count * Math.ceil(n / IN_CHUNK_SIZE));
    }
    return { rows: segments };
  },

  // Tags
  'Tag.contactCount': ({ parent, plan }) => {
    contactsPerTag(plan, parent);
    return { rows: parent };
  },
  'Tag.companyCount': ({ parent, plan }) => {
    companiesPerTag(plan, parent);
    return { rows: parent };
  },
  ...prefixed('Tag', memberRules('tag_id')),
  'Tag.companies': (context) => windowPerParent(context, (id) => listKeys.companies({ tagId: id }), offsetCalls(context.args)),
  'Tag.conversations': (context) => windowPerParent(context, (id) => listKeys.conversations(eq('tag_ids', id)), 1),

  // Segments
  'Segment.count': ({ parent, plan }) => {
    plan.countedSegmentList();
    return { rows: parent };
  },
  'Segment.companyCount': ({ parent, plan }) => {
    companiesPerSegment(plan, parent);
    return { rows: parent };
  },
  ...prefixed('Segment', memberRules('segment_id')),
  'Segment.companies': (context) =>
    windowPerParent(context, (id) => listKeys.companies({ segmentId: id }), offsetCalls(context.args)),

  // Companies: tags and segments are embedded; members are one call per company and page.
  'Company.tags': ({ plan }) => ({ rows: plan.allTags() }),
  'Company.segments': ({ plan }) => ({ rows: plan.allSegments() }),
  'Company.users': (context) => windowPerParent(context, listKeys.companyMembers, 1),

  // Conversations: tags embedded; contacts read by id in one batch per level.
  'Conversation.tags': ({ plan }) => ({ rows: plan.allTags() }),
  'Conversation.contacts': ({ parent, plan }) => {
    const contacts = parent.count * plan.sizes.contactsPerConversation();
    plan.add(byIdBatch(contacts));
    return { rows: { count: contacts } };
  },

  // Counts
  'Counts.users': totalsField,
  'Counts.leads': totalsField,
  'Counts.companies': totalsField,
  'Counts.tags': totalsField,
  'Counts.segments': totalsField,
  'Counts.userTagCounts': ({ plan }) => {
    const tags = plan.allTags();
    if (plan.legacyCounts() === false) plan.tagList();
    contactsPerTag(plan, tags);
    return { rows: tags };
  },
  'Counts.userSegmentCounts': ({ plan }) => {
    const legacy = plan.legacyCounts();
    if (legacy === true) plan.onceFor('counts user segment');
    if (legacy === false) plan.countedSegmentList();
    return { rows: plan.allSegments() };
  },
  'Counts.companyTagCounts': ({ plan }) => {
    const tags = plan.allTags();
    if (plan.legacyCounts() === false) plan.tagList();
    companiesPerTag(plan, tags);
    return { rows: tags };
  },
  'Counts.companySegmentCounts': ({ plan }) => {
    const segments = plan.allSegments();
    if (plan.legacyCounts() === false) plan.segmentList();
    companiesPerSegment(plan, segments);
    return { rows: segments };
  },
  'Counts.companyUserCounts': ({ plan }) => {
    const legacy = plan.legacyCounts();
    const rows = plan.sizes.total(listKeys.companyUserCounts);
    if (legacy === true) plan.onceFor('counts company user', plan.sizes.companyCountPages('user'));
    if (legacy === false) {
      const companies = plan.sizes.total(listKeys.companies({}));
      plan.onceFor('company pages', Math.max(1, Math.ceil((companies ?? MAX_PAGE_SIZE) / MAX_PAGE_SIZE)));
      return { rows: { count: companies ?? MAX_PAGE_SIZE } };
    }
    return { rows: { count: rows ?? MAX_PAGE_SIZE * plan.sizes.companyCountPages('user') } };
  },
  'TagCount.tag': ({ parent, plan }) => {
    plan.tagList();
    return { rows: parent };
  },
  'SegmentCount.segment': ({ parent, plan }) => {
    plan.segmentList();
    return { rows: parent };
  },
  'CompanyUserCount.company': ({ parent, plan }) => {
    // One `GET /companies?company_id=` per company (no multi-key company read).
    plan.add(parent.count);
    return { rows: { count: parent.count } };
  },

  // Mutations: reads to find what they name, the writes, and a fresh start for the payload.
  'Mutation.createTag': singleWrite,
  'Mutation.renameTag': writeById(['Tag']),
  'Mutation.deleteTag': writeById(['Tag']),
  'Mutation.createOrUpdateCompany': singleWrite,
  'Mutation.createUser': singleWrite,
  'Mutation.createLead': singleWrite,
  'Mutation.updateContact': writeById(CONTACT_TYPES),
  'Mutation.tagUsers': tagContactsMutation('users', false),
  'Mutation.untagUsers': tagContactsMutation('users', true),
  'Mutation.tagLeads': tagContactsMutation('leads', false, 'lead'),
  'Mutation.untagLeads': tagContactsMutation('leads', true, 'lead'),
  'Mutation.tagCompanies': tagCompaniesMutation(false),
  'Mutation.untagCompanies': tagCompaniesMutation(true),
  'Mutation.addUserToCompany': mutation(({ args, plan }) => {
    if (!findContacts(plan, refsOf([args['user']]))) return false;
    // The company by companyId, then (when new or changed) its upsert, then the attach.
    plan.add(3);
  }),
  'Mutation.removeUserFromCompany': mutation(({ args, plan }) => {
    const user = findContacts(plan, refsOf([args['user']]));
    if (!findCompany(plan, (args['company'] ?? {}) as RefShape) || !user) return false;
    plan.add(1);
  }),
  // The first admin when none is given, then the write; the payload reads what it names only when selected.
  'Mutation.tagConversation': conversationTagging,
  'Mutation.untagConversation': conversationTagging,

  // Mutation payloads, read fresh after the write
  ...Object.fromEntries(
    ['TagUsersPayload', 'UntagUsersPayload', 'TagLeadsPayload', 'UntagLeadsPayload'].map((type): [string, FieldRule] => [
      `${type}.contacts`,
      ({ parentMeta, plan }) => {
        const contacts = parentMeta?.['contacts'] ?? 0;
        plan.add(byIdBatch(contacts));
        return { rows: { count: contacts } };
      },
    ]),
  ),
  ...Object.fromEntries(
    ['TagCompaniesPayload', 'UntagCompaniesPayload'].map((type): [string, FieldRule] => [
      `${type}.companies`,
      ({ parentMeta, plan }) => {
        // One `GET /companies/{id}` per company (no multi-key company read).
        const companies = parentMeta?.['companies'] ?? 0;
        plan.add(companies);
        return { rows: { count: companies } };
      },
    ]),
  ),
  ...Object.fromEntries(
    ['AddUserToCompanyPayload', 'RemoveUserFromCompanyPayload'].flatMap((type): Array<[string, FieldRule]> => [
      [`${type}.user`, oneRead],
      [`${type}.company`, oneRead],
    ]),
  ),
  ...Object.fromEntries(
    ['TagConversationPayload', 'UntagConversationPayload'].flatMap((type): Array<[string, FieldRule]> => [
      [`${type}.conversation`, oneRead],
      [
        `${type}.tag`,
        ({ plan }) => {
          plan.tagList();
          return { rows: { count: 1 } };
        },
      ],
    ]),
  ),
};

function prefixed(type: string, rules: Record<string, FieldRule>): Record<string, FieldRule> {
  return Object.fromEntries(Object.entries(rules).map(([field, rule]) => [`${type}.${field}`, rule]));
}
