import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

// 60 a minute is 10 per 10-second window, small enough to exhaust in a test.
const PER_MINUTE = 60;
const PER_WINDOW = 10;

// The service's clock, moved by the tests: windows are 10-second slices of it.
const WINDOW_START = Date.UTC(2030, 0, 1, 12, 0, 0);
let clock = WINDOW_START;

let api: LocalApi;
beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'none', tokens: ['alpha', 'beta', 'gamma'], rateLimit: PER_MINUTE, clock: () => clock });
});
// Each test starts 1 s into a fresh window, so no burst straddles two.
let window = 0;
beforeEach(() => {
  window += 1;
  clock = WINDOW_START + window * 10_000 + 1_000;
});
afterAll(() => api.close());

const get = (authorization: string) =>
  fetch(`${api.url}/tags`, { headers: { accept: 'application/json', authorization } });
const bearer = (token: string) => `Bearer ${token}`;
const limits = (res: Response) => ({
  limit: Number(res.headers.get('x-ratelimit-limit')),
  remaining: Number(res.headers.get('x-ratelimit-remaining')),
  reset: Number(res.headers.get('x-ratelimit-reset')),
});

describe('rate limit: a per-token budget in 10-second windows', () => {
  it('counts down X-RateLimit-Remaining, then answers 429 rate_limit_exceeded with the headers', async () => {
    const seen: ReturnType<typeof limits>[] = [];
    for (let i = 0; i < PER_WINDOW; i += 1) {
      const res = await get(bearer('alpha'));
      expect(res.status).toBe(200);
      seen.push(limits(res));
    }
    expect(seen.map((s) => s.remaining)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(new Set(seen.map((s) => s.limit))).toEqual(new Set([PER_WINDOW]));
    const reset = seen[0]!.reset;
    expect(reset % 10).toBe(0);
    expect(reset * 1000).toBe(clock - 1_000 + 10_000);
    expect(seen.every((s) => s.reset === reset)).toBe(true);

    const over = await get(bearer('alpha'));
    expect(over.status).toBe(429);
    expect(limits(over)).toEqual({ limit: PER_WINDOW, remaining: 0, reset });
    expect(await over.json()).toMatchObject({
      type: 'error.list',
      errors: [{ code: 'rate_limit_exceeded', message: `Exceeded rate limit of ${PER_WINDOW} in 10_seconds` }],
    });

    // The same token sent as HTTP Basic shares the budget; a different token has its own.
    expect((await get(`Basic ${Buffer.from('alpha:').toString('base64')}`)).status).toBe(429);
    const other = await get(bearer('beta'));
    expect(other.status).toBe(200);
    expect(limits(other)).toMatchObject({ limit: PER_WINDOW, remaining: PER_WINDOW - 1 });

    // An unknown token is refused before it can spend anyone's budget.
    expect((await get(bearer('intruder'))).status).toBe(401);
    expect(limits(await get(bearer('beta'))).remaining).toBe(PER_WINDOW - 2);

    // Late in the window, the budget is still spent; the next window brings a fresh allowance.
    clock = reset * 1000 - 1;
    expect((await get(bearer('alpha'))).status).toBe(429);
    clock = reset * 1000;
    const fresh = await get(bearer('alpha'));
    expect(fresh.status).toBe(200);
    expect(limits(fresh)).toEqual({ limit: PER_WINDOW, remaining: PER_WINDOW - 1, reset: reset + 10 });
  });

  it('limits concurrent bursts exactly: of 25 parallel requests, 10 pass', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => get(bearer('gamma'))));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PER_WINDOW);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - PER_WINDOW);
    const remaining = results.filter((r) => r.status === 200).map((r) => limits(r).remaining).sort((a, b) => a - b);
    expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('rate limit: a shorter window (rateWindowSeconds)', () => {
  // 300 a minute in 2-second windows is 10 per window: the per-minute budget's share 2/60.
  const START = Date.UTC(2030, 0, 1, 12, 0, 0) + 500;
  let now = START;
  let short: LocalApi;
  beforeAll(async () => {
    short = await startLocalApi({ port: 0, seed: 'none', tokens: ['delta'], rateLimit: 300, rateWindowSeconds: 2, clock: () => now });
  });
  afterAll(() => short?.close());

  const getShort = () => fetch(`${short.url}/tags`, { headers: { accept: 'application/json', authorization: 'Bearer delta' } });

  it('allows its share of the budget per window, reports its reset on the window grid, and says its length', async () => {
    for (let i = 0; i < 10; i += 1) expect((await getShort()).status).toBe(200);
    const over = await getShort();
    expect(over.status).toBe(429);
    const reset = limits(over).reset;
    expect(limits(over)).toEqual({ limit: 10, remaining: 0, reset: (START - 500) / 1000 + 2 });
    expect(await over.json()).toMatchObject({ errors: [{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 10 in 2_seconds' }] });

    now = reset * 1000 - 1;
    expect((await getShort()).status).toBe(429);
    now = reset * 1000;
    const fresh = await getShort();
    expect(fresh.status).toBe(200);
    expect(limits(fresh)).toEqual({ limit: 10, remaining: 9, reset: reset + 2 });
  });
});
