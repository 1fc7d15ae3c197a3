import { useState } from 'react';
import type { MemberRowFragment } from '../gql/graphql';
import { ErrorNotice } from './error-notice';
import { hashOf } from './navigation';
import { Pager } from './pager';
import { useTagging } from './tagging';

export interface MemberPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ cursor: string; node: MemberRowFragment }>;
}

/** A page of users, each with their companies and tags, tagging controls and Previous/Next. */
export function MemberTable(props: { page: MemberPage; pageNumber: number; onNext(cursor: string): void; onPrevious(): void }) {
  const { page, pageNumber } = props;
  return (
    <div className="members">
      <p className="page-state">
        Page {pageNumber} · {page.totalCount} users in all
      </p>
      <table>
        <thead>
          <tr>
            <th>User</th>
            <th>Companies</th>
            <th>Tags</th>
          </tr>
        </thead>
        <tbody>
          {page.edges.map(({ node }) => (
            <MemberRow key={node.id} user={node} />
          ))}
        </tbody>
      </table>
      <Pager pageNumber={pageNumber} pageInfo={page.pageInfo} onNext={props.onNext} onPrevious={props.onPrevious} />
    </div>
  );
}

function MemberRow({ user }: { user: MemberRowFragment }) {
  return (
    <tr className="member" data-user-id={user.id}>
      <td>
        <div className="user-name">{user.name ?? '(no name)'}</div>
        <div className="user-email">{user.email}</div>
      </td>
      <td>
        {(user.companies ?? []).map((company) => (
          <a key={company.id} className="company-link" href={hashOf({ page: 'company', id: company.id })}>
            {company.name ?? company.id}
          </a>
        ))}
      </td>
      <td>
        <TagEditor userId={user.id} tags={user.tags ?? null} />
      </td>
    </tr>
  );
}

/** A user's tags as chips (× takes one off) and a field to put a tag on. */
export function TagEditor({ userId, tags }: { userId: string; tags: ReadonlyArray<{ id: string; name: string }> | null }) {
  const [name, setName] = useState('');
  const tagging = useTagging();
  return (
    <div className="tag-editor">
      {tags === null ? (
        <span className="muted">tags unavailable</span>
      ) : (
        tags.map((tag) => (
          <span key={tag.id} className="tag-chip">
            {tag.name}
            <button
              type="button"
              title={`Take ${tag.name} off`}
              aria-label={`Untag ${tag.name}`}
              disabled={tagging.isPending}
              onClick={() => tagging.mutate({ userId, name: tag.name, remove: true })}
            >
              ×
            </button>
          </span>
        ))
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) tagging.mutate({ userId, name: name.trim(), remove: false }, { onSuccess: () => setName('') });
        }}
      >
        <input name="tag-name" placeholder="tag name" value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={tagging.isPending}>
          Tag
        </button>
      </form>
      {tagging.error && <ErrorNotice error={tagging.error} />}
    </div>
  );
}
