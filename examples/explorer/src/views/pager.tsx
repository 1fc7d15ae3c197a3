/** Previous/Next under a page of a connection: Previous from page 2 on, Next while there is a next page. */
export function Pager(props: {
  pageNumber: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  onNext(cursor: string): void;
  onPrevious(): void;
}) {
  const { pageNumber, pageInfo } = props;
  return (
    <div className="pager">
      <button type="button" disabled={pageNumber <= 1} onClick={props.onPrevious}>
        ← Previous page
      </button>
      <button
        type="button"
        disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
        onClick={() => pageInfo.endCursor && props.onNext(pageInfo.endCursor)}
      >
        Next page →
      </button>
    </div>
  );
}
