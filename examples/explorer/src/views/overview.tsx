import { useQuery } from '@tanstack/react-query';
import { ExplorerOverviewDocument } from '../gql/graphql';
import { execute } from '../client/execute';
import { ErrorNotice } from './error-notice';
import { hashOf } from './navigation';

/** Every tag and segment with its counts; each links to its members. */
export function Overview() {
  const { data, error, isPending } = useQuery({ queryKey: ['overview'], queryFn: () => execute(ExplorerOverviewDocument) });
  if (error) return <ErrorNotice error={error} />;
  if (isPending) return <p>Loading tags and segments…</p>;
  const usersByTag = new Map((data.counts?.userTagCounts ?? []).map((row) => [row.name, row.count]));
  return (
    <div className="overview">
      {data.counts && (
        <p className="totals">
          {data.counts.users} users · {data.counts.leads} leads · {data.counts.companies} companies
        </p>
      )}
      <section>
        <h2>Tags</h2>
        <table className="tags">
          <thead>
            <tr>
              <th>Tag</th>
              <th>Users</th>
              <th>Users and leads</th>
              <th>Companies</th>
            </tr>
          </thead>
          <tbody>
            {(data.tags ?? []).map((tag) => (
              <tr key={tag.id}>
                <td>
                  <a href={hashOf({ page: 'tag', id: tag.id })}>{tag.name}</a>
                </td>
                <td>{usersByTag.get(tag.name) ?? 0}</td>
                <td>{tag.contactCount}</td>
                <td>{tag.companyCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>Segments</h2>
        <table className="segments">
          <thead>
            <tr>
              <th>Segment</th>
              <th>Of</th>
              <th>Members</th>
              <th>Companies</th>
            </tr>
          </thead>
          <tbody>
            {(data.segments ?? []).map((segment) => (
              <tr key={segment.id}>
                <td>
                  <a href={hashOf({ page: 'segment', id: segment.id })}>{segment.name}</a>
                </td>
                <td>{segment.personType}</td>
                <td>{segment.count}</td>
                <td>{segment.companyCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
