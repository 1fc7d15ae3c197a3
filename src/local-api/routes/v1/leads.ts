/**
 * 1.x leads at `/contacts` (docs/intercom-contract.md#users-and-leads-in-1x): `contact.list` pages (same parameters as users, without
 * sorting), lookups by email / user_id / phone, create and update, delete. Leads get a generated
 * UUID-like user_id, as Intercom gives them. `/contacts/scroll` lives in routes/scroll.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open.js';
import type { ContactRow } from '../../db/rows.js';
import { ok, type ApiRequest, type Route } from '../../http/route.js';
import { notFound, parameterInvalid } from '../../http/errors.js';
import { parseBody } from '../../http/validate.js';
import { createContact, deleteContact, findContact, findContactByExternalId, updateContact } from '../../store/contacts.js';
import { listContactPage, type ContactFilter } from '../../store/contact-pages.js';
import { userV1, usersV1 } from '../../serialize/v1/user.js';
import { listV1, pastRecordCap, readPage } from './paging.js';
import { personBody, personFields } from './person-input.js';
import { applyCompanyDirectives } from './company-directives.js';

const leadNotFound = (field?: string) => notFound('Contact Not Found', field);

function requireLead(db: Db, id: string, field?: string): ContactRow {
  const row = findContact(db, id);
  if (!row || row.role !== 'lead') throw leadNotFound(field);
  return row;
}

function leadList(req: ApiRequest, filter: ContactFilter) {
  const pageRequest = readPage(req);
  // What Intercom answers past the 10,000-record cap (docs/intercom-contract.md#paging-cap-in-1x, observed on leads).
  if (pastRecordCap(pageRequest)) throw parameterInvalid("'page' not found on model", 'page');
  const { rows, total } = listContactPage(req.service.db, { filter, sort: 'created_at', order: 'desc', ...pageRequest });
  return listV1(req, 'contact', 'contacts', usersV1(req.service.db, rows), pageRequest, total);
}

function listLeads(req: ApiRequest) {
  const { db } = req.service;
  const userId = req.query.get('user_id');
  if (userId !== null) {
    const row = findContactByExternalId(db, userId);
    if (!row || row.role !== 'lead') throw leadNotFound('user_id');
    return ok(userV1(db, row));
  }
  const filter: ContactFilter = { role: 'lead' };
  const email = req.query.get('email');
  if (email !== null) filter.email = email;
  const phone = req.query.get('phone');
  if (phone !== null) filter.phone = phone;
  return ok(leadList(req, filter));
}

/** `POST /contacts`: with an id or user_id it updates that lead; otherwise it creates one. */
function createOrUpdateLead(req: ApiRequest) {
  const { db } = req.service;
  const now = req.service.now();
  const body = parseBody(personBody, req.body);
  let existing: ContactRow | undefined;
  if (body.id !== undefined) existing = requireLead(db, body.id, 'id');
  else if (body.user_id !== undefined) {
    existing = findContactByExternalId(db, body.user_id);
    if (!existing || existing.role !== 'lead') throw leadNotFound('user_id');
  }
  const fields = personFields(body, now, existing?.session_count ?? 0);
  const row = existing
    ? updateContact(db, existing, fields, now)
    : createContact(db, { ...fields, role: 'lead', external_id: randomUUID() }, now);
  if (body.companies) applyCompanyDirectives(db, row, body.companies, now);
  return ok(userV1(db, row));
}

export const routes: Route[] = [
  { method: 'GET', path: '/contacts', dialect: 'v1', handler: listLeads },
  { method: 'POST', path: '/contacts', dialect: 'v1', handler: createOrUpdateLead },
  { method: 'GET', path: '/contacts/:id', dialect: 'v1', handler: (req) => ok(userV1(req.service.db, requireLead(req.service.db, req.params.id!))) },
  {
    method: 'DELETE',
    path: '/contacts/:id',
    dialect: 'v1',
    handler: (req) => {
      const { db } = req.service;
      const row = requireLead(db, req.params.id!);
      const body = userV1(db, row);
      deleteContact(db, row.seq);
      return ok(body);
    },
  },
];
