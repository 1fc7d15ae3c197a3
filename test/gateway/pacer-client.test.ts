/**
 * The pacer under the Intercom client, over real HTTP to a local API that allows 10 calls per
 * 2-second window per token (`rateLimit: 300`, `rateWindowSeconds: 2`; the pacer told the same
 * window length): a spent window refuses a call whose deadline comes before the reset with
 * RATE_LIMITED and retryAfter — without sending it, read or write — while a call allowed to wait
 * goes out after the reset; each token has its own budget.
 *
 * The local API and the pacer share one injected clock. A case stops it just after a window starts,
 * so spending the window and checking what a spent window does happen at one instant however busy
 * the machine is; the wait for a reset is real (the pacer's timer) but 2 s, with the clock running
 * on from where it stood.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CallScope, createIntercomClient, UpstreamPacer, type IntercomClient } from '../../src/intercom/client.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { isUpstreamError, type UpstreamError } from '../../src/intercom/errors.js';
import { statusCounts } from './paced-load.js';

const WINDOW_SECONDS = 2;
const WINDOW_MS = WINDOW_SECONDS * 1000;
const PER_WINDOW = 10;

/** The clock the local API and the pacer share: the real one moved forward by `skipped`, or stopped at `stoppedAt`. */
let skipped = 0;
let stoppedAt: number | undefined;
const clock = () => stoppedAt ?? Date.now() + skipped;

let api: LocalApi;
let pacer: UpstreamPacer;
let clientA: IntercomClient;
let clientB: IntercomClient;

beforeAll(async () => {
  api = await startLocalApi({
    port: 0,
    seed: 'demo',
    recordRequests: true,
    rateLimit: (PER_WINDOW * 60) / WINDOW_SECONDS,
    rateWindowSeconds: WINDOW_SECONDS,
    tokens: ['token-a', 'token-b'],
    clock,
  });
  pacer = new UpstreamPacer({ windowMs: WINDOW_MS, now: clock });
  clientA = createIntercomClient({ baseUrl: api.url, token: 'token-a', pacer });
  clientB = createIntercomClient({ baseUrl: api.url, token: 'token-b', pacer });
});

afterAll(async () => {
  pacer?.close();
  await Promise.all([clientA?.close(), clientB?.close()]);
  await api?.close();
});

/** The client bound to a request that must answer within `ms` (on the shared clock). */
const within = (client: IntercomClient, ms: number) => client.withScope(new CallScope({ deadline: clock() + ms }));

/** Stops the shared clock 20 ms into the next window: no window resets until `runClock`. */
function stopEarlyInNextWindow(): void {
  const now = clock();
  stoppedAt = now - (now % WINDOW_MS) + WINDOW_MS + 20;
}

/** Lets the shared clock run on in real time from where it stood. */
function runClock(): void {
  if (stoppedAt === undefined) return;
  skipped = stoppedAt - Date.now();
  stoppedAt = undefined;
}

afterEach(runClock);

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
    stopEarlyInNextWindow();
    // Spend token A's window with calls that cannot wait: the first refusal ends it.
    let refused: UpstreamError | undefined;
    let sent = 0;
    for (let i = 0; i < 30 && !refused; i++) {
      try {
        await within(clientA, 50).listTags();
        sent++;
      } catch (error) {
        if (!isUpstreamError(error)) throw error;
        refused = error;
      }
    }
    expect(sent).toBe(PER_WINDOW);
    expect(refused?.code).toBe('RATE_LIMITED');
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(WINDOW_SECONDS + 1);

    const mark = api.received!.count;
    const write = await refusal(within(clientA, 50).tagRequest({ name: 'paced-write' }));
    expect(write.code).toBe('RATE_LIMITED');
    expect(api.received!.since(mark)).toEqual([]);

    // Token B's budget is its own: as a second client, and as a passthrough caller's token on client A.
    await expect(within(clientB, 50).listTags()).resolves.toMatchObject({ type: 'list' });
    const passthrough = clientA.withScope(new CallScope({ token: 'token-b', deadline: clock() + 50 }));
    await expect(passthrough.listTags()).resolves.toMatchObject({ type: 'list' });

    // A read that may wait goes out once the window resets.
    runClock();
    const before = api.received!.count;
    await expect(within(clientA, 3 * WINDOW_MS).listTags()).resolves.toMatchObject({ type: 'list' });
    expect(api.received!.since(before).filter((entry) => entry.headers.authorization === 'Bearer token-a')).toHaveLength(1);

    expect(statusCounts(api.received!.all())[429] ?? 0).toBe(0);
  });

  it('gives up the wait when the request goes away, sending nothing', async () => {
    stopEarlyInNextWindow();
    // Spend the fresh window.
    let outcome = 'sent';
    for (let i = 0; i < 30 && outcome === 'sent'; i++) {
      outcome = await within(clientA, 50).listTags().then(() => 'sent', (error: unknown) => (isUpstreamError(error) ? error.code : 'other'));
    }
    expect(outcome).toBe('RATE_LIMITED');
    const mark = api.received!.count;
    const controller = new AbortController();
    const pending = clientA.withScope(new CallScope({ signal: controller.signal, deadline: clock() + 3 * WINDOW_MS })).listTags();
    setTimeout(() => controller.abort(), 100);
    const error = await refusal(pending);
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(api.received!.since(mark)).toEqual([]);
  });
});
