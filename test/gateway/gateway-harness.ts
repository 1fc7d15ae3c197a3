/**
 * What the gateway's integration tests share: the local grouping API on 127.0.0.1 (real HTTP), an
 * Intercom client that records every upstream call, the gateway on top, and a typed `execute` for
 * the documents codegen generates in test/gql/.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type ExecutionResult } from 'graphql';
import { createGateway, type Gateway } from '../../src/gateway/yoga.js';
import { createIntercomClient, type IntercomClient, type UpstreamCall } from '../../src/intercom/client.js';
import { startLocalApi, type LocalApi, type LocalApiOptionsInput } from '../../src/local-api/index.js';

export interface GraphQLResponse<T> extends ExecutionResult<T> {
  errors?: ExecutionResult['errors'] & Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface Harness {
  api: LocalApi;
  /** The gateway's client: every HTTP request it sends is appended to `calls`. */
  client: IntercomClient;
  /** A second client for arranging data behind the gateway's back (not counted). */
  setup: IntercomClient;
  gateway: Gateway;
  calls: UpstreamCall[];
  execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<GraphQLResponse<TResult>>;
  /** Runs one operation and returns its result with the upstream calls it made, as `METHOD /path`. */
  counted<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<{ result: GraphQLResponse<TResult>; calls: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(options: LocalApiOptionsInput = {}): Promise<Harness> {
  const api = await startLocalApi({ port: 0, seed: 'demo', ...options });
  const calls: UpstreamCall[] = [];
  const client = createIntercomClient({ baseUrl: api.url, token: api.token, onCall: (call) => calls.push(call) });
  const setup = createIntercomClient({ baseUrl: api.url, token: api.token });
  const gateway = createGateway({ client, logging: false, graphiql: false });

  async function run<TResult>(document: DocumentNode, variables: unknown): Promise<GraphQLResponse<TResult>> {
    const response = await gateway.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
    return (await response.json()) as GraphQLResponse<TResult>;
  }

  return {
    api,
    client,
    setup,
    gateway,
    calls,
    execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables) {
      return run<TResult>(document, variables);
    },
    async counted<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables) {
      const start = calls.length;
      const result = await run<TResult>(document, variables);
      return { result, calls: calls.slice(start).map((call) => `${call.method} ${call.path}${call.query ? `?${call.query}` : ''}`) };
    },
    async close() {
      await Promise.all([client.close(), setup.close()]);
      await api.close();
    },
  };
}

/** The data of a response that must have succeeded, with a readable failure otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? 'no data')}`);
  }
  return response.data;
}
