/**
 * One GraphQL call to the gateway, same-origin JSON POST (the only kind the gateway runs from a
 * browser). A production build sends only the document's id (`documentId`, the hash codegen put in
 * `__meta__` and in the trusted-documents manifest); the Vite dev server sends the text instead so
 * edited documents run before the manifest is rebuilt. The key goes as `Authorization: Bearer`.
 */
import type { TypedDocumentString } from '../gql/graphql';
import { readApiKey } from './api-key';
import { GatewayError } from './gateway-error';

const ENDPOINT = '/graphql';

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; retryAfter?: number };
}

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const documentId = document.__meta__?.['hash'] as string | undefined;
  // The mode, not NODE_ENV: every `vite build` is id-only, whatever environment it ran in. The dev
  // server sends the text alone: a development gateway may have no manifest, and then no documentId.
  const body = import.meta.env.MODE === 'development' ? { query: document.toString(), variables } : { documentId, variables };
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const key = readApiKey();
  if (key) headers['authorization'] = `Bearer ${key}`;

  const response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(body) });
  let json: { data?: TResult | null; errors?: GraphQLErrorBody[] };
  try {
    json = (await response.json()) as typeof json;
  } catch {
    throw new GatewayError(`The gateway answered ${response.status} without a GraphQL body`, statusCode(response.status), retryAfterHeader(response));
  }
  const first = json.errors?.[0];
  if (first) {
    const retryAfter = first.extensions?.retryAfter ?? retryAfterHeader(response);
    throw new GatewayError(first.message ?? 'The gateway reported an error', first.extensions?.code, retryAfter);
  }
  if (json.data == null) throw new GatewayError(`The gateway answered ${response.status} with no data`, statusCode(response.status));
  return json.data;
}

/** The Retry-After header's seconds; undefined when absent (`Number(null)` is 0, not "unknown") or not a positive number. */
function retryAfterHeader(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function statusCode(status: number): string | undefined {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  return undefined;
}
