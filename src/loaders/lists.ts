/**
 * Long lists read as Relay windows: contacts matching a search (a tag's or segment's members, root
 * user/lead lists), a company's members, companies by tag or segment, conversations by tag.
 *
 * There is no multi-key form of any of these endpoints — the members of two tags are two searches —
 * so each distinct (list, first, after) costs one call. The loaders fold `first`/`after` into the key
 * so that aliases or repeated selections with the same arguments share that call, and prime the
 * entity loaders with every row so nothing below the list is fetched again.
 */
import DataLoader from 'dataloader';
import type { Company, Contact, Conversation, SearchQuery } from '../intercom/types.js';
import type { CompanyLoaders } from './companies.js';
import type { ContactLoaders } from './contacts.js';
import type { ConversationLoaders } from './conversations.js';
import { stableKey } from './keys.js';
import { cursorWindow, offsetWindow, windowKey, type Window, type WindowArgs } from './pages.js';
import { eq } from './search.js';
import type { LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface ContactSearchKey extends WindowArgs {
  query: SearchQuery;
}
export interface CompanyMembersKey extends WindowArgs {
  companyId: string;
}
export interface CompanyListKey extends WindowArgs {
  tagId?: string | undefined;
  segmentId?: string | undefined;
}
export interface ConversationsByTagKey extends WindowArgs {
  tagId: string;
}

export interface ListLoaders {
  contactSearch: DataLoader<ContactSearchKey, Window<Contact>, string>;
  companyMembers: DataLoader<CompanyMembersKey, Window<Contact>, string>;
  companies: DataLoader<CompanyListKey, Window<Company>, string>;
  conversationsByTag: DataLoader<ConversationsByTagKey, Window<Conversation>, string>;
}

/** A loader whose every key is one independent upstream call, keyed by its normalized arguments. */
function perKey<K extends WindowArgs, V>(tuning: LoaderTuning, fetch: (key: K) => Promise<V>): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>((keys) => Promise.all(keys.map(fetch)), {
    ...tuning,
    cacheKeyFn: (key) => stableKey({ ...key, ...windowKey(key) }),
  });
}

export function createListLoaders(
  client: UpstreamClient,
  deps: { contacts: ContactLoaders; companies: CompanyLoaders; conversations: ConversationLoaders },
  tuning: LoaderTuning,
): ListLoaders {
  const primedContacts = (window: Window<Contact>) => {
    deps.contacts.prime(window.items.map((item) => item.node));
    return window;
  };

  const contactSearch = perKey<ContactSearchKey, Window<Contact>>(tuning, async (key) =>
    primedContacts(
      await cursorWindow(key, (perPage, startingAfter) =>
        client.searchContacts({
          query: key.query,
          pagination: startingAfter === null ? { per_page: perPage } : { per_page: perPage, starting_after: startingAfter },
        }),
      ),
    ),
  );

  const companyMembers = perKey<CompanyMembersKey, Window<Contact>>(tuning, async (key) =>
    primedContacts(
      await cursorWindow(key, (perPage, startingAfter) =>
        client.listCompanyContacts(key.companyId, startingAfter === null ? { perPage } : { perPage, startingAfter }),
      ),
    ),
  );

  const companies = perKey<CompanyListKey, Window<Company>>(tuning, async (key) => {
    const window = await offsetWindow(key, (page, perPage) =>
      client.listCompanies({ tagId: key.tagId, segmentId: key.segmentId, page, perPage }),
    );
    deps.companies.prime(window.items.map((item) => item.node));
    return window;
  });

  const conversationsByTag = perKey<ConversationsByTagKey, Window<Conversation>>(tuning, async (key) => {
    const window = await cursorWindow(key, async (perPage, startingAfter) => {
      const list = await client.searchConversations({
        // Conversation search names the field `tag_ids` (contact search says `tag_id`).
        query: eq('tag_ids', key.tagId),
        pagination: startingAfter === null ? { per_page: perPage } : { per_page: perPage, starting_after: startingAfter },
      });
      return { data: list.conversations, total_count: list.total_count, pages: list.pages };
    });
    deps.conversations.prime(window.items.map((item) => item.node));
    return window;
  });

  return { contactSearch, companyMembers, companies, conversationsByTag };
}
