/**
 * Maps Relay's `first`/`after` onto the upstream's two kinds of pagination:
 * - cursor lists (2.x search, company contacts): `per_page` + `starting_after`;
 * - page lists (`GET /companies`): `page` + `per_page`.
 *
 * A Relay cursor must exist for every edge, but the upstream only hands out a cursor per page. So
 * our cursor is a position: (upstream cursor of the page, items to skip in it). The last edge of a
 * page points straight at the upstream's next cursor, so paging with `after: endCursor` costs exactly
 * one upstream call per page; resuming from a middle edge re-reads that page and skips.
 */
import type { Pages } from '../intercom/types.js';

/** Intercom's maximum page size for any 2.x list (docs/intercom-contract.md#pagination). */
export const MAX_PAGE_SIZE = 150;
/** The page size when a connection is read without `first`. */
export const DEFAULT_PAGE_SIZE = 20;

export interface WindowArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface Window<T> {
  items: Array<{ node: T; cursor: string }>;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface UpstreamPage<T> {
  data: T[];
  total_count?: number | undefined;
  pages?: Pages | null | undefined;
}

type Position = { kind: 'c'; startingAfter: string | null; skip: number } | { kind: 'o'; offset: number };

/** The two cursor formats: `c` positions in a cursor-paginated list, `o` offsets in a page-numbered one. */
export type CursorKind = Position['kind'];

function encode(position: Position): string {
  const raw = position.kind === 'c' ? ['c', position.startingAfter, position.skip] : ['o', position.offset];
  return Buffer.from(JSON.stringify(raw)).toString('base64url');
}

/** The position a cursor of `kind` names; undefined when it is no cursor of that kind (the schema refuses those). */
export function readCursor(cursor: string, kind: CursorKind): Position | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (Array.isArray(raw) && raw[0] === kind) {
    if (kind === 'c' && (raw[1] === null || typeof raw[1] === 'string') && Number.isInteger(raw[2]) && raw[2] >= 0) {
      return { kind, startingAfter: raw[1] as string | null, skip: raw[2] as number };
    }
    if (kind === 'o' && Number.isInteger(raw[1]) && raw[1] >= 0) return { kind, offset: raw[1] as number };
  }
  return undefined;
}

/** Whether `first` is a page size the upstream serves (0–150); absent means the default. */
export function isPageSize(first: number | null | undefined): boolean {
  return first === null || first === undefined || (Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE);
}

/** `first` with the default applied. The schema has checked it (isPageSize); anything else is a bug here. */
function pageSize(first: number | null | undefined): number {
  if (!isPageSize(first)) throw new RangeError(`page size ${first} was not checked`);
  return first ?? DEFAULT_PAGE_SIZE;
}

function decode(cursor: string, kind: CursorKind): Position {
  const position = readCursor(cursor, kind);
  if (!position) throw new RangeError('cursor was not checked');
  return position;
}

/** The normalized key of a window, for loaders that fold `first`/`after` into their keys. */
export function windowKey(args: WindowArgs): { first: number; after: string | null } {
  return { first: pageSize(args.first), after: args.after ?? null };
}

function nextStartingAfter(pages: Pages | null | undefined): string | null {
  const next = pages?.next;
  if (next && typeof next === 'object' && typeof next.starting_after === 'string' && next.starting_after !== '') {
    return next.starting_after;
  }
  return null;
}

/** One call to a cursor-paginated upstream list. */
export async function cursorWindow<T>(
  args: WindowArgs,
  fetchPage: (perPage: number, startingAfter: string | null) => Promise<UpstreamPage<T>>,
): Promise<Window<T>> {
  const first = pageSize(args.first);
  const position = args.after ? decode(args.after, 'c') : { kind: 'c' as const, startingAfter: null, skip: 0 };
  if (position.kind !== 'c') throw new Error('unreachable');
  // Intercom rejects per_page 0; a `first: 0` request still needs the total, so ask for one row.
  const perPage = Math.max(1, Math.min(MAX_PAGE_SIZE, position.skip + first));
  const page = await fetchPage(perPage, position.startingAfter);
  const next = nextStartingAfter(page.pages);
  const end = Math.min(page.data.length, position.skip + first);
  const items: Window<T>['items'] = [];
  for (let index = position.skip; index < end; index += 1) {
    const isPageEnd = index === page.data.length - 1 && next !== null;
    const cursor = isPageEnd
      ? encode({ kind: 'c', startingAfter: next, skip: 0 })
      : encode({ kind: 'c', startingAfter: position.startingAfter, skip: index + 1 });
    items.push({ node: page.data[index] as T, cursor });
  }
  return {
    items,
    totalCount: page.total_count ?? page.data.length,
    hasNextPage: page.data.length > end || next !== null,
    hasPreviousPage: position.startingAfter !== null || position.skip > 0,
  };
}

/**
 * The smallest page size ≥ `first` whose single page covers [offset, offset + first), so a window
 * costs one call; undefined when no page size up to the maximum does.
 */
function coveringPageSize(offset: number, first: number): number | undefined {
  for (let size = Math.max(first, 1); size <= MAX_PAGE_SIZE; size += 1) {
    if (Math.floor(offset / size) === Math.floor((offset + Math.max(first, 1) - 1) / size)) return size;
  }
  return undefined;
}

/** A page-numbered upstream list read as a window: one call when a page size covers it, else two. */
export async function offsetWindow<T>(
  args: WindowArgs,
  fetchPage: (page: number, perPage: number) => Promise<UpstreamPage<T>>,
): Promise<Window<T>> {
  const first = pageSize(args.first);
  const position = args.after ? decode(args.after, 'o') : { kind: 'o' as const, offset: 0 };
  if (position.kind !== 'o') throw new Error('unreachable');
  const { offset } = position;
  const size = coveringPageSize(offset, first);
  const rows: T[] = [];
  let total = 0;
  if (size !== undefined) {
    const page = await fetchPage(Math.floor(offset / size) + 1, size);
    rows.push(...page.data.slice(offset % size, (offset % size) + first));
    total = page.total_count ?? page.data.length;
  } else {
    // `first` ≤ 150 always fits two consecutive pages of size `first`.
    const firstPage = Math.floor(offset / first) + 1;
    const [a, b] = await Promise.all([fetchPage(firstPage, first), fetchPage(firstPage + 1, first)]);
    rows.push(...[...a.data, ...b.data].slice(offset % first, (offset % first) + first));
    total = a.total_count ?? a.data.length;
  }
  return {
    items: rows.map((node, index) => ({ node, cursor: encode({ kind: 'o', offset: offset + index + 1 }) })),
    totalCount: total,
    hasNextPage: offset + rows.length < total,
    hasPreviousPage: offset > 0,
  };
}
