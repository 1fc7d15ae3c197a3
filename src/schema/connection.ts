/**
 * Turns a loader's window (src/loaders/pages.ts) into the Relay connection shape, declares the
 * forward-only pagination arguments every list field takes (`first`, `after`), and checks them
 * before any loader sees them.
 */
import type { CursorKind, Window, WindowArgs } from '../loaders/pages.js';
import { DEFAULT_PAGE_SIZE, isPageSize, MAX_PAGE_SIZE, readCursor } from '../loaders/pages.js';
import { builder } from './builder.js';
import { BadInputError } from './domain-errors.js';

export function toConnection<T>(window: Window<T>) {
  return {
    totalCount: window.totalCount,
    edges: window.items.map((item) => ({ node: item.node, cursor: item.cursor })),
    pageInfo: {
      hasNextPage: window.hasNextPage,
      hasPreviousPage: window.hasPreviousPage,
      startCursor: window.items[0]?.cursor ?? null,
      endCursor: window.items[window.items.length - 1]?.cursor ?? null,
    },
  };
}

/** `first`/`after` arguments; the upstream pages forward only, so there is no `last`/`before`. */
export const pageArgs = builder.args((t) => ({
  first: t.int({ description: `Rows to return (0–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` }),
  after: t.string({ description: 'Continue after this cursor (an `endCursor` or edge `cursor` from this list).' }),
}));

/**
 * The page arguments, checked: `first` within what the upstream serves, `after` a cursor of this
 * kind of list (`cursor`: 2.x cursor lists; `offset`: page-numbered company lists).
 */
export function checkedPage(args: WindowArgs, kind: 'cursor' | 'offset'): { first: number | null | undefined; after: string | null | undefined } {
  if (!isPageSize(args.first)) {
    throw new BadInputError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE} (the upstream's largest page)`, 'first');
  }
  const wire: CursorKind = kind === 'cursor' ? 'c' : 'o';
  if (args.after != null && readCursor(args.after, wire) === undefined) {
    throw new BadInputError('`after` is not a cursor of this connection; pass an `endCursor` or edge `cursor` it returned', 'after');
  }
  return { first: args.first, after: args.after };
}
