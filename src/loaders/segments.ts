/**
 * Segments: `GET /segments?include_count=true` is one unpaginated list with every segment's size,
 * read once per request; every segment lookup and `count` is answered from it.
 */
import DataLoader from 'dataloader';
import type { Segment } from '../intercom/types.js';
import type { LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface SegmentLoaders {
  all(): Promise<Segment[]>;
  byId: DataLoader<string, Segment | null>;
}

export function createSegmentLoaders(client: UpstreamClient, tuning: LoaderTuning): SegmentLoaders {
  const all = async () => (await client.listSegments({ includeCount: true })).segments;
  const byId = new DataLoader<string, Segment | null>(async (ids) => {
    const segments = new Map((await all()).map((segment) => [segment.id, segment]));
    return ids.map((id) => segments.get(id) ?? null);
  }, tuning);
  return { all, byId };
}
