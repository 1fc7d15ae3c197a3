/**
 * Building blocks of 2.x contact search bodies (docs/intercom-contract.md).
 */
import type { SearchFilter, SearchQuery } from '../intercom/types.js';
import type { ContactRole } from '../intercom/types.js';

/**
 * Values per `IN` filter, and so contacts per search page: the documented maximum page size (150),
 * so one search returns every match of its chunk.
 */
export const IN_CHUNK_SIZE = 150;

export function chunks<T>(values: readonly T[], size = IN_CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < values.length; start += size) out.push(values.slice(start, start + size));
  return out;
}

export function eq(field: string, value: string): SearchFilter {
  return { field, operator: '=', value };
}

export function within(field: string, values: string[]): SearchFilter {
  return { field, operator: 'IN', value: values };
}

/**
 * AND of the given parts. Groups count toward the upstream's nesting limit (2 levels), so a single
 * part is not wrapped and AND groups among the parts are merged into this one.
 */
export function allOf(parts: Array<SearchQuery | undefined>): SearchQuery | undefined {
  const present = parts
    .filter((part): part is SearchQuery => part !== undefined)
    .flatMap((part) => ('field' in part || part.operator !== 'AND' ? [part] : part.value));
  if (present.length <= 1) return present[0];
  return { operator: 'AND', value: present };
}

export function roleFilter(role: ContactRole | undefined): SearchFilter | undefined {
  return role === undefined ? undefined : eq('role', role);
}

/** Every contact matches this; 2.x search has no empty query. */
export const ANY_CONTACT: SearchFilter = { field: 'role', operator: 'IN', value: ['user', 'lead'] };
