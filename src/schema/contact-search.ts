/**
 * The typed mirror of Intercom's 2.x contact query language (docs/intercom-contract.md#contact-search): a filter
 * (`field` or `customAttribute`, `operator`, `value`) or a group (`and` / `or` of nested
 * expressions). Fields are named as the schema names them (`lastSeenAt`, `userId`, `tagId`) and
 * translated to the upstream's names here; ids are the global ids the schema hands out. The per-type
 * operator rules are the upstream's: it answers violations with a 400 that reaches the caller as
 * BAD_USER_INPUT naming the rule.
 */
import type { SearchOperator, SearchQuery } from '../intercom/types.js';
import { builder } from './builder.js';
import { BadInputError } from './domain-errors.js';
import { CONTACT_TYPES, intercomIdOf, type NodeTypeName } from './global-ids.js';

const OPERATORS = {
  EQ: '=',
  NE: '!=',
  IN: 'IN',
  NIN: 'NIN',
  GT: '>',
  LT: '<',
  GTE: '>=',
  LTE: '<=',
  CONTAINS: '~',
  NOT_CONTAINS: '!~',
  STARTS_WITH: '^',
  ENDS_WITH: '$',
} as const satisfies Record<string, SearchOperator>;

export const SearchOperatorEnum = builder.enumType('SearchOperator', {
  description: 'The 2.x search operators. Dates allow only EQ, GT and LT; tagId and segmentId only EQ and NE.',
  values: Object.fromEntries(
    Object.entries(OPERATORS).map(([name, operator]) => [name, { value: operator, description: `\`${operator}\`` }]),
  ) as Record<keyof typeof OPERATORS, { value: SearchOperator; description: string }>,
});

interface FieldSpec {
  /** The upstream's name of the field. */
  upstream: string;
  description?: string;
  /** Values are global ids of these types (decoded to Intercom ids). */
  ids?: readonly NodeTypeName[];
  /** Values are dates: Unix seconds or an ISO 8601 date-time string (compared by day upstream). */
  date?: boolean;
  /** String values go upstream in lower case (enum names such as `USER`). */
  lowerCase?: boolean;
}

/** Searchable contact fields, by the name the schema gives them. */
const FIELDS = {
  id: { upstream: 'id', ids: CONTACT_TYPES, description: 'The `id` of a User or Lead.' },
  intercomId: { upstream: 'id', description: "Intercom's id of the contact." },
  role: { upstream: 'role', lowerCase: true, description: '`"USER"` or `"LEAD"`, as `ContactRole` names them (or in lower case).' },
  userId: { upstream: 'external_id', description: 'Your id for the user.' },
  email: { upstream: 'email' },
  emailDomain: { upstream: 'email_domain' },
  name: { upstream: 'name' },
  phone: { upstream: 'phone' },
  ownerId: { upstream: 'owner_id', description: 'Intercom id of the owning admin (a number).' },
  tagId: { upstream: 'tag_id', ids: ['Tag'], description: 'The `id` of a Tag.' },
  segmentId: { upstream: 'segment_id', ids: ['Segment'], description: 'The `id` of a Segment.' },
  createdAt: { upstream: 'created_at', date: true },
  updatedAt: { upstream: 'updated_at', date: true },
  signedUpAt: { upstream: 'signed_up_at', date: true },
  lastSeenAt: { upstream: 'last_seen_at', date: true },
  lastContactedAt: { upstream: 'last_contacted_at', date: true },
  lastRepliedAt: { upstream: 'last_replied_at', date: true },
  lastEmailOpenedAt: { upstream: 'last_email_opened_at', date: true },
  lastEmailClickedAt: { upstream: 'last_email_clicked_at', date: true },
  languageOverride: { upstream: 'language_override' },
  browser: { upstream: 'browser' },
  browserLanguage: { upstream: 'browser_language' },
  os: { upstream: 'os' },
  locationCountry: { upstream: 'location.country' },
  locationRegion: { upstream: 'location.region' },
  locationCity: { upstream: 'location.city' },
  unsubscribedFromEmails: { upstream: 'unsubscribed_from_emails' },
  markedEmailAsSpam: { upstream: 'marked_email_as_spam' },
  hasHardBounced: { upstream: 'has_hard_bounced' },
  sessionCount: { upstream: 'session_count' },
} as const satisfies Record<string, FieldSpec>;

export type ContactSearchField = keyof typeof FIELDS;

export const ContactSearchFieldEnum = builder.enumType('ContactSearchField', {
  description:
    'A searchable contact field, named as the schema names it. Dates take Unix seconds or an ISO 8601 date-time; ' +
    'ids take the global `id`s the schema returns. Custom attributes go in `customAttribute` instead.',
  values: Object.fromEntries(
    Object.entries(FIELDS).map(([name, spec]) => [name, 'description' in spec ? { value: name, description: spec.description } : { value: name }]),
  ) as Record<ContactSearchField, { value: ContactSearchField }>,
});

export interface ContactSearchShape {
  field?: ContactSearchField | null | undefined;
  customAttribute?: string | null | undefined;
  operator?: SearchOperator | null | undefined;
  value?: {} | null | undefined;
  and?: ContactSearchShape[] | null | undefined;
  or?: ContactSearchShape[] | null | undefined;
}

export const ContactSearchInput = builder.inputRef<ContactSearchShape>('ContactSearch').implement({
  description:
    'A 2.x contact search expression: either a filter (`field` or `customAttribute`, with `operator` and `value`) ' +
    "or a group (`and` or `or`). Limits are the upstream's (15 filters per group, 2 levels of nesting).",
  fields: (t) => ({
    field: t.field({ type: ContactSearchFieldEnum, description: 'A standard contact field.' }),
    customAttribute: t.string({ description: 'The name of a custom attribute (as in `customAttributes`), instead of `field`.' }),
    operator: t.field({ type: SearchOperatorEnum }),
    value: t.field({ type: 'JSON', description: 'A string, number, boolean or null; a list for IN and NIN.' }),
    and: t.field({ type: [ContactSearchInput] }),
    or: t.field({ type: [ContactSearchInput] }),
  }),
});

type Scalar = string | number | boolean | null;

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

// Custom attribute names end up in the upstream's field name: no dots (paths), quotes or control characters.
const CUSTOM_ATTRIBUTE = /^[^."\\\u0000-\u001f]{1,190}$/;

/** One value of a filter, in the upstream's terms (global ids decoded, dates to Unix seconds). */
function upstreamValue(spec: FieldSpec | undefined, value: Scalar, path: string): Scalar {
  if (value === null || spec === undefined) return value;
  if (spec.ids) return intercomIdOf(typeof value === 'boolean' ? String(value) : value, spec.ids, path);
  if (spec.lowerCase && typeof value === 'string') return value.toLowerCase();
  if (spec.date && typeof value === 'string') {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw new BadInputError(`\`${path}\` must be Unix seconds or an ISO 8601 date-time`, path);
    return Math.floor(time / 1000);
  }
  return value;
}

/** Converts the input to the upstream's query, checking its shape (the upstream checks the rest). */
export function toSearchQuery(input: ContactSearchShape, path = 'search'): SearchQuery {
  const forms = [input.field != null, input.customAttribute != null, input.and != null, input.or != null].filter(Boolean).length;
  if (forms !== 1) {
    throw new BadInputError(
      `\`${path}\` must set exactly one of \`field\` or \`customAttribute\` (a filter), \`and\` or \`or\` (a group)`,
      path,
    );
  }
  const group = input.and ?? input.or;
  if (group) {
    if (group.length === 0) throw new BadInputError(`\`${path}\` has an empty group`, path);
    return {
      operator: input.and ? 'AND' : 'OR',
      value: group.map((member, index) => toSearchQuery(member, `${path}.${input.and ? 'and' : 'or'}[${index}]`)),
    };
  }
  let field: string;
  let spec: FieldSpec | undefined;
  if (input.customAttribute != null) {
    if (!CUSTOM_ATTRIBUTE.test(input.customAttribute)) {
      throw new BadInputError(`\`${path}.customAttribute\` is not an attribute name`, `${path}.customAttribute`);
    }
    field = `custom_attributes.${input.customAttribute}`;
  } else {
    spec = FIELDS[input.field!];
    field = spec.upstream;
  }
  if (input.operator == null) throw new BadInputError(`\`${path}.operator\` is required with a filter`, `${path}.operator`);
  const listOperator = input.operator === 'IN' || input.operator === 'NIN';
  const value = input.value === undefined ? null : input.value;
  if (listOperator) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      throw new BadInputError(`\`${path}.value\` must be a list of strings or numbers for IN and NIN`, `${path}.value`);
    }
    const values = (value as Array<string | number>).map(
      (item, index) => upstreamValue(spec, item, `${path}.value[${index}]`) as string | number,
    );
    return { field, operator: input.operator, value: values };
  }
  if (!isScalar(value)) {
    throw new BadInputError(`\`${path}.value\` must be a string, number, boolean or null for ${input.operator}`, `${path}.value`);
  }
  return { field, operator: input.operator, value: upstreamValue(spec, value, `${path}.value`) };
}
