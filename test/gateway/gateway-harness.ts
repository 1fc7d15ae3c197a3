/**
 * What the gateway's integration tests share: the local grouping API on 127.0.0.1 (real HTTP), which
 * records every request it receives — upstream calls are counted there, at the upstream's side — the
 * gateway on top, and a typed `execute` for the documents codegen generates in test/gql/.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type ExecutionResult } from 'graphql';
import { createGateway, type Gateway } from '../../src/gateway/yoga.js';
import { createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import { startLocalApi, type LocalApi, type LocalApiOptionsInput, type ReceivedRequests } from '../../src/local-api/index.js';

export interface GraphQLResponse<T> extends ExecutionResult<T> {
  errors?: ExecutionResult['errors'] & Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface Harness {
  /** Started with `recordRequests: true`: `api.received` holds every request that reached it. */
  api: LocalApi & { received: ReceivedRequests };
  /** The gateway's client. */
  client: IntercomClient;
  /** A second client for arranging data behind the gateway's back (its requests are received too: count around them). */
  setup: IntercomClient;
  gateway: Gateway;
  execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<GraphQLResponse<TResult>>;
  /** Runs one operation and returns its result with the requests the upstream received meanwhile, as `METHOD /path?query`. */
  counted<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<{ result: GraphQLResponse<TResult>; calls: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(options: LocalApiOptionsInput = {}): Promise<Harness> {
  const api = await startLocalApi({ port: 0, seed: 'demo', ...options, recordRequests: true });
  const received = api.received!;
  const client = createIntercomClient({ baseUrl: api.url, token: api.token });
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
    api: Object.assign(api, { received }),
    client,
    setup,
    gateway,
    execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables) {
      return run<TResult>(document, variables);
    },
    async counted<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables) {
      const mark = received.count;
      const result = await run<TResult>(document, variables);
      return { result, calls: upstreamCalls(received, mark) };
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

/** The requests `received` since `mark` (a value of `received.count`), as `METHOD /path?query`. */
export function upstreamCalls(received: ReceivedRequests, mark: number): string[] {
  return received.since(mark).map((request) => `${request.method} ${request.path}${request.query ? `?${request.query}` : ''}`);
}
