/**
 * 1.x companies (docs/intercom-contract.md#companies): create-or-update by company_id, lists that hide companies without
 * users (filterable by tag and segment), single lookups by id / company_id / name, and a company's
 * users (`/companies/{id}/users`, or `?company_id=X&type=user`). `/companies/scroll` is in routes/scroll.ts.
 */
import type { Db } from '../../db/open.js';
import type { CompanyRow } from '../../db/rows.js';
import { ok, type ApiRequest, type Route } from '../../http/route.js';
import { companyNotFound } from '../../http/errors.js';
import { enumParam, parseBody } from '../../http/validate.js';
import { findCompany, findCompanyByCompanyId, findCompanyByName, listVisibleCompanies, upsertCompany } from '../../store/companies.js';
import { companiesV1, companyV1 } from '../../serialize/v1/company.js';
import { createOrUpdateCompanyBody } from '../v2/company-input.js';
import { listV1, pastRecordCap, readPage } from './paging.js';
import { readGroupFilter } from './group-filter.js';
import { userList } from './users.js';

/** The docs disagree (50 or 15); the guide's own output shows 15 (docs/intercom-contract.md#companies). */
const COMPANY_DEFAULT_PER_PAGE = 15;

function requireCompany(company: CompanyRow | undefined): CompanyRow {
  if (!company) throw companyNotFound();
  return company;
}

function listCompanies(req: ApiRequest) {
  const { db } = req.service;
  const companyId = req.query.get('company_id');
  const name = req.query.get('name');
  const type = req.query.get('type');
  if (companyId !== null) {
    const company = requireCompany(findCompanyByCompanyId(db, companyId));
    // The docs' prose says `type=users`, their example and the SDK `type=user`: accept both.
    if (type === 'user' || type === 'users') return ok(companyUsers(req, company));
    return ok(companyV1(db, company));
  }
  if (name !== null) return ok(companyV1(db, requireCompany(findCompanyByName(db, name))));

  const { tag, segmentWhere } = readGroupFilter(req);
  const pageRequest = readPage(req, COMPANY_DEFAULT_PER_PAGE);
  if (pastRecordCap(pageRequest)) {
    // Past the 10,000-record cap Intercom answers an empty page, not an error (docs/intercom-contract.md#paging-cap-in-1x).
    const pages = { type: 'pages', next: null, page: pageRequest.page, per_page: pageRequest.perPage, total_pages: 0 };
    return ok({ type: 'company.list', pages, companies: [], total_count: 0 });
  }
  const order = enumParam(req.query, 'order', ['asc', 'desc'] as const, 'desc');
  const { rows, total } = listVisibleCompanies(db, { tagId: tag?.id, segmentWhere, order, ...pageRequest });
  return ok(listV1(req, 'company', 'companies', companiesV1(db, rows), pageRequest, total));
}

/** A company's users as a paged `user.list`, newest first. */
function companyUsers(req: ApiRequest, company: CompanyRow) {
  return userList(req, { role: 'user', companySeq: company.seq });
}

function createOrUpdateCompany(req: ApiRequest) {
  const body = parseBody(createOrUpdateCompanyBody, req.body);
  return ok(companyV1(req.service.db, upsertCompany(req.service.db, body, req.service.now())));
}

const byId = (db: Db, id: string) => requireCompany(findCompany(db, id));

export const routes: Route[] = [
  { method: 'GET', path: '/companies', dialect: 'v1', handler: listCompanies },
  { method: 'POST', path: '/companies', dialect: 'v1', handler: createOrUpdateCompany },
  { method: 'GET', path: '/companies/:id', dialect: 'v1', handler: (req) => ok(companyV1(req.service.db, byId(req.service.db, req.params.id!))) },
  { method: 'GET', path: '/companies/:id/users', dialect: 'v1', handler: (req) => ok(companyUsers(req, byId(req.service.db, req.params.id!))) },
];
