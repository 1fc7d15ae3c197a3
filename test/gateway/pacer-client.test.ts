/**
 * The pacer under the Intercom client, over real HTTP to a local API that allows 10 calls per
 * 10-second window per token (`rateLimit: 60`): a spent window refuses a call whose deadline comes
 * before the reset with RATE_LIMITED and retryAfter — without sending it, read or write — while a
 * call allowed to wait goes out after the reset; each token has its own budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallScope, createIntercomClient, UpstreamPacer, type IntercomClient } from '../../src/intercom/client.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { isUpstreamError, type UpstreamError } from '../../src/intercom/errors.js';
import { statusCounts } from './paced-load.js';

let api: LocalApi;
let pacer: UpstreamPacer;
let clientA: IntercomClient;
let clientB: IntercomClient;

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true, rateLimit: 60, tokens: ['token-a', 'token-b'] });
  pacer = new UpstreamPacer();
  clientA = createIntercomClient({ baseUrl: api.url, token: 'token-a', pacer });
  clientB = createIntercomClient({ baseUrl: api.url, token: 'token-b', pacer });
});

afterAll(async () => {
  pacer?.close();
  await Promise.all([clientA?.close(), clientB?.close()]);
  await api?.close();
});

/** The client bound to a request that must answer within `ms`. */
const within = (client: IntercomClient, ms: number) => client.withScope(new CallScope({ deadline: Date.now() + ms }));

/**
 * The local API's windows are the wall clock's 10-second slots: start a case in the first half of
 * one, so the window cannot reset between spending it and checking what a spent window does.
 */
async function earlyInWindow(): Promise<void> {
  const into = Date.now() % 10_000;
  if (into > 4_000) await new Promise((resolve) => setTimeout(resolve, 10_000 - into + 300));
}

async function refusal(call: Promise<unknown>): Promise<UpstreamError> {
  try {
    await call;
  } catch (error) {
    if (isUpstreamError(error)) return error;
    throw error;
  }
  throw new Error('the call was not refused');
}

describe('the pacer under the client', () => {
  it('refuses unsent what cannot wait for the reset, lets through what can, and keeps tokens apart', async () => {
    await earlyInWindow();
    // Spend token A's window with calls that cannot wait: the first refusal ends it.
    let refused: UpstreamError | undefined;
    for (let i = 0; i < 30 && !refused; i++) {
      try {
        await within(clientA, 50).listTags();
      } catch (error) {
        if (!isUpstreamError(error)) throw error;
        refused = error;
      }
    }
    expect(refused?.code).toBe('RATE_LIMITED');
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(11);

    const mark = api.received!.count;
    const write = await refusal(within(clientA, 50).tagRequest({ name: 'paced-write' }));
    expect(write.code).toBe('RATE_LIMITED');
    expect(api.received!.since(mark)).toEqual([]);

    // Token B's budget is its own: as a second client, and as a passthrough caller's token on client A.
    await expect(within(clientB, 50).listTags()).resolves.toMatchObject({ type: 'list' });
    const passthrough = clientA.withScope(new CallScope({ token: 'token-b', deadline: Date.now() + 50 }));
    await expect(passthrough.listTags()).resolves.toMatchObject({ type: 'list' });

    // A read that may wait goes out once the window resets.
    const before = api.received!.count;
    await expect(within(clientA, 15_000).listTags()).resolves.toMatchObject({ type: 'list' });
    expect(api.received!.since(before).filter((entry) => entry.headers.authorization === 'Bearer token-a')).toHaveLength(1);

    expect(statusCounts(api.received!.all())[429] ?? 0).toBe(0);
  }, 30_000);

  it('gives up the wait when the request goes away, sending nothing', async () => {
    await earlyInWindow();
    // Spend the window again (the test above may have left it half full).
    for (let i = 0; i < 30; i++) {
      const outcome = await within(clientA, 50).listTags().then(() => 'sent', (error: unknown) => (isUpstreamError(error) ? error.code : 'other'));
      if (outcome !== 'sent') break;
    }
    const mark = api.received!.count;
    const controller = new AbortController();
    const pending = clientA.withScope(new CallScope({ signal: controller.signal, deadline: Date.now() + 15_000 })).listTags();
    setTimeout(() => controller.abort(), 100);
    const error = await refusal(pending);
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(api.received!.since(mark)).toEqual([]);
  }, 30_000);
});
