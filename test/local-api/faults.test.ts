import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import type { LocalApiOptionsInput } from '../../src/local-api/options.js';
import { FaultInjector } from '../../src/local-api/http/faults.js';

type Outcome =
  | { kind: 'answer'; status: number; body: unknown; headers: http.IncomingHttpHeaders }
  | { kind: 'malformed'; status: number; text: string }
  | { kind: 'truncated'; status: number; received: number; promised: number }
  | { kind: 'reset'; error: string };

/**
 * One GET over a fresh connection (no keep-alive, no retries), classified by what the client saw:
 * a JSON answer, a body that is not JSON, a body cut short of its Content-Length, or no response.
 */
function call(api: LocalApi, path = '/tags'): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.get(
      `${api.url}${path}`,
      { agent: false, headers: { accept: 'application/json', authorization: 'Bearer t' } },
      (res) => {
        const chunks: Buffer[] = [];
        const promised = Number(res.headers['content-length']);
        const truncated = () => {
          const received = Buffer.concat(chunks).length;
          resolve({ kind: 'truncated', status: res.statusCode!, received, promised });
        };
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('aborted', truncated);
        res.on('error', truncated);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (text.length < promised) return truncated();
          try {
            resolve({ kind: 'answer', status: res.statusCode!, body: JSON.parse(text), headers: res.headers });
          } catch {
            resolve({ kind: 'malformed', status: res.statusCode!, text });
          }
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ kind: 'reset', error: error.code ?? error.message }));
  });
}

let api: LocalApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});
const start = async (faults: NonNullable<LocalApiOptionsInput['faults']>) => {
  api = await startLocalApi({ port: 0, seed: 'demo', tokens: ['t'], faults });
  return api;
};

describe('fault injection over real HTTP', () => {
  it('answers normally when the fault rate is 0', async () => {
    const service = await start({ rate: 0, kinds: ['5xx', 'reset'] });
    for (let i = 0; i < 5; i += 1) expect(await call(service)).toMatchObject({ kind: 'answer', status: 200 });
  });

  it('5xx: a 503 in the error.list envelope', async () => {
    const outcome = await call(await start({ rate: 1, kinds: ['5xx'] }));
    expect(outcome).toMatchObject({ kind: 'answer', status: 503, body: { type: 'error.list', errors: [{ code: expect.any(String) }] } });
  });

  it('429: rate_limit_exceeded in the error.list envelope', async () => {
    const outcome = await call(await start({ rate: 1, kinds: ['429'] }));
    expect(outcome).toMatchObject({ kind: 'answer', status: 429, body: { type: 'error.list', errors: [{ code: 'rate_limit_exceeded' }] } });
    // Like a real 429, it says the allowance is spent and when the window resets.
    if (outcome.kind !== 'answer') return;
    expect(outcome.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(outcome.headers['x-ratelimit-limit'])).toBeGreaterThan(0);
    const reset = Number(outcome.headers['x-ratelimit-reset']);
    expect(reset % 10).toBe(0);
    expect(reset * 1000).toBeGreaterThan(Date.now() - 1000);
  });

  it('reset: the connection is closed with no response', async () => {
    const outcome = await call(await start({ rate: 1, kinds: ['reset'] }));
    expect(outcome.kind).toBe('reset');
  });

  it('truncated: headers promise a body that stops half-way', async () => {
    const outcome = await call(await start({ rate: 1, kinds: ['truncated'] }));
    expect(outcome.kind).toBe('truncated');
    if (outcome.kind !== 'truncated') return;
    expect(outcome.status).toBe(200);
    expect(outcome.received).toBeLessThan(outcome.promised);
  });

  it('malformed: a complete body that is not JSON', async () => {
    const outcome = await call(await start({ rate: 1, kinds: ['malformed'] }));
    expect(outcome).toMatchObject({ kind: 'malformed', status: 200 });
    if (outcome.kind === 'malformed') expect(outcome.text.startsWith('{"type":"tag.list"')).toBe(true);
  });

  it('shape: 200 with valid JSON that is neither the resource, a list nor an error.list', async () => {
    const outcome = await call(await start({ rate: 1, kinds: ['shape'] }));
    expect(outcome).toMatchObject({ kind: 'answer', status: 200 });
    if (outcome.kind !== 'answer') return;
    const body = outcome.body as Record<string, unknown>;
    expect(body['type']).toBe('injected.wrong_shape');
    for (const key of ['tags', 'data', 'errors', 'id']) expect(body).not.toHaveProperty(key);
  });

  it('latency: every answer waits at least the added milliseconds and is otherwise normal', async () => {
    const service = await start({ latencyMs: 150, rate: 0 });
    const started = performance.now();
    const outcome = await call(service);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(outcome).toMatchObject({ kind: 'answer', status: 200, body: { type: 'tag.list' } });
  });

  it('injects a fraction of faults, the same sequence again for the same seed', async () => {
    const run = async (seed: number) => {
      const service = await start({ rate: 0.5, kinds: ['5xx', '429', 'reset', 'truncated', 'malformed'], seed });
      const kinds: string[] = [];
      // Sequential, so the n-th request to arrive is the n-th one sent.
      for (let i = 0; i < 40; i += 1) {
        const outcome = await call(service);
        kinds.push(outcome.kind === 'answer' ? String(outcome.status) : outcome.kind);
      }
      await service.close();
      api = undefined;
      return kinds;
    };
    const kinds = ['5xx', '429', 'reset', 'truncated', 'malformed'] as const;
    const first = await run(1);
    expect(await run(1)).toEqual(first);
    expect(await run(2)).not.toEqual(first);
    // What the client saw is exactly the injector's plan for seed 1, request by request.
    const injector = new FaultInjector({ latencyMs: 0, rate: 0.5, kinds: [...kinds], seed: 1 });
    const seen = { '5xx': '503', '429': '429', reset: 'reset', truncated: 'truncated', malformed: 'malformed' } as const;
    expect(first).toEqual(first.map(() => {
      const fault = injector.plan().fault;
      return fault === null ? '200' : seen[fault as keyof typeof seen];
    }));
    const faults = first.filter((k) => k !== '200').length;
    expect(faults).toBeGreaterThan(8);
    expect(faults).toBeLessThan(32);
    expect(new Set(first)).toEqual(new Set(['200', ...Object.values(seen)]));
  });
});
