/** The `?tag_id=` / `?segment_id=` filter shared by 1.x user and company lists. */
import type { TagRow } from '../../db/rows.js';
import type { ApiRequest } from '../../http/route.js';
import { notFound, parameterInvalid } from '../../http/errors.js';
import { findTag } from '../../store/tags.js';
import { segmentFilter } from '../../store/company-segments.js';

export interface GroupFilter {
  tag?: TagRow;
  /** The segment's saved filter as a WHERE fragment over `contacts c`. */
  segmentWhere?: { sql: string; params: unknown[] };
}

export function readGroupFilter(req: ApiRequest): GroupFilter {
  const tagId = req.query.get('tag_id');
  const segmentId = req.query.get('segment_id');
  if (tagId !== null && segmentId !== null) {
    throw parameterInvalid('You can not combine tag and segment parameters in the same request', 'segment_id');
  }
  if (tagId !== null) {
    const tag = findTag(req.service.db, tagId);
    if (!tag) throw notFound('Resource Not Found', 'tag_id');
    return { tag };
  }
  if (segmentId !== null) {
    const segmentWhere = segmentFilter(req.service.db, segmentId);
    if (!segmentWhere) throw notFound('Resource Not Found', 'segment_id');
    return { segmentWhere };
  }
  return {};
}
