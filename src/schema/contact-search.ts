/**
 * The typed mirror of Intercom's 2.x contact query language (docs/intercom-contract.md#contact-search): a filter
 * (`field` `operator` `value`) or a group (`and` / `or` of nested expressions). Field names and the
 * per-type operator rules are the upstream's; it answers violations with a 400 that reaches the caller
 * as BAD_USER_INPUT naming the rule.
 */
import type { SearchOperator, SearchQuery } from '../intercom/types.js';
import { BadInputError } from '../loaders/errors.js';
import { builder } from './builder.js';

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
  description: "The 2.x search operators. Dates allow only EQ, GT and LT; tag_id only EQ and NE.",
  values: Object.fromEntries(
    Object.entries(OPERATORS).map(([name, operator]) => [name, { value: operator, description: `\`${operator}\`` }]),
  ) as Record<keyof typeof OPERATORS, { value: SearchOperator; description: string }>,
});

export interface ContactSearchShape {
  field?: string | null | undefined;
  operator?: SearchOperator | null | undefined;
  value?: {} | null | undefined;
  and?: ContactSearchShape[] | null | undefined;
  or?: ContactSearchShape[] | null | undefined;
}

export const ContactSearchInput = builder.inputRef<ContactSearchShape>('ContactSearch').implement({
  description:
    'A 2.x contact search expression: either a filter (`field`, `operator`, `value`) or a group (`and` or `or`). ' +
    'Fields are the 2.x searchable ones: email, name, external_id, role, tag_id, segment_id, created_at, ' +
    'last_seen_at, custom_attributes.<name> … Limits are the upstream\'s (15 filters per group, 2 levels of nesting).',
  fields: (t) => ({
    field: t.string(),
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

/** Converts the input to the upstream's query, checking its shape (the upstream checks the rest). */
export function toSearchQuery(input: ContactSearchShape, path = 'search'): SearchQuery {
  const forms = [input.field != null, input.and != null, input.or != null].filter(Boolean).length;
  if (forms !== 1) {
    throw new BadInputError(`\`${path}\` must set exactly one of \`field\` (a filter), \`and\` or \`or\` (a group)`, path);
  }
  const group = input.and ?? input.or;
  if (group) {
    if (group.length === 0) throw new BadInputError(`\`${path}\` has an empty group`, path);
    return {
      operator: input.and ? 'AND' : 'OR',
      value: group.map((member, index) => toSearchQuery(member, `${path}.${input.and ? 'and' : 'or'}[${index}]`)),
    };
  }
  if (input.operator == null) throw new BadInputError(`\`${path}.operator\` is required with \`field\``, `${path}.operator`);
  const listOperator = input.operator === 'IN' || input.operator === 'NIN';
  const value = input.value === undefined ? null : input.value;
  if (listOperator) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      throw new BadInputError(`\`${path}.value\` must be a list of strings or numbers for IN and NIN`, `${path}.value`);
    }
    return { field: input.field!, operator: input.operator, value: value as Array<string | number> };
  }
  if (!isScalar(value)) {
    throw new BadInputError(`\`${path}.value\` must be a string, number, boolean or null for ${input.operator}`, `${path}.value`);
  }
  return { field: input.field!, operator: input.operator, value };
}
