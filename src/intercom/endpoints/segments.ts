import type { Sender } from '../dispatch.js';
import { ENDPOINTS as E } from '../endpoint-table.js';
import type { Segment, SegmentList } from '../types.js';

export interface SegmentsApi {
  /** `GET /segments[?include_count=true]` — answers `segment.list`/`segments`, not `list`/`data`. */
  listSegments(options?: { includeCount?: boolean }): Promise<SegmentList>;
  /** `GET /segments/{id}[?include_count=true]`. */
  getSegment(id: string, options?: { includeCount?: boolean }): Promise<Segment>;
}

export function segmentsApi(t: Sender): SegmentsApi {
  const includeCount = (options?: { includeCount?: boolean }) =>
    options?.includeCount ? { include_count: true } : undefined;
  return {
    listSegments: async (options) => t.send(E.listSegments, { query: includeCount(options) }),
    getSegment: async (id, options) => t.send(E.getSegment, { params: { segment: id }, query: includeCount(options) }),
  };
}
