/**
 * 1.x users (docs/intercom-contract.md#users-and-leads-in-1x): paged lists with sort and filters (tag and segment filters return users and
 * leads), single lookups by id / user_id / email, create-or-update, delete. `/users/scroll` lives in
 * routes/scroll.ts.
 */
import type { Db } from '../../db/open.js';
import type { ContactRow } from '../../db/rows.js';
import { ok, type ApiRequest, type Route } from '../../http/route.js';
import { ApiError, parameterInvalid, parameterNotFound, userNotFound } from '../../http/errors.js';
import { enumParam, intParam, parseBody } from '../../http/validate.js';
import { versionAtLeast } from '../../http/version.js';
import {
  createContact,
  deleteContact,
  findContact,
  findContactByExternalId,
  findContactsByEmail,
  updateContact,
} from '../../store/contacts.js';
import { listContactPage, SORT_COLUMNS, type ContactFilter, type SortKey } from '../../store/contact-pages.js';
import { userV1, usersV1 } from '../../serialize/v1/user.js';
import { listV1, pastRecordCap, readPage } from './paging.js';
import { readGroupFilter } from './group-filter.js';
import { personBody, personFields, type PersonBody } from './person-input.js';
import { applyCompanyDirectives } from './company-directives.js';

const SORT_KEYS = Object.keys(SORT_COLUMNS) as SortKey[];

const duplicateEmail = (field = 'email') =>
  new ApiError(409, 'conflict', 'Multiple existing users match this email address – must be more specific using user_id', field);

/** The user behind `/users/{id}`; leads live at `/contacts/{id}` in 1.x. */
function requireUser(db: Db, id: string): ContactRow {
  const row = findContact(db, id);
  if (!row || row.role !== 'user') throw userNotFound();
  return row;
}

/** A paged user list; with a tag or segment filter it holds users and leads, as Intercom's does. */
export function userList(req: ApiRequest, filter: ContactFilter) {
  const pageRequest = readPage(req);
  if (pastRecordCap(pageRequest)) throw parameterInvalid("'page' not found on model", 'page');
  const sort = enumParam(req.query, 'sort', SORT_KEYS, 'created_at');
  const order = enumParam(req.query, 'order', ['asc', 'desc'] as const, 'desc');
  const { rows, total } = listContactPage(req.service.db, { filter, sort, order, ...pageRequest });
  const users = usersV1(req.service.db, rows);
  return listV1(req, 'user', 'users', users, pageRequest, total);
}

function listUsers(req: ApiRequest) {
  const { db } = req.service;
  const userId = req.query.get('user_id');
  if (userId !== null) {
    const row = findContactByExternalId(db, userId);
    if (!row || row.role !== 'user') throw userNotFound();
    return ok(userV1(db, row));
  }
  const email = req.query.get('email');
  if (email !== null) return ok(usersByEmail(req, email));

  const { tag, segmentWhere } = readGroupFilter(req);
  const filter: ContactFilter = tag || segmentWhere ? { tagSeq: tag?.seq, where: segmentWhere } : { role: 'user' };
  const days = intParam(req.query, 'created_since', { min: 0, max: 100_000, fallback: -1 });
  if (days >= 0) filter.createdSince = req.service.now() - days * 86_400;
  return ok(userList(req, filter));
}

/** 1.0 answers one user (409 when several share the email); from 1.1 a `user.list` of every match. */
function usersByEmail(req: ApiRequest, email: string) {
  const { db } = req.service;
  const rows = findContactsByEmail(db, email, 'user');
  if (versionAtLeast(req.version, '1.1')) {
    return { type: 'user.list', total_count: rows.length, users: usersV1(db, rows) };
  }
  if (rows.length > 1) throw duplicateEmail();
  if (!rows[0]) throw userNotFound();
  return userV1(db, rows[0]);
}

/** `POST /users`: the user named by id, else user_id, else email is updated; a new user_id or email creates one. */
function createOrUpdateUser(req: ApiRequest) {
  const { db } = req.service;
  const now = req.service.now();
  const body = parseBody(personBody, req.body);
  const existing = findTarget(db, body);
  const fields = personFields(body, now, existing?.session_count ?? 0);
  let row: ContactRow;
  if (existing) {
    if (body.user_id !== undefined && body.user_id !== existing.external_id) {
      // Changing a user's user_id must not collide with someone else's.
      if (findContactByExternalId(db, body.user_id)) {
        throw new ApiError(400, 'unique_user_constraint', 'A user with this user_id already exists', 'user_id');
      }
      fields.external_id = body.user_id;
    }
    row = updateContact(db, existing, fields, now);
  } else {
    row = createContact(db, { ...fields, role: 'user', external_id: body.user_id ?? null }, now);
  }
  if (body.companies) applyCompanyDirectives(db, row, body.companies, now);
  return ok(userV1(db, row));
}

function findTarget(db: Db, body: PersonBody): ContactRow | undefined {
  if (body.id !== undefined) {
    const row = findContact(db, body.id);
    if (!row || row.role !== 'user') throw new ApiError(404, 'not_found', 'User Not Found', 'id');
    return row;
  }
  if (body.user_id !== undefined) {
    const row = findContactByExternalId(db, body.user_id);
    if (row && row.role !== 'user') {
      throw new ApiError(409, 'conflict', 'This user_id belongs to a lead; leads are updated at /contacts', 'user_id');
    }
    if (row) return row;
  }
  if (typeof body.email === 'string' && body.email !== '') {
    const rows = findContactsByEmail(db, body.email, 'user');
    if (rows.length > 1 && body.user_id === undefined) throw duplicateEmail();
    // With a user_id that matched nobody, the email only adds to the new user.
    if (body.user_id === undefined) return rows[0];
    return undefined;
  }
  if (body.user_id === undefined) throw parameterNotFound('user_id or email is required to create a user', 'user_id');
  return undefined;
}

export const routes: Route[] = [
  { method: 'GET', path: '/users', dialect: 'v1', handler: listUsers },
  { method: 'POST', path: '/users', dialect: 'v1', handler: createOrUpdateUser },
  { method: 'GET', path: '/users/:id', dialect: 'v1', handler: (req) => ok(userV1(req.service.db, requireUser(req.service.db, req.params.id!))) },
  {
    method: 'DELETE',
    path: '/users/:id',
    dialect: 'v1',
    handler: (req) => {
      const { db } = req.service;
      const row = requireUser(db, req.params.id!);
      // 1.x answers with the user as it was.
      const body = userV1(db, row);
      deleteContact(db, row.seq);
      return ok(body);
    },
  },
];
