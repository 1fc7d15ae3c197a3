/**
 * What the auth and production-mode tests share: a local API that records every request it receives
 * (so "no upstream call" is counted at the upstream's side), a real gateway from `startGateway` on
 * 127.0.0.1 in front of it, and `send`, which POSTs (or GETs) over HTTP and times the answer.
 */
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import type { GatewayConfigInput } from '../../src/gateway/config.js';
import { startLocalApi, type LocalApi, type ReceivedRequests } from '../../src/local-api/index.js';
import { exchange } from './hardening-harness.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  /** Milliseconds from sending to the whole body read. */
  ms: number;
}

export interface AuthHarness {
  api: LocalApi;
  received: ReceivedRequests;
  gateway: RunningGateway;
  /** Reports the gateway logged (keys file reloads). */
  logs: string[];
  send(body: unknown, headers?: Record<string, string>): Promise<Answer>;
  get(path: string, headers?: Record<string, string>): Promise<Answer & { text: string }>;
  close(): Promise<void>;
}

export async function startAuthHarness(config: GatewayConfigInput, api?: LocalApi): Promise<AuthHarness> {
  const ownApi = api ?? (await startLocalApi({ port: 0, seed: 'demo', recordRequests: true }));
  const logs: string[] = [];
  const gateway = await startGateway(
    { upstream: ownApi.url, token: ownApi.token, host: '127.0.0.1', port: 0, ...config },
    { logging: false, log: (message) => logs.push(message) },
  );
  return {
    api: ownApi,
    received: ownApi.received!,
    gateway,
    logs,
    async send(body, headers = {}) {
      const started = performance.now();
      const response = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: JSON.parse(text) as Answer['body'], ms: performance.now() - started };
    },
    async get(path, headers = {}) {
      const answer = await exchange(`${gateway.url}${path}`, { headers });
      // GraphiQL's HTML is no JSON: an empty body, the page in `text`.
      return { ...answer, body: (answer.body ?? {}) as Answer['body'] };
    },
    async close() {
      await gateway.close();
      if (!api) await ownApi.close();
    },
  };
}

export const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });

/** The codes of an answer's errors. */
export { codes } from './hardening-harness.js';
