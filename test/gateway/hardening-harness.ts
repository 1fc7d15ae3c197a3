/**
 * What the hardening tests share: a local grouping API that records every request it receives (so
 * upstream calls are counted at the upstream's side), the real gateway in front of it over HTTP on
 * 127.0.0.1, and the attack documents from the frontend-safety review.
 */
import { startLocalApi, type LocalApi, type LocalApiOptionsInput } from '../../src/local-api/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import type { GatewayConfigInput } from '../../src/gateway/config.js';

export interface HardenedGateway {
  api: LocalApi;
  gateway: RunningGateway;
  /** Requests the upstream has received so far (counted at the upstream). */
  upstreamCalls(): number;
  /** POSTs a GraphQL request as JSON (unless headers say otherwise) and returns status, headers and parsed body. */
  post(body: unknown, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
  text: string;
  /** Wall time of the exchange in milliseconds. */
  ms: number;
}

export async function startHardened(
  config: GatewayConfigInput = {},
  apiOptions: LocalApiOptionsInput = {},
): Promise<HardenedGateway> {
  const api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true, ...apiOptions });
  const gateway = await startGateway({ port: 0, upstream: api.url, token: api.token, ...config }, { logging: false });
  return {
    api,
    gateway,
    upstreamCalls: () => api.received!.count,
    post: (body, headers = {}) =>
      exchange(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async close() {
      await gateway.close();
      await api.close();
    },
  };
}

export async function exchange(url: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  const ms = performance.now() - started;
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text, ms };
}

/** The codes of an answer's errors. */
export function codes(answer: Pick<Answer, 'body'>): unknown[] {
  return (answer.body?.errors ?? []).map((error) => error.extensions?.['code']);
}

/**
 * `tags → users(first:5) → companies → users(first:5) → …`, `levels` entities deep: the fan-out that
 * took an unguarded gateway to its heap limit (10 levels: 412 bytes).
 */
export function fanOutQuery(levels: number): string {
  let open = '';
  let close = '';
  for (let level = 1; level < levels; level++) {
    // Odd levels below the root are users (a connection), even ones companies.
    if (level % 2 === 1) {
      open += ' users(first: 5) { edges { node { id name';
      close = ' } } }' + close;
    } else {
      open += ' companies { id name';
      close = ' }' + close;
    }
  }
  return `query FanOut { tags { id name${open}${close} } }`;
}

/** `count` aliases of `users`, each with a different `first`, so no two can share a lookup. */
export function distinctAliasesQuery(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: users(first: ${(i % 150) + 1}) { totalCount }`);
  return `query ManyAliases { ${fields.join(' ')} }`;
}

/** `count` identical aliases of one large page: deduplicated upstream, but each copy is serialised. */
export function identicalAliasesQuery(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: contacts(first: 150) { ...Page }`);
  return `query SameAliases { ${fields.join(' ')} } fragment Page on ContactConnection { edges { node { id name email phone } } }`;
}
