import type { TagRow } from '../../db/rows.js';

/** When and by whom a tag was put on something (contact_tags / conversation_tags columns). */
export interface TagApplication {
  applied_at: number;
  applied_by: string | null;
}

/**
 * A 2.x tag. The 2.11 `tag` schema requires `applied_at` and `applied_by`: they carry values when the
 * tag is shown as applied to a contact or conversation. Elsewhere `applied_at` is null and `applied_by`
 * an admin reference with a null id — the spec's `nullable` on `applied_by` sits beside an `allOf`,
 * which validators (Ajv) do not honour, so a bare null would not validate.
 */
export function tagV2(row: TagRow, application?: TagApplication) {
  return {
    type: 'tag' as const,
    id: row.id,
    name: row.name,
    applied_at: application?.applied_at ?? null,
    applied_by: { type: 'admin' as const, id: application?.applied_by ?? null },
  };
}

/** The short reference a contact embeds in its `tags` list. */
export function tagReference(id: string) {
  return { type: 'tag' as const, id, url: `/tags/${id}` };
}
