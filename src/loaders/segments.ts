/**
 * Segments: `GET /segments` is one unpaginated list, read at most once per request; every segment
 * lookup is answered from it.
 *
 * Two versions of the list: with member counts (`include_count=true`) and without. Counts change with
 * the data — and with time: "Active" loses a user who stops being active without anyone touching the
 * segment — so they are only ever read for the request that shows them (`counted`, `byId`, which the
 * `count` field falls back to). The list without counts (names, ids; rarely changed) is what
 * `all()` returns when the client caches lists across requests; without such a cache, `all()` is the
 * counted list, so a request needing both makes one call, not two.
 */
import DataLoader from 'dataloader';
import type { Segment } from '../intercom/types.js';
import type { LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface SegmentLoaders {
  /** Every segment; `count` may be missing (read it through `counted()` or `byId`). */
  all(): Promise<Segment[]>;
  /** Every segment with its current member count. */
  counted(): Promise<Segment[]>;
  /** One segment with its current member count. */
  byId: DataLoader<string, Segment | null>;
}

export function createSegmentLoaders(client: UpstreamClient, tuning: LoaderTuning): SegmentLoaders {
  // The read cache makes repeated calls within the request one upstream call.
  const counted = async () => (await client.listSegments({ includeCount: true })).segments;
  const all = client.listsCachedAcrossRequests ? async () => (await client.listSegments({})).segments : counted;
  const byId = new DataLoader<string, Segment | null>(async (ids) => {
    const segments = new Map((await counted()).map((segment) => [segment.id, segment]));
    return ids.map((id) => segments.get(id) ?? null);
  }, tuning);
  return { all, counted, byId };
}
