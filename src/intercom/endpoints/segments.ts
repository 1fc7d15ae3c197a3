import type { Sender } from '../transport.js';
import { pathId } from '../path.js';
import type { Segment, SegmentList } from '../types.js';

export interface SegmentsApi {
  /** `GET /segments[?include_count=true]` — answers `segment.list`/`segments`, not `list`/`data`. */
  listSegments(options?: { includeCount?: boolean }): Promise<SegmentList>;
  /** `GET /segments/{id}[?include_count=true]`. */
  getSegment(id: string, options?: { includeCount?: boolean }): Promise<Segment>;
}

export function segmentsApi(t: Sender): SegmentsApi {
  const resource = 'segment';
  const includeCount = (options?: { includeCount?: boolean }) =>
    options?.includeCount ? { include_count: true } : undefined;
  return {
    listSegments: async (options) =>
      t.send({ method: 'GET', path: '/segments', query: includeCount(options), retry: true, resource }),
    getSegment: async (id, options) =>
      t.send({
        method: 'GET',
        path: `/segments/${pathId(id, resource)}`,
        query: includeCount(options),
        retry: true,
        resource,
      }),
  };
}
