import type { TagRow } from '../../db/rows.js';

/** A tag in the 1.x dialect (also what 2.x `POST /tags` answers up to 2.15). */
export function tagV1(row: TagRow) {
  return { type: 'tag' as const, id: row.id, name: row.name };
}

/** `GET /tags` in 1.x, and the `tags` wrapper embedded in users and companies. */
export function tagListV1(rows: readonly TagRow[]) {
  return { type: 'tag.list' as const, tags: rows.map(tagV1) };
}
