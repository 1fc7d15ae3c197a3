/**
 * `GET /counts` (docs/intercom-contract.md#counts), served for 1.x and 2.0–2.6. Every entry is a one-key object keyed
 * by name; people counts include users and leads; company counts include companies without users.
 *
 * From 2.7 on, `/counts` is in no published spec. What Intercom's servers answer there is unknown; our
 * inference is that they treat it like any resource missing from the requested version:
 * 400 `intercom_version_invalid` (as `/users` under 2.x). That is also how a client can tell whether
 * legacy counts are available.
 */
import type { Db } from '../db/open.js';
import { ok, type ApiRequest, type Route } from '../http/route.js';
import { parameterInvalid, parameterNotFound, versionInvalid } from '../http/errors.js';
import { intParam } from '../http/validate.js';
import { versionAtLeast } from '../http/version.js';
import { listSegments, countSegmentMembers, segmentWhere } from '../store/segments.js';
import {
  appTotals,
  companiesMatching,
  companyCountsByTag,
  contactCountsByTag,
  conversationCountsByAdmin,
  conversationTotals,
  tagCount,
  userCountsByCompany,
  type NamedCount,
} from '../store/counts.js';

const keyed = ({ name, count }: NamedCount) => ({ [name]: count });

function appCounts(db: Db) {
  const totals = appTotals(db);
  return {
    type: 'count.hash',
    company: { count: totals.company },
    user: { count: totals.user },
    lead: { count: totals.lead },
    tag: { count: totals.tag },
    segment: { count: totals.segment },
  };
}

function userCounts(db: Db, count: string | null) {
  if (count === null) return { type: 'count', user: { count: appTotals(db).user } };
  if (count === 'tag') return { type: 'count', user: { tag: contactCountsByTag(db).map(keyed) } };
  if (count === 'segment') {
    const segments = listSegments(db).map((segment) => ({ name: segment.name, count: countSegmentMembers(db, segment) }));
    return { type: 'count', user: { segment: segments.map(keyed) } };
  }
  throw parameterInvalid(`count must be tag or segment when type is user`, 'count');
}

function companyCounts(req: ApiRequest, count: string | null) {
  const { db } = req.service;
  if (count === null) return { type: 'count', company: { count: appTotals(db).company } };
  if (count === 'tag') return companyTagCounts(req);
  if (count === 'segment') {
    const segments = listSegments(db).map((segment) => ({
      name: segment.name,
      count: companiesMatching(db, segmentWhere(db, segment, 'c')),
    }));
    return { type: 'count', company: { segment: segments.map(keyed) }, pages: {} };
  }
  if (count === 'user') {
    // Empty companies are listed here with 0, though `GET /companies` hides them.
    const user = userCountsByCompany(db).map((row) => ({ [row.name ?? row.company_id]: row.count, remote_company_id: row.company_id }));
    return { type: 'count', company: { user }, pages: {} };
  }
  throw parameterInvalid('count must be tag, segment or user when type is company', 'count');
}

/**
 * Company tag counts are the one paged count, with Intercom's doubly nested `pages.pages`. Without
 * `per_page` we answer every tag on one page (our inference: the docs show paging only when asked).
 */
function companyTagCounts(req: ApiRequest) {
  const { db } = req.service;
  const total = tagCount(db);
  const perPage = intParam(req.query, 'per_page', { min: 1, max: 10_000, fallback: Math.max(total, 1) });
  const page = intParam(req.query, 'page', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 });
  const totalPages = Math.ceil(total / perPage);
  const next =
    page < totalPages ? `${req.service.baseUrl}/counts?type=company&count=tag&page=${page + 1}&per_page=${perPage}` : null;
  const tag = companyCountsByTag(db, perPage, (page - 1) * perPage).map(keyed);
  return {
    type: 'count',
    company: { tag },
    pages: { pages: { type: 'pages', next, page, per_page: perPage, total_pages: totalPages } },
  };
}

function conversationCounts(db: Db, count: string | null) {
  if (count === null) return { type: 'count', conversation: conversationTotals(db) };
  if (count === 'admin') return { type: 'count', conversation: { admin: conversationCountsByAdmin(db) } };
  throw parameterInvalid('count must be admin when type is conversation', 'count');
}

function counts(req: ApiRequest) {
  if (versionAtLeast(req.version, '2.7')) throw versionInvalid();
  const { db } = req.service;
  const type = req.query.get('type');
  const count = req.query.get('count');
  if (type === null) {
    if (count !== null) throw parameterNotFound('count needs a type (user, company or conversation)', 'type');
    return ok(appCounts(db));
  }
  switch (type) {
    case 'user':
      return ok(userCounts(db, count));
    case 'company':
      return ok(companyCounts(req, count));
    case 'conversation':
      return ok(conversationCounts(db, count));
    case 'lead':
    case 'tag':
    case 'segment':
      if (count !== null) throw parameterInvalid(`count is not available when type is ${type}`, 'count');
      return ok({ type: 'count', [type]: { count: appTotals(db)[type] } });
    default:
      throw parameterInvalid('type must be one of user, company, conversation, lead, tag, segment', 'type');
  }
}

export const routes: Route[] = [{ method: 'GET', path: '/counts', dialect: 'any', handler: counts }];
