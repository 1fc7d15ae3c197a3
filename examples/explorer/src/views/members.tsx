import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SegmentMembersDocument, TagMembersDocument } from '../gql/graphql';
import { execute } from '../client/execute';
import { GatewayError } from '../client/gateway-error';
import { ErrorNotice } from './error-notice';
import { MemberTable } from './member-table';
import { PAGE_SIZE, useCursorPages } from './use-cursor-pages';

/** A tag's or a segment's users, a page at a time. */
export function Members({ kind, id }: { kind: 'tag' | 'segment'; id: string }) {
  const pages = useCursorPages();
  const { data, error, isPending } = useQuery({
    queryKey: ['members', kind, id, pages.after],
    queryFn: async () => {
      const variables = { id, first: PAGE_SIZE, after: pages.after };
      const group =
        kind === 'tag' ? (await execute(TagMembersDocument, variables)).tag : (await execute(SegmentMembersDocument, variables)).segment;
      if (!group) throw new GatewayError(`No ${kind} with id ${id}`, 'NOT_FOUND');
      return group;
    },
    placeholderData: keepPreviousData,
  });
  if (error) return <ErrorNotice error={error} />;
  if (isPending) return <p>Loading members…</p>;
  return (
    <div>
      <h2>
        {kind === 'tag' ? 'Tag' : 'Segment'} <span className="group-name">{data.name}</span>
      </h2>
      {data.users ? (
        <MemberTable page={data.users} pageNumber={pages.pageNumber} onNext={pages.next} onPrevious={pages.previous} />
      ) : (
        <p className="muted">The members could not be read just now.</p>
      )}
    </div>
  );
}
