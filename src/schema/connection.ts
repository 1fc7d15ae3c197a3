/**
 * Turns a loader's window (src/loaders/pages.ts) into the Relay connection shape, and declares the
 * forward-only pagination arguments every list field takes (`first`, `after`).
 */
import type { Window } from '../loaders/pages.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../loaders/pages.js';
import { builder } from './builder.js';

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
