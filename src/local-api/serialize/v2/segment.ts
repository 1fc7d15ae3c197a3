import type { SegmentRow } from '../../db/rows.js';

/** A segment as both dialects show it; `count` only when the caller asked for `include_count=true`. */
export function segmentJson(row: SegmentRow, count?: number) {
  const json = {
    type: 'segment' as const,
    id: row.id,
    name: row.name,
    created_at: row.created_at,
    updated_at: row.updated_at,
    person_type: row.person_type,
  };
  return count === undefined ? json : { ...json, count };
}
