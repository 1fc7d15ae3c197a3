/**
 * Trusted documents (yoga's persisted-operations plugin): a request may name a document by id —
 * `documentId` (the GraphQL-over-HTTP persisted-documents field codegen's client preset targets) or
 * APQ's `extensions.persistedQuery.sha256Hash` — and runs the document the loaded manifests hold.
 * Whether a request may instead send a document of its own is `allowArbitrary`'s call (production
 * mode: only callers with `dev`). Refusals happen while reading the request's parameters, before
 * parsing, caching or any upstream call, each with a stable code:
 * - PERSISTED_QUERY_NOT_FOUND (404): no manifest holds the id;
 * - PERSISTED_QUERY_REQUIRED (403): a document was sent by a caller who may only send ids;
 * - PERSISTED_QUERY_ID_REQUIRED (400): neither a document nor an id was sent.
 */
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { yogaPlugin } from '../yoga-runtime.js';
import type { TrustedDocumentStore } from '../trusted-documents/manifest.js';

export interface TrustedDocumentsOptions {
  store: TrustedDocumentStore;
  /** Whether this request may send a document that is not in the store. */
  allowArbitrary(request: Request): boolean;
}

/** The request parameter yoga must let through (createYoga's `extraParamNames`). */
export const DOCUMENT_ID_PARAM = 'documentId';

export function useTrustedDocuments(options: TrustedDocumentsOptions): Plugin {
  const { usePersistedOperations } = yogaPlugin('@graphql-yoga/plugin-persisted-operations');
  return usePersistedOperations({
    getPersistedOperation: (id) => options.store.get(id) ?? null,
    allowArbitraryOperations: (request) => options.allowArbitrary(request),
    extractPersistedOperationId: documentIdOf,
    customErrors: {
      notFound: {
        message: 'Unknown document id: no trusted-documents manifest loaded by this gateway holds it',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } },
      },
      persistedQueryOnly: {
        message: 'Only trusted documents may run here: send a documentId from the manifest instead of a query',
        extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 403 } },
      },
      keyNotFound: {
        message: 'Send a query or a documentId',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
    },
  });
}

function documentIdOf(params: GraphQLParams & { documentId?: unknown }): string | null {
  if (typeof params.documentId === 'string') return params.documentId;
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
}
