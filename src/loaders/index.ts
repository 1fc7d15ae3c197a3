/**
 * The per-request loaders. `createLoaders` is called once per GraphQL request (from the yoga context
 * factory) and never shared, so no request sees another's cache. Everything reads the upstream
 * through one read cache, so identical calls within the request are made once, and every write made
 * through `loaders.client` clears them all once it settled.
 */
import { createCompanyLoaders, type CompanyLoaders } from './companies.js';
import { createContactRelationLoaders, type ContactRelationLoaders } from './contact-relations.js';
import { createContactLoaders, type ContactLoaders } from './contacts.js';
import { createConversationLoaders, type ConversationLoaders } from './conversations.js';
import { createCountLoaders, type CountLoaders } from './counts.js';
import { createListLoaders, type ListLoaders } from './lists.js';
import { afterWrites } from '../intercom/after-writes.js';
import { createReadCache } from './read-cache.js';
import { createSegmentLoaders, type SegmentLoaders } from './segments.js';
import { createTagLoaders, type TagLoaders } from './tags.js';
import { DEFAULT_TUNING, type LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface Loaders {
  /**
   * The upstream client for this request: reads memoized; after every write — succeeded, failed or
   * cut off — every loader and memoized read is forgotten, so nothing read before it is served again.
   */
  client: UpstreamClient;
  contacts: ContactLoaders;
  contactRelations: ContactRelationLoaders;
  tags: TagLoaders;
  segments: SegmentLoaders;
  companies: CompanyLoaders;
  conversations: ConversationLoaders;
  lists: ListLoaders;
  counts: CountLoaders;
  /** The admin conversation tagging is done as (Intercom requires one): the workspace's first admin. */
  defaultAdminId(): Promise<string | null>;
  /** Forget everything read so far in this request (done by `client` after every write). */
  clearAll(): void;
}

export function createLoaders(upstream: UpstreamClient, tuning: LoaderTuning = DEFAULT_TUNING): Loaders {
  const cache = tuning.cache ? createReadCache() : undefined;
  const memoized = cache ? upstream.intercept(cache.interceptor) : upstream;
  // The one place a write clears the request's loaders, once it settled — succeeded, failed, or the
  // first chunks of a chunked write that failed halfway.
  const client = memoized.intercept(afterWrites(() => loaders.clearAll()));

  function build() {
    const tags = createTagLoaders(client, tuning);
    const segments = createSegmentLoaders(client, tuning);
    const counts = createCountLoaders(client, { tags, segments });
    // Names of every company for case-insensitive name lookups: only where GET /counts serves them cheaply.
    const companies = createCompanyLoaders(client, tuning, async () =>
      (await counts.legacy()) ? counts.usersPerCompany() : undefined,
    );
    const contacts = createContactLoaders(client, tuning);
    const conversations = createConversationLoaders(client, tuning);
    return {
      tags,
      segments,
      companies,
      contacts,
      conversations,
      contactRelations: createContactRelationLoaders(client, { tags, companies, segments }, tuning),
      lists: createListLoaders(client, { contacts, companies, conversations }, tuning),
      counts,
    };
  }

  const loaders: Loaders = {
    client,
    ...build(),
    async defaultAdminId() {
      return (await client.listAdmins()).admins[0]?.id ?? null;
    },
    clearAll() {
      cache?.clear();
      // Fresh loaders in place: resolvers reach them through `context.loaders`, so all see the new ones.
      Object.assign(loaders, build());
    },
  };
  return loaders;
}

export type { UpstreamClient } from './upstream.js';
export type { LoaderTuning } from './tuning.js';
