/**
 * A request's deadline and its client's departure both stop its upstream calls: the abort signal
 * reaches every call of the request's call scope. Shown at the upstream's side — the local API counts
 * what it receives — against an upstream slowed to 150 ms per answer, under a query that needs four
 * rounds of upstream calls one after another (tags → users → companies → users).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { codes, exchange } from './hardening-harness.js';

const LATENCY_MS = 150;
const ROUNDS_QUERY = `{
  tags { name users(first: 5) { edges { node { name companies { name users(first: 5) { edges { node { name } } } } } } } }
}`;

describe('request deadline and client departure', () => {
  let api: LocalApi;
  const gateways: RunningGateway[] = [];
  /** Upstream calls the query makes when nothing stops it. */
  let fullCalls: number;

  const gateway = async (requestTimeoutMs?: number) => {
    const running = await startGateway({ port: 0, upstream: api.url, token: api.token, requestTimeoutMs }, { logging: false });
    gateways.push(running);
    return running;
  };
  const body = JSON.stringify({ query: ROUNDS_QUERY });
  const headers = { 'content-type': 'application/json', accept: 'application/json' };

  /** Waits until the upstream has received nothing new for `quietMs`, then returns the count. */
  async function settledCount(quietMs = 4 * LATENCY_MS): Promise<number> {
    let count = api.received!.count;
    for (;;) {
      await sleep(quietMs);
      if (api.received!.count === count) return count;
      count = api.received!.count;
    }
  }

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true, faults: { latencyMs: LATENCY_MS } });
    const unhurried = await gateway();
    const before = api.received!.count;
    const answer = await exchange(unhurried.graphqlUrl, { method: 'POST', headers, body });
    expect(codes(answer)).toEqual([]);
    fullCalls = api.received!.count - before;
  });
  afterAll(async () => {
    for (const running of gateways) await running.close();
    await api?.close();
  });

  it('needs several rounds of upstream calls when nothing stops it', () => {
    expect(fullCalls).toBeGreaterThanOrEqual(4);
  });

  it('stops calling the upstream at the deadline and says REQUEST_TIMEOUT', async () => {
    const hurried = await gateway(LATENCY_MS * 2);
    const before = api.received!.count;
    const answer = await exchange(hurried.graphqlUrl, { method: 'POST', headers, body });
    expect(answer.status).toBe(200);
    expect(codes(answer)).toContain('REQUEST_TIMEOUT');
    // The answer comes soon after the deadline, not after every round.
    expect(answer.ms).toBeLessThan(LATENCY_MS * 2 + 1_000);
    const made = (await settledCount()) - before;
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(fullCalls);
  });

  it('stops calling the upstream when the client goes away', async () => {
    const running = await gateway();
    const before = api.received!.count;
    const controller = new AbortController();
    const request = fetch(running.graphqlUrl, { method: 'POST', headers, body, signal: controller.signal });
    await sleep(LATENCY_MS * 2);
    controller.abort();
    await expect(request).rejects.toThrow();
    const made = (await settledCount()) - before;
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(fullCalls);
  });
});
