import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SearchUsersDocument, type ContactSearchField, type SearchOperator } from '../gql/graphql';
import { execute } from '../client/execute';
import { ErrorNotice } from './error-notice';
import { MemberTable } from './member-table';
import { PAGE_SIZE, useCursorPages } from './use-cursor-pages';

// Typed by the schema's enums: a field or operator the gateway drops stops compiling here.
const FIELDS: ContactSearchField[] = ['email', 'name', 'emailDomain', 'userId', 'phone'];
const OPERATORS: Array<{ value: SearchOperator; label: string }> = [
  { value: 'CONTAINS', label: 'contains' },
  { value: 'EQ', label: 'is' },
  { value: 'STARTS_WITH', label: 'starts with' },
  { value: 'ENDS_WITH', label: 'ends with' },
  { value: 'NE', label: 'is not' },
];

interface Expression {
  field: ContactSearchField;
  operator: SearchOperator;
  value: string;
}

/** Users by an expression over one field, email "contains" by default. */
export function Search() {
  const [draft, setDraft] = useState<Expression>({ field: 'email', operator: 'CONTAINS', value: '' });
  const [expression, setExpression] = useState<Expression | null>(null);
  return (
    <div className="search">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.value.trim()) setExpression({ ...draft, value: draft.value.trim() });
        }}
      >
        <select aria-label="field" value={draft.field} onChange={(event) => setDraft({ ...draft, field: event.target.value as ContactSearchField })}>
          {FIELDS.map((field) => (
            <option key={field}>{field}</option>
          ))}
        </select>
        <select aria-label="operator" value={draft.operator} onChange={(event) => setDraft({ ...draft, operator: event.target.value as SearchOperator })}>
          {OPERATORS.map((operator) => (
            <option key={operator.value} value={operator.value}>
              {operator.label}
            </option>
          ))}
        </select>
        <input name="search-value" placeholder="e.g. @example.com" value={draft.value} onChange={(event) => setDraft({ ...draft, value: event.target.value })} />
        <button type="submit">Search users</button>
      </form>
      {expression && <SearchResults key={JSON.stringify(expression)} expression={expression} />}
    </div>
  );
}

function SearchResults({ expression }: { expression: Expression }) {
  const pages = useCursorPages();
  const { data, error, isPending } = useQuery({
    queryKey: ['search', expression, pages.after],
    queryFn: async () => (await execute(SearchUsersDocument, { filter: { search: expression }, first: PAGE_SIZE, after: pages.after })).users,
    placeholderData: keepPreviousData,
  });
  if (error) return <ErrorNotice error={error} />;
  if (isPending) return <p>Searching…</p>;
  if (!data) return <p className="muted">The search could not run just now.</p>;
  return <MemberTable page={data} pageNumber={pages.pageNumber} onNext={pages.next} onPrevious={pages.previous} />;
}
