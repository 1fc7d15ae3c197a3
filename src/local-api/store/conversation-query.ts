/**
 * The 2.x search query language over conversations (`POST /conversations/search`): the contact search's
 * tree of filters and AND/OR groups (search/tree.ts, with its nesting and group-size limits) and value
 * operators (search/operators.ts), over the conversation fields grouping needs. Compiles to a WHERE
 * fragment over `conversations cv`.
 */
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import { searchError } from '../search/errors.js';
import type { ValueField, ValueType } from '../search/fields.js';
import { OPERATORS_BY_TYPE, valueCondition, type Operator } from '../search/operators.js';
import { compileSearchTree } from '../search/tree.js';
import { fragment, type SqlFragment } from '../search/sql.js';

const column = (name: string, type: ValueType, nullable = false): ValueField => ({
  kind: 'value',
  name,
  type,
  expr: (alias) => fragment(`${alias}.${name}`),
  nullable,
});

const VALUE_FIELDS: ReadonlyMap<string, ValueField> = new Map([
  ['id', column('id', 'string')],
  ['title', column('title', 'string', true)],
  ['state', column('state', 'string')],
  ['open', column('open', 'boolean')],
  ['read', column('read', 'boolean')],
  ['created_at', column('created_at', 'date')],
  ['updated_at', column('updated_at', 'date')],
  [
    'admin_assignee_id',
    {
      kind: 'value',
      name: 'admin_assignee_id',
      type: 'integer',
      // Admin ids are numeric strings; the 2.x API documents this field as an integer.
      expr: (alias: string) => fragment(`(SELECT CAST(a.id AS INTEGER) FROM admins a WHERE a.seq = ${alias}.admin_assignee_seq)`),
      nullable: true,
    } satisfies ValueField,
  ],
]);

/** Membership fields: the conversation has the tag / involves the contact. Ids match exactly. */
const MEMBERSHIP_FIELDS = {
  tag_ids: { table: 'conversation_tags', key: 'tag_seq', lookup: 'SELECT seq FROM tags WHERE id = ?' },
  contact_ids: { table: 'conversation_contacts', key: 'contact_seq', lookup: 'SELECT seq FROM contacts WHERE id = ?' },
} as const;
type MembershipName = keyof typeof MEMBERSHIP_FIELDS;
const MEMBERSHIP_OPERATORS: readonly Operator[] = ['=', '!=', 'IN', 'NIN'];

export const SEARCHABLE_CONVERSATION_FIELDS = [...VALUE_FIELDS.keys(), ...Object.keys(MEMBERSHIP_FIELDS)];

const ALIAS = 'cv';

export function compileConversationQuery(db: Db, query: unknown): SqlFragment {
  return compileSearchTree(query, ({ field: name, operator, value }) => {
    if (name in MEMBERSHIP_FIELDS) return membershipCondition(db, name as MembershipName, operator, value);
    const field = VALUE_FIELDS.get(name);
    if (!field) {
      throw searchError(`'${name}' is not a searchable conversation field (one of ${SEARCHABLE_CONVERSATION_FIELDS.join(', ')})`);
    }
    const allowed = OPERATORS_BY_TYPE[field.type];
    if (!allowed.includes(operator)) {
      throw searchError(`Operator '${operator}' is not allowed on ${field.type} field '${name}' (allowed: ${allowed.join(' ')})`);
    }
    return valueCondition(field, operator, value, ALIAS);
  });
}

function membershipCondition(db: Db, name: MembershipName, operator: Operator, value: unknown): SqlFragment {
  if (!MEMBERSHIP_OPERATORS.includes(operator)) {
    throw searchError(`Operator '${operator}' is not allowed on field '${name}' (allowed: ${MEMBERSHIP_OPERATORS.join(' ')})`);
  }
  const isId = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v));
  const many = operator === 'IN' || operator === 'NIN';
  const ids = many ? value : [value];
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isId)) {
    throw searchError(
      many
        ? `Operator '${operator}' on field '${name}' needs a non-empty array of ids`
        : `Field '${name}' takes one id as a string; got ${JSON.stringify(value)}`,
    );
  }
  const { table, key, lookup } = MEMBERSHIP_FIELDS[name];
  // Resolve public ids to seqs up front, so the condition runs on the join table's integer index.
  // Unknown ids match nothing.
  const seqs = ids.map((id) => prepared<{ seq: number }>(db, lookup).get(String(id))?.seq ?? -1);
  const negate = operator === '!=' || operator === 'NIN' ? 'NOT ' : '';
  return fragment(
    `${ALIAS}.seq ${negate}IN (SELECT conversation_seq FROM ${table} WHERE ${key} IN (SELECT value FROM json_each(?)))`,
    [JSON.stringify(seqs)],
  );
}
