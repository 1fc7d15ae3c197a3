/**
 * The 1.x page-numbered list envelope: `{type:'<thing>.list', total_count, <things>:[…], pages}` where
 * `pages.next` is an absolute URL on this service that keeps the request's filters (old SDKs GET it
 * verbatim), and paging stops at 10,000 records (docs/intercom-contract.md#paging-cap-in-1x).
 */
import type { ApiRequest } from '../../http/route.js';
import { intParam } from '../../http/validate.js';
import { versionAtLeast } from '../../http/version.js';

export const V1_RECORD_CAP = 10_000;
/** `per_page` of 1.x lists: "default 50, max 60" (docs/intercom-contract.md#users-and-leads-in-1x). */
export const V1_DEFAULT_PER_PAGE = 50;
export const V1_MAX_PER_PAGE = 60;

export interface PageRequest {
  page: number;
  perPage: number;
}

export function readPage(req: ApiRequest, defaultPerPage = V1_DEFAULT_PER_PAGE): PageRequest {
  const perPage = intParam(req.query, 'per_page', { min: 1, max: V1_MAX_PER_PAGE, fallback: defaultPerPage });
  const page = intParam(req.query, 'page', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 });
  return { page, perPage };
}

/** Whether a page starts past the 10,000-record cap (users and leads answer 400, companies an empty page). */
export function pastRecordCap({ page, perPage }: PageRequest): boolean {
  return (page - 1) * perPage >= V1_RECORD_CAP;
}

export interface PagesV1 {
  type: 'pages';
  next: string | null;
  page: number;
  per_page: number;
  total_pages: number;
}

export function pagesV1(req: ApiRequest, { page, perPage }: PageRequest, total: number): PagesV1 {
  // Pages past the cap cannot be fetched, so they are not counted either.
  const totalPages = Math.min(Math.ceil(total / perPage), Math.ceil(V1_RECORD_CAP / perPage));
  return { type: 'pages', next: page < totalPages ? nextUrl(req, page + 1, perPage) : null, page, per_page: perPage, total_pages: totalPages };
}

/** The list envelope; 1.1 added `limited` (here: whether the cap hides records — our reading of the flag). */
export function listV1<T>(req: ApiRequest, kind: string, key: string, items: T[], pageRequest: PageRequest, total: number) {
  const body: Record<string, unknown> = {
    type: `${kind}.list`,
    total_count: total,
    [key]: items,
    pages: pagesV1(req, pageRequest, total),
  };
  if (versionAtLeast(req.version, '1.1')) body.limited = total > V1_RECORD_CAP;
  return body;
}

function nextUrl(req: ApiRequest, page: number, perPage: number): string {
  const params = new URLSearchParams(req.query);
  params.delete('page');
  params.delete('per_page');
  params.append('per_page', String(perPage));
  params.append('page', String(page));
  return `${req.service.baseUrl}${req.path}?${params.toString()}`;
}
