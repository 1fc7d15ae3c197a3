import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CompanyPageDocument } from '../gql/graphql';
import { execute } from '../client/execute';
import { GatewayError } from '../client/gateway-error';
import { ErrorNotice } from './error-notice';
import { TagEditor } from './member-table';
import { Pager } from './pager';
import { PAGE_SIZE, useCursorPages } from './use-cursor-pages';

/** One company: its facts, its tags and its people (paged), each person taggable. */
export function CompanyView({ id }: { id: string }) {
  const pages = useCursorPages();
  const { data, error, isPending } = useQuery({
    queryKey: ['company', id, pages.after],
    queryFn: async () => {
      const company = (await execute(CompanyPageDocument, { id, first: PAGE_SIZE, after: pages.after })).company;
      if (!company) throw new GatewayError(`No company with id ${id}`, 'NOT_FOUND');
      return company;
    },
    placeholderData: keepPreviousData,
  });
  if (error) return <ErrorNotice error={error} />;
  if (isPending) return <p>Loading the company…</p>;
  const users = data.users;
  return (
    <div className="company">
      <h2>
        Company <span className="company-name">{data.name ?? data.companyId}</span>
      </h2>
      <dl>
        <dt>Company id</dt>
        <dd>{data.companyId}</dd>
        <dt>Plan</dt>
        <dd>{data.plan ?? '—'}</dd>
        <dt>Industry</dt>
        <dd>{data.industry ?? '—'}</dd>
        <dt>Users</dt>
        <dd>{data.userCount}</dd>
        <dt>Tags</dt>
        <dd>{data.tags.map((tag) => tag.name).join(', ') || '—'}</dd>
      </dl>
      <h3>People</h3>
      {users ? (
        <>
          <table className="company-users">
            <tbody>
              {users.edges.map(({ node }) => (
                <tr key={node.id} className="company-user">
                  <td>{node.name ?? '(no name)'}</td>
                  <td>{node.email}</td>
                  <td>{node.role}</td>
                  <td>
                    <TagEditor userId={node.id} tags={node.tags ?? null} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pageNumber={pages.pageNumber} pageInfo={users.pageInfo} onNext={pages.next} onPrevious={pages.previous} />
        </>
      ) : (
        <p className="muted">Its people could not be read just now.</p>
      )}
    </div>
  );
}
