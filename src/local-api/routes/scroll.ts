/**
 * Scroll (docs/intercom-contract.md#scroll): `GET /users/scroll`, `/contacts/scroll` (leads) and `/companies/scroll`
 * in 1.x, and `/companies/scroll` in 2.x. One open scroll per kind, idle for a minute it expires, an
 * empty page ends it; a second scroll while one is open is 400 `scroll_exists` (http/scrolls.ts).
 */
import type { Db } from '../db/open.js';
import { ok, type ApiRequest, type Route } from '../http/route.js';
import type { ScrollKind } from '../http/scrolls.js';
import { scrollContacts, scrollVisibleCompanies } from '../store/scroll-pages.js';
import { usersV1 } from '../serialize/v1/user.js';
import { companiesV1 } from '../serialize/v1/company.js';
import { companiesV2 } from '../serialize/v2/company.js';

/** "About 100 records per call" (the Ruby and PHP READMEs). */
export const SCROLL_PAGE_SIZE = 100;

/** Reads the next page of one kind and moves the scroll past it. */
function nextPage<T extends { seq: number }>(
  req: ApiRequest,
  kind: ScrollKind,
  read: (db: Db, afterSeq: number, limit: number) => T[],
): { rows: T[]; scrollParam: string } {
  const { scrolls, db } = req.service;
  const scroll = scrolls.begin(kind, req.query.get('scroll_param'));
  const rows = read(db, scroll.afterSeq, SCROLL_PAGE_SIZE);
  scrolls.advance(kind, scroll, rows.at(-1)?.seq);
  return { rows, scrollParam: scroll.param };
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/users/scroll',
    dialect: 'v1',
    pinned: true,
    handler: (req) => {
      const { rows, scrollParam } = nextPage(req, 'users', (db, after, limit) => scrollContacts(db, 'user', after, limit));
      return ok({ type: 'user.list', users: usersV1(req.service.db, rows), scroll_param: scrollParam });
    },
  },
  {
    method: 'GET',
    path: '/contacts/scroll',
    dialect: 'v1',
    pinned: true,
    handler: (req) => {
      const { rows, scrollParam } = nextPage(req, 'leads', (db, after, limit) => scrollContacts(db, 'lead', after, limit));
      return ok({ type: 'contact.list', contacts: usersV1(req.service.db, rows), scroll_param: scrollParam });
    },
  },
  {
    method: 'GET',
    path: '/companies/scroll',
    dialect: 'any',
    pinned: true,
    handler: (req) => {
      const { rows, scrollParam } = nextPage(req, 'companies', scrollVisibleCompanies);
      const { db } = req.service;
      if (req.dialect === 'v1') {
        return ok({ type: 'company.list', companies: companiesV1(db, rows), scroll_param: scrollParam });
      }
      // The spec's example sends `pages: null`, but its `company_scroll` schema types `pages` as an
      // object (not nullable, not required): leaving it out satisfies the schema clients generate from.
      return ok({ type: 'list', data: companiesV2(db, rows), total_count: null, scroll_param: scrollParam });
    },
  },
];
