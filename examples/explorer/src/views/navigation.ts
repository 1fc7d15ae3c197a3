/** Which page the explorer shows; kept in the URL's hash so Back and reload keep the place. */
export type View =
  | { page: 'overview' }
  | { page: 'tag'; id: string }
  | { page: 'segment'; id: string }
  | { page: 'company'; id: string }
  | { page: 'search' };

export function viewFromHash(hash: string): View {
  const [page, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const id = rest.length > 0 ? decodeURIComponent(rest.join('/')) : '';
  if ((page === 'tag' || page === 'segment' || page === 'company') && id) return { page, id };
  if (page === 'search') return { page: 'search' };
  return { page: 'overview' };
}

export function hashOf(view: View): string {
  return view.page === 'overview' || view.page === 'search' ? `#/${view.page}` : `#/${view.page}/${encodeURIComponent(view.id)}`;
}
