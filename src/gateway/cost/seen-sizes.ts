/**
 * What the gateway has seen of the upstream's data sizes, so the cost estimate can be exact instead
 * of always assuming the worst: which tags and segments exist, how many rows each list had last
 * time (a tag's members, a company page, a contact search), how many companies a contact embeds,
 * how many pages a `/counts` answer spans, and whether the upstream serves `/counts` at all.
 *
 * Learned for free from answers the request client already receives (seen-sizes-interceptor.ts), kept
 * per upstream scope (URL, version, token digest), and forgotten after `ttlMs`. A stale size only
 * moves the estimate; the runtime budget (call-budget.ts) still stops a request at the limit.
 */
import type { Contact, Conversation } from '../../intercom/types.js';
import { stableKey } from '../../loaders/keys.js';

/** A list's identity, as the estimator and this recorder both name it. */
export const listKeys = {
  contactSearch: (query: unknown) => `search ${stableKey(query)}`,
  companies: (filter: { tagId?: string | undefined; segmentId?: string | undefined }) =>
    `companies ${stableKey({ tagId: filter.tagId, segmentId: filter.segmentId })}`,
  companyMembers: (companyId: string) => `members ${companyId}`,
  conversations: (query: unknown) => `conversations ${stableKey(query)}`,
  /** Entries of `/counts?type=company&count=user` (the `companyUserCounts` rows). */
  companyUserCounts: 'counts company user',
  /** One page of a contact list, as the loaders ask for it (`per_page`, `starting_after`). */
  page: (list: string, perPage: number, startingAfter: string | null | undefined) => `${list} page ${perPage} ${startingAfter ?? ''}`,
  /** One contact read on its own (`GET /contacts/{id}`), as a page of one. */
  contact: (id: string) => `contact ${id}`,
  /** How many distinct companies the contacts of one page name. */
  companiesOnPage: (page: string) => `companies on ${page}`,
  /** How many distinct tags the contacts of one page carry. */
  tagsOnPage: (page: string) => `tags on ${page}`,
} as const;

function distinctCompanies(contacts: readonly Contact[]): number {
  const ids = new Set<string>();
  for (const contact of contacts) for (const company of contact.companies?.data ?? []) ids.add(company.id);
  return ids.size;
}

function distinctTags(contacts: readonly Contact[]): number {
  const ids = new Set<string>();
  for (const contact of contacts) for (const tag of contact.tags?.data ?? []) ids.add(tag.id);
  return ids.size;
}

/** What one page of contacts names, unless a contact had more than it embeds (then nothing is learned). */
export function learnPage(record: Recorder, page: string, contacts: readonly Contact[]): void {
  if (!contacts.some((contact) => contact.companies?.has_more)) record.total(listKeys.companiesOnPage(page), distinctCompanies(contacts));
  if (!contacts.some((contact) => contact.tags?.has_more)) record.total(listKeys.tagsOnPage(page), distinctTags(contacts));
}

export type CompanyCountKind = 'tag' | 'segment' | 'user';

/** The facts of one upstream scope, as the estimator reads them. */
export interface SeenSizes {
  tagIds(): readonly string[] | undefined;
  segmentIds(): readonly string[] | undefined;
  /** Whether the upstream answers `GET /counts`; undefined until probed. */
  legacyCounts(): boolean | undefined;
  /** Rows the list had when last read; undefined when not seen (or forgotten). */
  total(key: string): number | undefined;
  /** Pages of `/counts?type=company&count=<kind>` last seen (1 when not seen). */
  companyCountPages(kind: CompanyCountKind): number;
  /** Most companies any contact has embedded so far (at least 1). */
  companiesPerContact(): number;
  /** Most contacts any conversation has listed so far (at least 1). */
  contactsPerConversation(): number;
}

export interface SeenSizesStore {
  /** The facts of one scope (`client.cacheScope`). */
  view(scope: string): SeenSizes;
  /** Learn from what a client of `scope` receives. */
  recorder(scope: string): Recorder;
}

/** What the recorder of one scope is told (seen-sizes-interceptor.ts tells it). */
export interface Recorder {
  tags(ids: string[]): void;
  segments(ids: string[]): void;
  legacy(answer: boolean): void;
  total(key: string, value: number | undefined): void;
  countPages(kind: CompanyCountKind, pages: number): void;
  contacts(contacts: readonly Contact[]): void;
  conversations(conversations: readonly Conversation[]): void;
}

interface Timed<T> {
  value: T;
  at: number;
}

interface ScopeFacts {
  tags?: Timed<string[]>;
  segments?: Timed<string[]>;
  legacy?: boolean;
  totals: Map<string, Timed<number>>;
  countPages: Map<CompanyCountKind, Timed<number>>;
  companiesPerContact: number;
  contactsPerConversation: number;
}

export interface SeenSizesOptions {
  /** How long a size is trusted. @default 300000 (5 minutes) */
  ttlMs?: number;
  /** The clock (tests). @default Date.now */
  now?: () => number;
  /** Most list sizes kept per scope (oldest dropped first), so hostile queries cannot grow it without end. @default 10000 */
  maxTotals?: number;
  /**
   * Most scopes kept (the least recently used dropped first): with passthrough auth every caller's
   * token is a scope, so random tokens must not grow it without end. A dropped scope's estimates fall
   * back to the model's bounds until it is seen again. @default 1000
   */
  maxScopes?: number;
}

export function createSeenSizes(options: SeenSizesOptions = {}): SeenSizesStore {
  const ttlMs = options.ttlMs ?? 300_000;
  const now = options.now ?? Date.now;
  const maxTotals = options.maxTotals ?? 10_000;
  const maxScopes = options.maxScopes ?? 1_000;
  // Insertion-ordered: a scope used again is moved to the end, so the first key is the least recently used.
  const scopes = new Map<string, ScopeFacts>();
  const factsOf = (scope: string): ScopeFacts => {
    let facts = scopes.get(scope);
    if (facts) scopes.delete(scope);
    else facts = { totals: new Map(), countPages: new Map(), companiesPerContact: 1, contactsPerConversation: 1 };
    scopes.set(scope, facts);
    if (scopes.size > maxScopes) scopes.delete(scopes.keys().next().value!);
    return facts;
  };
  const fresh = <T>(entry: Timed<T> | undefined): T | undefined =>
    entry !== undefined && now() - entry.at < ttlMs ? entry.value : undefined;

  return {
    view(scope) {
      const facts = factsOf(scope);
      return {
        tagIds: () => fresh(facts.tags),
        segmentIds: () => fresh(facts.segments),
        legacyCounts: () => facts.legacy,
        total: (key) => fresh(facts.totals.get(key)),
        companyCountPages: (kind) => fresh(facts.countPages.get(kind)) ?? 1,
        companiesPerContact: () => facts.companiesPerContact,
        contactsPerConversation: () => facts.contactsPerConversation,
      };
    },
    recorder(scope) {
      const facts = factsOf(scope);
      return {
        tags: (ids) => (facts.tags = { value: ids, at: now() }),
        segments: (ids) => (facts.segments = { value: ids, at: now() }),
        legacy: (answer) => (facts.legacy = answer),
        total(key, value) {
          if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return;
          facts.totals.delete(key);
          facts.totals.set(key, { value, at: now() });
          if (facts.totals.size > maxTotals) facts.totals.delete(facts.totals.keys().next().value!);
        },
        countPages: (kind, pages) => facts.countPages.set(kind, { value: pages, at: now() }),
        contacts(contacts) {
          for (const contact of contacts) {
            const embedded = contact.companies?.data?.length ?? 0;
            if (embedded > facts.companiesPerContact) facts.companiesPerContact = embedded;
          }
        },
        conversations(conversations) {
          for (const conversation of conversations) {
            const listed = conversation.contacts?.contacts?.length ?? 0;
            if (listed > facts.contactsPerConversation) facts.contactsPerConversation = listed;
          }
        },
      };
    },
  };
}
