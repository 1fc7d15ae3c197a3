/** What the company-cache tests share: a plain GraphQL POST, and reading the tag explorer's companies. */

export interface Explored {
  tags: Array<{ name: string; contacts: { edges: Array<{ node: { email: string | null; companies: Array<{ companyId: string; name: string | null }> } }> } }>;
}

export async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

export function companiesOf(data: Explored): Array<{ companyId: string; name: string | null }> {
  return data.tags.flatMap((tag) => tag.contacts.edges.flatMap((edge) => edge.node.companies));
}

/** `GET /companies/{id}` calls among `calls` (as recorded by the local API). */
export const companyGets = (calls: ReadonlyArray<{ method: string; path: string }>): number =>
  calls.filter((call) => call.method === 'GET' && /^\/companies\/[^/]+$/.test(call.path)).length;
