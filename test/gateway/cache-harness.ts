/**
 * What the cross-request cache tests share:
 * - `startTokenRouter`: ONE upstream URL on 127.0.0.1 that forwards each request, by its Bearer token,
 *   to a different local API — two tokens, two workspaces with different data, the same URL. That is
 *   the setting where a cache keyed by anything less than the token would leak one workspace's data
 *   to the other, so a test that passes here shows the key includes the token.
 * - `serveGateway`: a gateway (createGateway) listening on 127.0.0.1, queried over real HTTP; its
 *   upstream calls are counted where they arrive, in the local API's record of received requests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway, type GatewayOptions } from '../../src/gateway/yoga.js';
import { createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import { startLocalApi, type ReceivedRequests } from '../../src/local-api/index.js';
import { upstreamCalls } from './gateway-harness.js';

export interface TokenRouter {
  url: string;
  close(): Promise<void>;
}

/** Hop-by-hop and body-framing headers: node sets its own when it re-sends the body. */
const NOT_FORWARDED = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'content-encoding']);

export async function startTokenRouter(routes: Record<string, string>): Promise<TokenRouter> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const target = token === undefined ? undefined : routes[token];
      if (token === undefined || target === undefined) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] }));
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = Object.entries(req.headers).flatMap(([name, value]) =>
        NOT_FORWARDED.has(name) || value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
      );
      const answer = await fetch(`${target}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      });
      const body = Buffer.from(await answer.arrayBuffer());
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!NOT_FORWARDED.has(name)) out[name] = value;
      });
      res.writeHead(answer.status, out);
      res.end(body);
    })().catch((error: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Where a gateway sends its calls, and the record of the local API that receives them. */
export interface CountedUpstream {
  url: string;
  token: string;
  /** The receiving local API's record (started with `recordRequests: true`). */
  received: ReceivedRequests | undefined;
}

export interface ServedGateway {
  graphqlUrl: string;
  client: IntercomClient;
  /** POSTs one operation; returns the parsed body and the requests the upstream received meanwhile, as `METHOD /path?query`. */
  run(query: string, variables?: Record<string, unknown>): Promise<{ body: GraphQLBody; calls: string[] }>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function serveGateway(upstream: CountedUpstream, options: Omit<GatewayOptions, 'client'> = {}): Promise<ServedGateway> {
  const received = recordOf(upstream);
  const client = createIntercomClient({ baseUrl: upstream.url, token: upstream.token });
  const yoga = createGateway({ client, logging: false, graphiql: false, ...options });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const graphqlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    graphqlUrl,
    client,
    run: (query, variables = {}) => post(graphqlUrl, received, query, variables),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await client.close();
    },
  };
}

function recordOf(upstream: CountedUpstream): ReceivedRequests {
  if (!upstream.received) throw new Error('start the local API with recordRequests: true, so calls are counted where they arrive');
  return upstream.received;
}

/** POSTs to any gateway URL; `received` is the record of the local API behind it. */
export async function post(
  graphqlUrl: string,
  received: ReceivedRequests,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ body: GraphQLBody; calls: string[] }> {
  const mark = received.count;
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody;
  return { body, calls: upstreamCalls(received, mark) };
}

/** The data of a response that must have succeeded. */
export function dataOf(body: GraphQLBody): Record<string, unknown> {
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors ?? 'no data')}`);
  return body.data;
}

/** Tag names in a `{ tags { name } }` answer. */
export function tagNames(body: GraphQLBody): string[] {
  return ((dataOf(body)['tags'] as Array<{ name: string }>) ?? []).map((tag) => tag.name).sort();
}

export type WorkspaceToken = 'token-a' | 'token-b';

export interface TwoWorkspaces {
  /** The one upstream URL both tokens use. */
  router: TokenRouter;
  /** A gateway on the router with `token`; closed by `close()`. */
  serve(token: WorkspaceToken, options?: Omit<GatewayOptions, 'client'>): Promise<ServedGateway>;
  /** Clients straight to each workspace, to arrange data (not counted). */
  setup: Record<WorkspaceToken, IntercomClient>;
  close(): Promise<void>;
}

/** Two demo workspaces — local APIs accepting `token-a` and `token-b` — behind one router URL. */
export async function startTwoWorkspaces(): Promise<TwoWorkspaces> {
  const [apiA, apiB] = await Promise.all([
    startLocalApi({ port: 0, seed: 'demo', tokens: ['token-a'], recordRequests: true }),
    startLocalApi({ port: 0, seed: 'demo', tokens: ['token-b'], recordRequests: true }),
  ]);
  const router = await startTokenRouter({ 'token-a': apiA.url, 'token-b': apiB.url });
  const setup = {
    'token-a': createIntercomClient({ baseUrl: apiA.url, token: 'token-a' }),
    'token-b': createIntercomClient({ baseUrl: apiB.url, token: 'token-b' }),
  };
  const gateways: ServedGateway[] = [];
  return {
    router,
    setup,
    async serve(token, options = {}) {
      // Through the router; counted at the workspace the token leads to.
      const received = token === 'token-a' ? apiA.received : apiB.received;
      const gateway = await serveGateway({ url: router.url, token, received }, options);
      gateways.push(gateway);
      return gateway;
    },
    async close() {
      await Promise.all(gateways.map((gateway) => gateway.close()));
      await Promise.all([setup['token-a'].close(), setup['token-b'].close()]);
      await router.close();
      await Promise.all([apiA.close(), apiB.close()]);
    },
  };
}
