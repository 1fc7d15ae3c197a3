/**
 * Tags: `GET /tags` is one unpaginated list, so it is read once per request and every tag lookup
 * (by id, by name, a contact's embedded tag ids) is answered from it.
 */
import DataLoader from 'dataloader';
import type { Tag } from '../intercom/types.js';
import type { LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface TagLoaders {
  all(): Promise<Tag[]>;
  byId: DataLoader<string, Tag | null>;
  /** Tag names are case-insensitive in Intercom. */
  byName: DataLoader<string, Tag | null>;
}

export function createTagLoaders(client: UpstreamClient, tuning: LoaderTuning): TagLoaders {
  // The read cache makes repeated listTags() calls within the request one upstream call.
  const all = async () => (await client.listTags()).data;
  const byId = new DataLoader<string, Tag | null>(async (ids) => {
    const tags = new Map((await all()).map((tag) => [tag.id, tag]));
    return ids.map((id) => tags.get(id) ?? null);
  }, tuning);
  const byName = new DataLoader<string, Tag | null>(
    async (names) => {
      const tags = new Map((await all()).map((tag) => [tag.name.toLowerCase(), tag]));
      return names.map((name) => tags.get(name.toLowerCase()) ?? null);
    },
    { ...tuning, cacheKeyFn: (name) => name.toLowerCase() },
  );
  return { all, byId, byName };
}
