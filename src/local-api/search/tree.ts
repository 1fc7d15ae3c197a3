import { z } from 'zod';
import { searchError } from './errors.js';
import { isOperator, OPERATORS, type Operator } from './operators.js';
import { joinFragments, type SqlFragment } from './sql.js';

/** "There's a limit of max 2 nested filters" — a group inside a group is the deepest allowed. */
export const MAX_NESTING = 2;
/** "There's a limit of max 15 filters for each AND or OR group". */
export const MAX_GROUP_FILTERS = 15;

/** One leaf of a search query, its shape checked and its operator one of the twelve. */
export interface SearchFilter {
  field: string;
  operator: Operator;
  value: unknown;
}

const filterShape = z.object({ field: z.string().min(1), operator: z.unknown(), value: z.unknown() });
const groupShape = z.object({ operator: z.enum(['AND', 'OR']), value: z.array(z.unknown()) });

/**
 * Compiles the tree shared by Intercom's search endpoints — a filter `{field, operator, value}` or a
 * group `{operator: AND|OR, value: [...]}` — enforcing the documented nesting and group-size limits,
 * and hands each filter to `compileFilter` (which knows the endpoint's fields). Every problem is a
 * 400 `parameter_invalid` naming it.
 */
export function compileSearchTree(query: unknown, compileFilter: (filter: SearchFilter) => SqlFragment): SqlFragment {
  const node = (item: unknown, depth: number): SqlFragment => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw searchError('Each query item must be an object: a filter {field, operator, value} or a group {operator, value}');
    }
    return 'field' in item ? compileFilter(checkFilter(item)) : group(item, depth);
  };
  const group = (item: object, depth: number): SqlFragment => {
    const parsed = groupShape.safeParse(item);
    if (!parsed.success) {
      throw searchError("A query group needs 'operator' AND or OR and 'value', an array of filters or groups");
    }
    const { operator, value } = parsed.data;
    if (depth > MAX_NESTING) {
      throw searchError(`Query nests groups too deeply: there's a limit of max ${MAX_NESTING} nested filters`);
    }
    if (value.length === 0) throw searchError(`An ${operator} group needs at least one filter`);
    if (value.length > MAX_GROUP_FILTERS) {
      throw searchError(
        `An ${operator} group has ${value.length} filters: there's a limit of max ${MAX_GROUP_FILTERS} filters for each AND or OR group`,
      );
    }
    const joined = joinFragments(value.map((child) => node(child, depth + 1)), ` ${operator} `);
    return { sql: `(${joined.sql})`, params: joined.params };
  };
  return node(query, 1);
}

function checkFilter(item: object): SearchFilter {
  const parsed = filterShape.safeParse(item);
  if (!parsed.success) throw searchError("A query filter needs a 'field' name, an 'operator' and a 'value'");
  const { field, operator, value } = parsed.data;
  if (!('value' in item)) throw searchError(`Filter on field '${field}' has no 'value'`);
  if (!isOperator(operator)) {
    throw searchError(
      `Operator ${JSON.stringify(operator)} on field '${field}' is not a search operator (one of ${OPERATORS.join(' ')})`,
    );
  }
  return { field, operator, value };
}
