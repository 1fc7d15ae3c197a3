/**
 * Every count the segmentation guide shows, from the cheapest source the upstream offers.
 *
 * Legacy mode (the upstream answers `GET /counts` under Intercom-Version 2.6 — probed once per
 * client): one call per kind of count, whatever number of tags, segments or companies it covers.
 *
 * 2.x mode (`/counts` gone; docs/intercom-contract.md#counts): segment sizes from `GET /segments?include_count=true`
 * (one call); contacts per tag from a search's `total_count` (one per tag); companies per tag or
 * segment from `GET /companies?tag_id=|segment_id=`'s `total_count` (one per tag or segment); users per
 * company from `user_count` of the company list (one per page of 150 — companies without users are
 * not listed by 2.x, so they are missing here); workspace totals from one small read each.
 *
 * Counts are keyed by name, as `/counts` answers them; names compare case-insensitively.
 */
import type { CountEntry, CountsQuery, CountsResponse, Segment, Tag } from '../intercom/types.js';
import { MAX_PAGE_SIZE } from './pages.js';
import { eq } from './search.js';
import type { SegmentLoaders } from './segments.js';
import type { TagLoaders } from './tags.js';
import type { UpstreamClient } from './upstream.js';

export interface NamedCount {
  name: string;
  count: number;
}

export interface CompanyUserCount extends NamedCount {
  /** The customer's own company id (`remote_company_id` in `/counts`). */
  companyId: string | null;
}

export interface WorkspaceTotals {
  users: number;
  leads: number;
  companies: number;
  tags: number;
  segments: number;
}

export interface CountLoaders {
  /** Whether this upstream answers `GET /counts` (decided once per client). */
  legacy(): Promise<boolean>;
  totals(): Promise<WorkspaceTotals>;
  /** Users and leads per tag (as `/counts?type=user&count=tag` counts them). */
  contactsPerTag(): Promise<NamedCount[]>;
  contactsWithTag(tag: Tag): Promise<number>;
  usersPerSegment(): Promise<NamedCount[]>;
  companiesPerTag(): Promise<NamedCount[]>;
  companiesWithTag(tag: Tag): Promise<number>;
  companiesPerSegment(): Promise<NamedCount[]>;
  companiesInSegment(segment: Segment): Promise<number>;
  usersPerCompany(): Promise<CompanyUserCount[]>;
}

/** Upper bound on `/counts` pages followed, so a misbehaving upstream cannot loop us. */
const MAX_COUNT_PAGES = 1_000;

function entryCount(entry: CountEntry): NamedCount | undefined {
  const name = Object.keys(entry).find((key) => key !== 'remote_company_id');
  if (name === undefined) return undefined;
  const count = entry[name];
  return { name, count: typeof count === 'number' ? count : Number(count) || 0 };
}

function entries(list: CountEntry[] | undefined): NamedCount[] {
  return (list ?? []).map(entryCount).filter((entry): entry is NamedCount => entry !== undefined);
}

function totalPages(response: CountsResponse): number {
  // Company counts nest their pages twice: `pages: { pages: { total_pages } }` (docs/intercom-contract.md#counts).
  const outer = response.pages as { pages?: { total_pages?: unknown }; total_pages?: unknown } | undefined;
  const total = outer?.pages?.total_pages ?? outer?.total_pages;
  return typeof total === 'number' && total > 0 ? Math.min(total, MAX_COUNT_PAGES) : 1;
}

function lookup(counts: NamedCount[], name: string): number {
  const lowered = name.toLowerCase();
  return counts.find((entry) => entry.name.toLowerCase() === lowered)?.count ?? 0;
}

export function createCountLoaders(
  client: UpstreamClient,
  deps: { tags: TagLoaders; segments: SegmentLoaders },
): CountLoaders {
  const legacy = () => client.legacyCountsSupported();

  /** Every page of one company count (`type=company` pages; the others come in one answer). */
  async function companyCountPages(count: CountsQuery['count']): Promise<CountsResponse[]> {
    const firstPage = await client.getCounts({ type: 'company', count });
    const pages = [firstPage];
    const last = totalPages(firstPage);
    const rest = await Promise.all(
      Array.from({ length: last - 1 }, (_, index) => client.getCounts({ type: 'company', count, page: index + 2 })),
    );
    return pages.concat(rest);
  }

  const searchTotal = async (field: string, value: string) =>
    (await client.searchContacts({ query: eq(field, value), pagination: { per_page: 1 } })).total_count ?? 0;
  const companyTotal = async (query: { tagId?: string; segmentId?: string }) =>
    (await client.listCompanies({ ...query, page: 1, perPage: 1 })).total_count ?? 0;

  const contactsWithTag = async (tag: Tag) =>
    (await legacy()) ? lookup(await contactsPerTag(), tag.name) : searchTotal('tag_id', tag.id);
  const contactsPerTag = async (): Promise<NamedCount[]> => {
    if (await legacy()) return entries((await client.getCounts({ type: 'user', count: 'tag' })).user?.tag);
    const tags = await deps.tags.all();
    return Promise.all(tags.map(async (tag) => ({ name: tag.name, count: await searchTotal('tag_id', tag.id) })));
  };

  const usersPerSegment = async (): Promise<NamedCount[]> => {
    if (await legacy()) return entries((await client.getCounts({ type: 'user', count: 'segment' })).user?.segment);
    return (await deps.segments.counted()).map((segment) => ({ name: segment.name, count: segment.count ?? 0 }));
  };

  const companiesPerTag = async (): Promise<NamedCount[]> => {
    if (await legacy()) return (await companyCountPages('tag')).flatMap((page) => entries(page.company?.tag));
    const tags = await deps.tags.all();
    return Promise.all(tags.map(async (tag) => ({ name: tag.name, count: await companyTotal({ tagId: tag.id }) })));
  };
  const companiesWithTag = async (tag: Tag) =>
    (await legacy()) ? lookup(await companiesPerTag(), tag.name) : companyTotal({ tagId: tag.id });

  const companiesPerSegment = async (): Promise<NamedCount[]> => {
    if (await legacy()) return (await companyCountPages('segment')).flatMap((page) => entries(page.company?.segment));
    const segments = await deps.segments.all();
    return Promise.all(
      segments.map(async (segment) => ({ name: segment.name, count: await companyTotal({ segmentId: segment.id }) })),
    );
  };
  const companiesInSegment = async (segment: Segment) =>
    (await legacy()) ? lookup(await companiesPerSegment(), segment.name) : companyTotal({ segmentId: segment.id });

  const usersPerCompany = async (): Promise<CompanyUserCount[]> => {
    if (await legacy()) {
      return (await companyCountPages('user')).flatMap((page) =>
        (page.company?.user ?? []).flatMap((entry) => {
          const named = entryCount(entry);
          const remote = entry['remote_company_id'];
          return named ? [{ ...named, companyId: remote === undefined ? null : String(remote) }] : [];
        }),
      );
    }
    const out: CompanyUserCount[] = [];
    for (let page = 1; page <= MAX_COUNT_PAGES; page += 1) {
      const list = await client.listCompanies({ page, perPage: MAX_PAGE_SIZE });
      for (const company of list.data) {
        out.push({ name: company.name ?? '', companyId: company.company_id, count: company.user_count });
      }
      if (list.data.length < MAX_PAGE_SIZE || page >= (list.pages?.total_pages ?? page)) break;
    }
    return out;
  };

  const totals = async (): Promise<WorkspaceTotals> => {
    if (await legacy()) {
      const app = await client.getCounts({});
      return {
        users: app.user?.count ?? 0,
        leads: app.lead?.count ?? 0,
        companies: app.company?.count ?? 0,
        tags: app.tag?.count ?? 0,
        segments: app.segment?.count ?? 0,
      };
    }
    const [users, leads, companies, tags, segments] = await Promise.all([
      searchTotal('role', 'user'),
      searchTotal('role', 'lead'),
      companyTotal({}),
      deps.tags.all(),
      deps.segments.all(),
    ]);
    return { users, leads, companies, tags: tags.length, segments: segments.length };
  };

  return {
    legacy,
    totals,
    contactsPerTag,
    contactsWithTag,
    usersPerSegment,
    companiesPerTag,
    companiesWithTag,
    companiesPerSegment,
    companiesInSegment,
    usersPerCompany,
  };
}
