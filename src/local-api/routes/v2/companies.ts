/**
 * 2.x companies (docs/intercom-contract.md#companies): create-or-update by company_id, single lookups, filtered and paged lists
 * of visible companies, a company's contacts (cursor paging) and segments. `/companies/scroll` lives
 * with the other scrolls.
 */
import type { Db } from '../../db/open.js';
import type { CompanyRow } from '../../db/rows.js';
import { ok, type ApiRequest, type Route } from '../../http/route.js';
import { companyNotFound, notFound, parameterInvalid } from '../../http/errors.js';
import { enumParam, intParam, parseBody } from '../../http/validate.js';
import { decodeCursor, encodeCursor } from '../../http/cursor.js';
import {
  companyContactCount,
  deleteCompany,
  findCompany,
  findCompanyByCompanyId,
  findCompanyByName,
  listCompanyContacts,
  listCompanyContactsAt,
  listVisibleCompanies,
  updateCompany,
  upsertCompany,
  type CompanyOrder,
} from '../../store/companies.js';
import { companySegments, segmentFilter } from '../../store/company-segments.js';
import { findTag } from '../../store/tags.js';
import { companiesV2, companyV2 } from '../../serialize/v2/company.js';
import { segmentJson } from '../../serialize/v2/segment.js';
import { contactsV2 } from '../../serialize/v2/contact.js';
import { createOrUpdateCompanyBody, updateCompanyBody } from './company-input.js';

/** "the max amount for any API is 150" (docs/intercom-contract.md#pagination). */
export const MAX_PER_PAGE = 150;
/** Page-numbered company lists stop at 10,000 records; past that, use the scroll API. */
export const PAGE_RECORD_CAP = 10_000;
const COMPANY_LIST_DEFAULT_PER_PAGE = 15;
/** Documented as 15, observed as 50 (docs/intercom-contract.md#companies); we follow what the service does. */
const COMPANY_CONTACTS_DEFAULT_PER_PAGE = 50;

function requireCompany(db: Db, id: string): CompanyRow {
  const row = findCompany(db, id);
  if (!row) throw companyNotFound();
  return row;
}

/** page / per_page of a page-numbered list, refusing pages past the 10,000-record cap. */
function pageParams(query: URLSearchParams, defaultPerPage: number): { page: number; perPage: number } {
  const perPage = intParam(query, 'per_page', { min: 1, max: MAX_PER_PAGE, fallback: defaultPerPage });
  const page = intParam(query, 'page', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 });
  if ((page - 1) * perPage >= PAGE_RECORD_CAP) {
    throw parameterInvalid(
      `page is past the ${PAGE_RECORD_CAP}-record limit of page-numbered lists; use GET /companies/scroll`,
      'page',
    );
  }
  return { page, perPage };
}

/** The 2.x list envelope of companies; no `next` on the last page (nor at the 10,000-record cap). */
function companyList(
  db: Db,
  { page, perPage, tagId, segmentId, order }: { page: number; perPage: number; tagId?: string; segmentId?: string; order?: CompanyOrder },
) {
  let segmentWhere: ReturnType<typeof segmentFilter>;
  if (segmentId !== undefined) {
    segmentWhere = segmentFilter(db, segmentId);
    if (!segmentWhere) throw notFound('Resource Not Found', 'segment_id');
  }
  if (tagId !== undefined && !findTag(db, tagId)) throw notFound('Resource Not Found', 'tag_id');
  const { rows, total } = listVisibleCompanies(db, { page, perPage, tagId, segmentWhere, order });
  const totalPages = Math.ceil(total / perPage);
  const hasNext = page < totalPages && page * perPage < PAGE_RECORD_CAP;
  return {
    type: 'list',
    data: companiesV2(db, rows),
    pages: {
      type: 'pages',
      // Absent on the last page. Intercom's example shows `next: null`, but the 2.11 schema puts
      // `nullable` beside a `$ref`, which OpenAPI 3.0 ignores, so null would not validate.
      ...(hasNext ? { next: { page: page + 1, per_page: perPage } } : {}),
      page,
      per_page: perPage,
      total_pages: totalPages,
    },
    total_count: total,
  };
}

/**
 * GET /companies: with `company_id` or `name`, ONE company object (any company, visible or not) or
 * 404; otherwise the list of visible companies, optionally by `tag_id` / `segment_id`.
 */
function getCompanies(req: ApiRequest) {
  const { db } = req.service;
  const companyId = req.query.get('company_id');
  const name = req.query.get('name');
  if (companyId !== null || name !== null) {
    const row = companyId !== null ? findCompanyByCompanyId(db, companyId) : findCompanyByName(db, name!);
    if (!row) throw companyNotFound();
    return ok(companyV2(db, row));
  }
  const tagId = req.query.get('tag_id') ?? undefined;
  const segmentId = req.query.get('segment_id') ?? undefined;
  return ok(companyList(db, { ...pageParams(req.query, COMPANY_LIST_DEFAULT_PER_PAGE), tagId, segmentId }));
}

/** POST /companies/list: query params (not a body) page, per_page, order asc|desc by last_request_at. */
function postCompaniesList(req: ApiRequest) {
  const order = enumParam(req.query, 'order', ['asc', 'desc'] as const, 'desc');
  return ok(companyList(req.service.db, { ...pageParams(req.query, COMPANY_LIST_DEFAULT_PER_PAGE), order }));
}

function createOrUpdateCompany(req: ApiRequest) {
  const fields = parseBody(createOrUpdateCompanyBody, req.body);
  const row = upsertCompany(req.service.db, fields, req.service.now());
  return ok(companyV2(req.service.db, row));
}

function putCompany(req: ApiRequest) {
  const { db } = req.service;
  const row = requireCompany(db, req.params.id!);
  const { company_id: companyId, ...update } = parseBody(updateCompanyBody, req.body);
  if (companyId !== undefined && companyId !== row.company_id) {
    throw parameterInvalid('company_id cannot be changed after the company is created', 'company_id');
  }
  return ok(companyV2(db, updateCompany(db, row, update, req.service.now())));
}

function removeCompany(req: ApiRequest) {
  const row = requireCompany(req.service.db, req.params.id!);
  deleteCompany(req.service.db, row.seq);
  return ok({ id: row.id, object: 'company', deleted: true });
}

/**
 * GET /companies/{id}/contacts: users and leads, cursor-paged on contact seq (`starting_after`), so pages
 * stay correct while contacts are added. `page` without a cursor is honoured up to the record cap.
 */
function getCompanyContacts(req: ApiRequest) {
  const { db } = req.service;
  const company = requireCompany(db, req.params.id!);
  const perPage = intParam(req.query, 'per_page', { min: 1, max: MAX_PER_PAGE, fallback: COMPANY_CONTACTS_DEFAULT_PER_PAGE });
  const startingAfter = req.query.get('starting_after');
  let page: number;
  let rows;
  if (startingAfter) {
    const cursor = decodeCursor(startingAfter);
    page = cursor.page;
    rows = listCompanyContacts(db, company.seq, cursor.afterSeq, perPage + 1);
  } else {
    page = pageParams(req.query, perPage).page;
    rows = listCompanyContactsAt(db, company.seq, (page - 1) * perPage, perPage + 1);
  }
  // One row more than the page tells whether another page follows without a second query.
  const hasNext = rows.length > perPage;
  const pageRows = hasNext ? rows.slice(0, perPage) : rows;
  const total = companyContactCount(db, company.seq);
  const last = pageRows[pageRows.length - 1];
  return ok({
    type: 'list',
    data: contactsV2(db, pageRows),
    total_count: total,
    pages: {
      type: 'pages',
      ...(hasNext && last
        ? { next: { page: page + 1, per_page: perPage, starting_after: encodeCursor({ afterSeq: last.seq, page: page + 1 }) } }
        : {}),
      page,
      per_page: perPage,
      total_pages: Math.ceil(total / perPage),
    },
  });
}

function getCompanySegments(req: ApiRequest) {
  const { db } = req.service;
  const company = requireCompany(db, req.params.id!);
  const segments = companySegments(db, company.seq).map((segment) => segmentJson(segment));
  // The 2.11 schema requires total_count here, though its example leaves it out.
  return ok({ type: 'list', data: segments, total_count: segments.length });
}

export const routes: Route[] = [
  { method: 'POST', path: '/companies', dialect: 'v2', handler: createOrUpdateCompany },
  { method: 'GET', path: '/companies', dialect: 'v2', handler: getCompanies },
  { method: 'POST', path: '/companies/list', dialect: 'v2', readOnly: true, handler: postCompaniesList },
  { method: 'GET', path: '/companies/:id', dialect: 'v2', handler: (req) => ok(companyV2(req.service.db, requireCompany(req.service.db, req.params.id!))) },
  { method: 'PUT', path: '/companies/:id', dialect: 'v2', handler: putCompany },
  { method: 'DELETE', path: '/companies/:id', dialect: 'v2', handler: removeCompany },
  { method: 'GET', path: '/companies/:id/contacts', dialect: 'v2', handler: getCompanyContacts },
  { method: 'GET', path: '/companies/:id/segments', dialect: 'v2', handler: getCompanySegments },
];
