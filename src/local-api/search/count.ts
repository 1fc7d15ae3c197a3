import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';

/**
 * "How many contacts have this tag" is how 2.x clients count a tag (a search on `tag_id =` with
 * per_page 1, docs/intercom-contract.md#counts), so that one query shape is counted straight from the tag's index range
 * instead of probing every member's contact row. Every contact_tags row has its contact (ON DELETE
 * CASCADE), so the two counts agree. Returns undefined for any other query.
 */
export function fastContactCount(db: Db, query: unknown): number | undefined {
  const filter = singleFilter(query);
  if (!filter || filter.field !== 'tag_id' || filter.operator !== '=') return undefined;
  if (typeof filter.value !== 'string' && typeof filter.value !== 'number') return undefined;
  const tag = prepared<{ seq: number }>(db, 'SELECT seq FROM tags WHERE id = ?').get(String(filter.value));
  if (!tag) return 0;
  return prepared<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM contact_tags WHERE tag_seq = ?').get(tag.seq)!.n;
}

/** The one filter of a query that is a filter, or a group holding just one. */
function singleFilter(query: unknown): { field?: unknown; operator?: unknown; value?: unknown } | undefined {
  if (query === null || typeof query !== 'object') return undefined;
  const node = query as { field?: unknown; operator?: unknown; value?: unknown };
  if ('field' in node) return node;
  return Array.isArray(node.value) && node.value.length === 1 ? singleFilter(node.value[0]) : undefined;
}
