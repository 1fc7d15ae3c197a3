import type { Db } from '../db/open.js';
import type { SegmentRow } from '../db/rows.js';
import { prepared } from '../db/statements.js';
import { ApiError } from '../http/errors.js';
import { searchError } from './errors.js';
import { resolveField, type MembershipField } from './fields.js';
import { OPERATORS_BY_TYPE, valueCondition, type Operator } from './operators.js';
import { fragment, type SqlFragment } from './sql.js';
import { listSql, probeSql, probeTag } from './membership-plan.js';
import { compileSearchTree, type SearchFilter } from './tree.js';

export { MAX_GROUP_FILTERS, MAX_NESTING } from './tree.js';

const SAFE_ALIAS = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What the compiler carries down: segments being expanded, so a segment can't include itself. */
interface CompileState {
  db: Db;
  alias: string;
  expanding: ReadonlySet<string>;
  /** Unix seconds that relative dates (`now-30d`) count from. */
  now: number;
  rowsWanted: number;
}

/** A page of search results: what a fragment is for unless the caller says otherwise. */
export const DEFAULT_ROWS_WANTED = 51;

export interface CompileOptions {
  /** The clock for relative dates; the current time by default. */
  now?: number;
  /**
   * How many matches the caller reads, which picks how tag membership is tested (membership-plan.ts):
   * a page size when it reads the first matches in an indexed sort order (the default, a page of 50),
   * 0 when it only tests a few given contacts, Infinity when it counts or reads every match.
   */
  rowsWanted?: number;
}

const currentTime = () => Math.floor(Date.now() / 1000);

/**
 * Compiles a 2.x contact search query (a filter `{field, operator, value}` or a group
 * `{operator: AND|OR, value: [...]}`) into a parameterised WHERE fragment over `contacts AS <alias>`.
 * Invalid queries throw a 400 `parameter_invalid` ApiError whose message names the problem.
 */
export function compileContactQuery(db: Db, query: unknown, alias = 'c', options: CompileOptions = {}): SqlFragment {
  if (!SAFE_ALIAS.test(alias)) throw new Error(`compileContactQuery: unsafe table alias '${alias}'`);
  return compileQuery(initialState(db, alias, options), query);
}

/**
 * The WHERE fragment for "contact is a member of this segment": the segment's stored query, limited
 * to its person type (user segments hold users, contact segments hold leads).
 */
export function compileSegment(db: Db, segment: SegmentRow, alias = 'c', options: CompileOptions = {}): SqlFragment {
  if (!SAFE_ALIAS.test(alias)) throw new Error(`compileSegment: unsafe table alias '${alias}'`);
  return segmentCondition(initialState(db, alias, options), segment);
}

function initialState(db: Db, alias: string, options: CompileOptions): CompileState {
  const rowsWanted = options.rowsWanted ?? DEFAULT_ROWS_WANTED;
  return { db, alias, expanding: new Set(), now: options.now ?? currentTime(), rowsWanted };
}

function compileQuery(state: CompileState, query: unknown): SqlFragment {
  return compileSearchTree(query, (filter) => compileFilter(state, filter));
}

function segmentCondition(state: CompileState, segment: SegmentRow): SqlFragment {
  if (state.expanding.has(segment.id)) {
    throw searchError(`Segment '${segment.name}' (${segment.id}) refers to itself through segment_id`);
  }
  let stored: unknown;
  try {
    stored = JSON.parse(segment.query);
  } catch {
    throw new ApiError(500, 'server_error', `Segment '${segment.name}' has a stored query that is not JSON`);
  }
  const inner = compileQuery({ ...state, expanding: new Set([...state.expanding, segment.id]) }, stored);
  const role = segment.person_type === 'user' ? 'user' : 'lead';
  return { sql: `(${state.alias}.role = ? AND ${inner.sql})`, params: [role, ...inner.params] };
}

function compileFilter(state: CompileState, { field: name, operator, value }: SearchFilter): SqlFragment {
  const field = resolveField(name, value);
  if (field.kind !== 'value') return membershipCondition(state, field, operator, value);
  const allowed = OPERATORS_BY_TYPE[field.type];
  if (!allowed.includes(operator)) {
    throw searchError(
      `Operator '${operator}' is not allowed on ${field.type} field '${name}' (allowed: ${allowed.join(' ')})`,
    );
  }
  return valueCondition(field, operator, value, state.alias, state.now);
}

/**
 * The SQL for "contact has tag ?", planned by membership-plan.ts: a tag common enough to fill the
 * wanted rows quickly is probed per contact (a page sorted by an indexed field stops after a few
 * rows); a rarer one, or any tag when counting, drives the query from its member list.
 */
function tagMembership(state: CompileState, tagSeq: number): string {
  return probeTag(state.db, tagSeq, state.rowsWanted)
    ? probeSql('contact_tags', 'tag_seq', state.alias)
    : listSql('contact_tags', 'tag_seq', state.alias);
}

/** tag_id and segment_id: only `=` and `!=`, with one id (string, or a number as Intercom's examples send). */
function membershipCondition(state: CompileState, field: MembershipField, operator: Operator, value: unknown): SqlFragment {
  if (operator !== '=' && operator !== '!=') {
    throw searchError(`Operator '${operator}' is not allowed on field '${field.name}' (allowed: = !=)`);
  }
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isSafeInteger(value))) {
    throw searchError(`Field '${field.name}' takes one id as a string; got ${JSON.stringify(value)}`);
  }
  const id = String(value);
  if (field.kind === 'tag') {
    // An unknown tag id matches no contact.
    const tag = prepared<{ seq: number }>(state.db, 'SELECT seq FROM tags WHERE id = ?').get(id);
    const negate = operator === '!=' ? 'NOT ' : '';
    return fragment(`${negate}${tagMembership(state, tag?.seq ?? -1)}`, [tag?.seq ?? -1]);
  }
  // An unknown segment id has no members.
  const segment = prepared<SegmentRow>(state.db, 'SELECT * FROM segments WHERE id = ?').get(id);
  if (!segment) return fragment(operator === '=' ? '0' : '1');
  const inSegment = segmentCondition(state, segment);
  // SQL's NULL (e.g. a comparison with a missing value) is "not a member", so NOT must not keep it NULL.
  return operator === '=' ? inSegment : { sql: `NOT IFNULL(${inSegment.sql}, 0)`, params: inSegment.params };
}
