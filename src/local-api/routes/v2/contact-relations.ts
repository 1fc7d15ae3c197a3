/**
 * 2.x contact sub-resources (docs/intercom-contract.md#contact-relations): a contact's tags, companies and segments — list, attach,
 * detach. Tag and company rows come from H2's and H3's stores; segments are computed from their queries.
 */
import { z } from 'zod';
import { ok, type ApiRequest, type Route } from '../../http/route.js';
import { ApiError, companyNotFound, notFound, parameterNotFound } from '../../http/errors.js';
import { intParam, parseBody } from '../../http/validate.js';
import { findTag, tagContact, tagsOfContact, untagContact } from '../../store/tags.js';
import {
  attachContactToCompany,
  countContactCompanies,
  detachContactFromCompany,
  findCompany,
  listContactCompanies,
} from '../../store/companies.js';
import { segmentsOfContact } from '../../store/segments.js';
import { listAdmins } from '../../store/admins.js';
import { tagV2 } from '../../serialize/v2/tag.js';
import { companiesV2, companyV2 } from '../../serialize/v2/company.js';
import { segmentJson } from '../../serialize/v2/segment.js';
import { requireContact } from './contacts.js';
import { MAX_PER_PAGE } from './companies.js';

/** "Contact has reached the maximum of 1000 company associations" (2.11). */
const MAX_COMPANIES_PER_CONTACT = 1000;
/** Documented as 15; the examples (and the service) show 50. */
const COMPANIES_DEFAULT_PER_PAGE = 50;

/** `{"id": "<id>"}`; Intercom's own examples send tag ids as numbers too. */
const idBody = z.object({ id: z.union([z.string().min(1), z.number().int().transform(String)]) });

function listTags(req: ApiRequest) {
  const { db } = req.service;
  const contact = requireContact(db, req.params.id!);
  return ok({ type: 'list', data: tagsOfContact(db, contact.seq).map((tag) => tagV2(tag, tag)) });
}

function attachTag(req: ApiRequest) {
  const { db } = req.service;
  const contact = requireContact(db, req.params.id!);
  const { id } = parseBody(idBody, req.body);
  const tag = findTag(db, id);
  if (!tag) throw notFound();
  // The API acts as the workspace's first admin, who is then the one who applied the tag.
  tagContact(db, tag.seq, contact.seq, req.service.now(), listAdmins(db)[0]?.id);
  const applied = tagsOfContact(db, contact.seq).find((t) => t.seq === tag.seq)!;
  return ok(tagV2(tag, applied));
}

function detachTag(req: ApiRequest) {
  const { db } = req.service;
  const contact = requireContact(db, req.params.contact_id!);
  const tag = findTag(db, req.params.tag_id!);
  if (!tag) throw notFound();
  const applied = tagsOfContact(db, contact.seq).find((t) => t.seq === tag.seq);
  // Removing a tag the contact does not have is still "the tag", as Intercom answers it.
  untagContact(db, tag.seq, contact.seq);
  return ok(tagV2(tag, applied));
}

/**
 * The spec's schema (`contact_attached_companies`) names the array `companies`, while every example
 * and the live API use `data`: both are sent so clients of either reading validate. `pages.next` is a
 * URL in that schema; clients page with `page` instead, so it stays null.
 */
function listCompanies(req: ApiRequest) {
  const { db } = req.service;
  const contact = requireContact(db, req.params.id!);
  const perPage = intParam(req.query, 'per_page', { min: 1, max: MAX_PER_PAGE, fallback: COMPANIES_DEFAULT_PER_PAGE });
  const page = intParam(req.query, 'page', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 });
  // A contact has at most 1000 companies, so slicing the whole list is cheap and exact.
  const all = listContactCompanies(db, contact.seq);
  const companies = companiesV2(db, all.slice((page - 1) * perPage, page * perPage));
  const totalPages = Math.ceil(all.length / perPage);
  return ok({
    type: 'list',
    data: companies,
    companies,
    total_count: all.length,
    pages: { type: 'pages', next: null, page, per_page: perPage, total_pages: totalPages },
  });
}

function attachCompany(req: ApiRequest) {
  const { db } = req.service;
  const contact = requireContact(db, req.params.id!);
  const id = (req.body as { id?: unknown } | undefined)?.id;
  if (id === undefined || id === null || id === '') throw parameterNotFound('company not specified', 'id');
  const company = findCompany(db, parseBody(idBody, req.body).id);
  if (!company) throw companyNotFound();
  const alreadyAttached = listContactCompanies(db, contact.seq).some((row) => row.seq === company.seq);
  if (!alreadyAttached && countContactCompanies(db, contact.seq) >= MAX_COMPANIES_PER_CONTACT) {
    throw new ApiError(
      400,
      'contact_company_limit_exceeded',
      `Contact has reached the maximum of ${MAX_COMPANIES_PER_CONTACT} company associations`,
    );
  }
  attachContactToCompany(db, contact.seq, company.seq, req.service.now());
  return ok(companyV2(db, findCompany(db, company.id)!));
}

function detachCompany(req: ApiRequest) {
  const { db } = req.service;
  const contact = requireContact(db, req.params.contact_id!);
  const company = findCompany(db, req.params.company_id!);
  if (!company) throw companyNotFound();
  detachContactFromCompany(db, contact.seq, company.seq);
  return ok(companyV2(db, company));
}

function listSegments(req: ApiRequest) {
  const { db } = req.service;
  const contact = requireContact(db, req.params.id!);
  return ok({ type: 'list', data: segmentsOfContact(db, contact.seq, req.service.now()).map((segment) => segmentJson(segment)) });
}

export const routes: Route[] = [
  { method: 'GET', path: '/contacts/:id/tags', dialect: 'v2', handler: listTags },
  { method: 'POST', path: '/contacts/:id/tags', dialect: 'v2', handler: attachTag },
  { method: 'DELETE', path: '/contacts/:contact_id/tags/:tag_id', dialect: 'v2', handler: detachTag },
  { method: 'GET', path: '/contacts/:id/companies', dialect: 'v2', handler: listCompanies },
  { method: 'POST', path: '/contacts/:id/companies', dialect: 'v2', handler: attachCompany },
  { method: 'DELETE', path: '/contacts/:contact_id/companies/:company_id', dialect: 'v2', handler: detachCompany },
  { method: 'GET', path: '/contacts/:id/segments', dialect: 'v2', handler: listSegments },
];
