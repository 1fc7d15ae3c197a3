/**
 * 2.x contacts (docs/intercom-contract.md#contacts, docs/intercom-contract.md#contact-search): one resource for users and leads — list with cursor paging, CRUD,
 * and `POST /contacts/search` over the query language in search/.
 */
import type { Db } from '../../db/open.js';
import type { ContactRow } from '../../db/rows.js';
import { ok, type ApiRequest, type Route } from '../../http/route.js';
import { ApiError, parameterInvalid, parameterNotFound, userNotFound } from '../../http/errors.js';
import { intParam, parseBody } from '../../http/validate.js';
import {
  createContact,
  deleteContact,
  findContact,
  findContactByExternalId,
  findContactsByEmail,
  updateContact,
  type ContactFields,
} from '../../store/contacts.js';
import { contactsV2, contactV2 } from '../../serialize/v2/contact.js';
import { compileContactQuery } from '../../search/compile.js';
import { resolveSortField } from '../../search/fields.js';
import { contactPage, cursorPages, type ContactPage } from '../../search/page.js';
import { fragment } from '../../search/sql.js';
import { fastContactCount } from '../../search/count.js';
import { MAX_PER_PAGE } from './companies.js';
import { contactBody, contactFieldsFrom, isSortOrder, searchBody, SORT_ORDERS } from './contact-input.js';

/** `GET /contacts` returns 10 per page by default, whatever the docs said (docs/intercom-contract.md#pagination). */
const LIST_DEFAULT_PER_PAGE = 10;
const SEARCH_DEFAULT_PER_PAGE = 50;
/** Sorts an index walks in order (non-null columns with an index on them): a page can stop early. */
const INDEX_ORDERED_SORTS: ReadonlySet<string> = new Set(['created_at', 'id']);

/** The contact a 2.x path names, or 404 "User Not Found". Shared with contact-relations.ts. */
export function requireContact(db: Db, id: string): ContactRow {
  const row = findContact(db, id);
  if (!row) throw userNotFound();
  return row;
}

const conflict = (existing: ContactRow) =>
  new ApiError(409, 'conflict', `A contact matching those details already exists with id=${existing.id}`);

/** external_id is unique; a user's email is too (leads may share one). */
function refuseDuplicates(db: Db, fields: ContactFields, role: 'user' | 'lead', selfSeq?: number): void {
  if (fields.external_id) {
    const other = findContactByExternalId(db, fields.external_id);
    if (other && other.seq !== selfSeq) throw conflict(other);
  }
  if (fields.email && role === 'user') {
    const other = findContactsByEmail(db, fields.email, 'user').find((row) => row.seq !== selfSeq);
    if (other) throw conflict(other);
  }
}

function contactList(db: Db, page: ContactPage) {
  return { type: 'list', data: contactsV2(db, page.rows), total_count: page.total, pages: cursorPages(page) };
}

function listContacts(req: ApiRequest) {
  const { db } = req.service;
  const perPage = intParam(req.query, 'per_page', { min: 1, max: MAX_PER_PAGE, fallback: LIST_DEFAULT_PER_PAGE });
  // Oldest first: contacts created while a client pages land after its cursor, never inside the pages it saw.
  const page = contactPage(db, {
    where: fragment('1'),
    sort: { field: resolveSortField('created_at')!, order: 'ascending' },
    perPage,
    startingAfter: req.query.get('starting_after') ?? undefined,
  });
  return ok(contactList(db, page));
}

function searchContacts(req: ApiRequest) {
  const { db } = req.service;
  const body = parseBody(searchBody, req.body);
  if (body.query === undefined || body.query === null) throw parameterNotFound('query is required', 'query');
  const perPage = body.pagination?.per_page ?? SEARCH_DEFAULT_PER_PAGE;
  const sortName = body.sort?.field ?? 'created_at';
  // Tag membership is planned for what each query reads (search/membership-plan.ts): the page reads
  // perPage + 1 rows — in index order when the sort has one, else it sorts every match anyway — and
  // the count reads every match.
  const now = req.service.now();
  const pageRows = INDEX_ORDERED_SORTS.has(sortName) ? perPage + 1 : Number.POSITIVE_INFINITY;
  const where = compileContactQuery(db, body.query, 'c', { now, rowsWanted: pageRows });

  const order = body.sort?.order ?? 'descending';
  if (!isSortOrder(order)) {
    throw new ApiError(400, 'invalid_sort_order', `Invalid sort order '${order}'. Must be one of: ${SORT_ORDERS.join(', ')}`);
  }
  const sortField = resolveSortField(sortName);
  if (!sortField) throw parameterInvalid(`sort field '${sortName}' is not a sortable contact field`, 'sort.field');

  const total = fastContactCount(db, body.query);
  const page = contactPage(db, {
    where,
    sort: { field: sortField, order },
    perPage,
    startingAfter: body.pagination?.starting_after ?? undefined,
    total,
    countWhere: total === undefined ? compileContactQuery(db, body.query, 'c', { now, rowsWanted: Number.POSITIVE_INFINITY }) : undefined,
  });
  return ok(contactList(db, page));
}

function createContactRoute(req: ApiRequest) {
  const { db } = req.service;
  const body = parseBody(contactBody, req.body);
  if (body.email == null && body.external_id == null && body.role === undefined) {
    throw parameterNotFound('email, external_id or role is required to create a contact');
  }
  const fields = contactFieldsFrom(body);
  const role = body.role ?? 'user';
  refuseDuplicates(db, fields, role);
  return ok(contactV2(db, createContact(db, { ...fields, role }, req.service.now())));
}

function updateContactRoute(req: ApiRequest) {
  const { db } = req.service;
  const row = requireContact(db, req.params.id!);
  const fields = contactFieldsFrom(parseBody(contactBody, req.body));
  refuseDuplicates(db, fields, fields.role ?? row.role, row.seq);
  return ok(contactV2(db, updateContact(db, row, fields, req.service.now())));
}

function deleteContactRoute(req: ApiRequest) {
  const { db } = req.service;
  const row = requireContact(db, req.params.id!);
  deleteContact(db, row.seq);
  return ok({ id: row.id, external_id: row.external_id, type: 'contact', deleted: true });
}

export const routes: Route[] = [
  { method: 'GET', path: '/contacts', dialect: 'v2', handler: listContacts },
  { method: 'POST', path: '/contacts', dialect: 'v2', handler: createContactRoute },
  { method: 'POST', path: '/contacts/search', dialect: 'v2', readOnly: true, handler: searchContacts },
  { method: 'GET', path: '/contacts/:id', dialect: 'v2', handler: (req) => ok(contactV2(req.service.db, requireContact(req.service.db, req.params.id!))) },
  { method: 'PUT', path: '/contacts/:id', dialect: 'v2', handler: updateContactRoute },
  { method: 'DELETE', path: '/contacts/:id', dialect: 'v2', handler: deleteContactRoute },
];
