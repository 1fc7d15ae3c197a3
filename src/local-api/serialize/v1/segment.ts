import type { SegmentRow } from '../../db/rows.js';
import { segmentJson } from '../v2/segment.js';

/** The `segments` wrapper embedded in 1.x users and companies; the segment shape is the same in both dialects. */
export function segmentListV1(rows: readonly SegmentRow[]) {
  return { type: 'segment.list' as const, segments: rows.map((row) => segmentJson(row)) };
}
