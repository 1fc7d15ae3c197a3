import { useState } from 'react';

/**
 * Relay paging as a person walks it: the cursor of every page seen so far, so "Previous" goes back
 * to exactly the page shown before, and "Next" asks for `first` rows `after` the last page's endCursor.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  return {
    after,
    pageNumber: cursors.length,
    next: (endCursor: string) => setCursors((seen) => [...seen, endCursor]),
    previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
  };
}

export const PAGE_SIZE = 5;
