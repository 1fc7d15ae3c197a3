import { z } from 'zod';
import type { Db } from '../db/open.js';
import type { ContactRow } from '../db/rows.js';
import { parameterInvalid } from '../http/errors.js';
import { decodeJsonCursor, encodeJsonCursor } from '../http/cursor.js';
import { prepared } from '../db/statements.js';
import type { ValueField } from './fields.js';
import { around, type SqlFragment } from './sql.js';
import { countContactsWhere } from './count-cache.js';

export type SortOrder = 'ascending' | 'descending';

export interface ContactPageRequest {
  /** WHERE fragment over `contacts AS c`. */
  where: SqlFragment;
  sort: { field: ValueField; order: SortOrder };
  perPage: number;
  /** The `starting_after` cursor of the previous page, if any. */
  startingAfter?: string | undefined;
  /** The number of matches when the caller knows a cheaper way to count them (see fastContactCount). */
  total?: number | undefined;
  /** The same filter compiled for counting (membership read from member lists), when it differs from `where`. */
  countWhere?: SqlFragment | undefined;
}

interface PageKey {
  seq: number;
  sort_value: string | number | null;
}

export interface ContactPage {
  rows: ContactRow[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  /** Present when another page follows. */
  /** Present when another page follows; `per_page` because the 2.11 `starting_after_paging` schema requires it. */
  next?: { page: number; per_page: number; starting_after: string };
}

/**
 * Where a page ends: the page number, which sort it belongs to, and the last row's sort key
 * (null-group flag, value, seq). Encoded like every cursor of this API (src/local-api/http/cursor.ts).
 */
const cursorSchema = z.tuple([
  z.number().int().min(1),
  z.string(),
  z.union([z.literal(0), z.literal(1)]),
  z.union([z.string(), z.number(), z.null()]),
  z.number().int(),
]);
type Cursor = z.infer<typeof cursorSchema>;

function decodeCursor(text: string, sortKey: string): Cursor {
  const result = cursorSchema.safeParse(decodeJsonCursor(text));
  if (!result.success) throw parameterInvalid('starting_after is not a cursor this search returned', 'starting_after');
  if (result.data[1] !== sortKey) {
    throw parameterInvalid('starting_after belongs to a search with a different sort', 'starting_after');
  }
  return result.data;
}

/**
 * Keyset pagination over contacts in the order of one sort field (then `seq`), missing values last in
 * either direction. A page starts strictly after the previous page's last key, so rows inserted while
 * a client pages never shift or repeat what it sees, and deep pages cost no OFFSET scan.
 */
export function contactPage(db: Db, request: ContactPageRequest): ContactPage {
  const { where, sort, perPage } = request;
  const expr = sort.field.expr('c');
  const sortKey = `${sort.field.name}:${sort.order}`;
  const cursor = request.startingAfter ? decodeCursor(request.startingAfter, sortKey) : undefined;
  const dir = sort.order === 'ascending' ? 'ASC' : 'DESC';
  const cmp = sort.order === 'ascending' ? '>' : '<';

  const orderBy = sort.field.nullable
    ? around(`($ IS NULL), $ ${dir}, c.seq ${dir}`, expr)
    : around(`$ ${dir}, c.seq ${dir}`, expr);
  let after: SqlFragment = { sql: '1', params: [] };
  if (cursor) {
    const [, , isNull, value, seq] = cursor;
    if (!sort.field.nullable) after = around(`($, c.seq) ${cmp} (?, ?)`, expr, value, seq);
    else if (isNull === 1) after = around(`($ IS NULL AND c.seq ${cmp} ?)`, expr, seq);
    else after = around(`($ IS NULL OR $ ${cmp} ? OR ($ = ? AND c.seq ${cmp} ?))`, expr, value, value, seq);
  }

  const total = request.total ?? countContactsWhere(db, request.countWhere ?? where);
  // Sort only keys, then read whole rows for the one page: sorting thousands of matches moves
  // (seq, key) pairs instead of full contact rows.
  const keys = db
    .prepare(
      `SELECT c.seq AS seq, ${expr.sql} AS sort_value FROM contacts c WHERE (${where.sql}) AND ${after.sql} ` +
        `ORDER BY ${orderBy.sql} LIMIT ?`,
    )
    .all(...expr.params, ...where.params, ...after.params, ...orderBy.params, perPage + 1) as PageKey[];
  const bySeq = new Map(
    prepared<ContactRow>(db, 'SELECT * FROM contacts WHERE seq IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(keys.slice(0, perPage).map((k) => k.seq)))
      .map((row) => [row.seq, row]),
  );

  const page = cursor ? cursor[0] + 1 : 1;
  const result: ContactPage = {
    rows: keys.slice(0, perPage).flatMap((key) => bySeq.get(key.seq) ?? []),
    total,
    page,
    perPage,
    totalPages: Math.ceil(total / perPage),
  };
  const last = keys[perPage - 1];
  if (keys.length > perPage && last) {
    result.next = {
      page: page + 1,
      per_page: perPage,
      starting_after: encodeJsonCursor([page, sortKey, last.sort_value === null ? 1 : 0, last.sort_value, last.seq]),
    };
  }
  return result;
}

/** The `pages` object of a 2.x contact list. */
export function cursorPages(page: ContactPage) {
  const pages = { type: 'pages' as const, page: page.page, per_page: page.perPage, total_pages: page.totalPages };
  return page.next ? { ...pages, next: page.next } : pages;
}
