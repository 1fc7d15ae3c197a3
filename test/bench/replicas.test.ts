/**
 * The replicas benchmark's parts (bench/replicas): how requests are spread over replicas and
 * queries, the mixed load runner judging every response (against tiny HTTP servers on 127.0.0.1),
 * its flags, and the company entity cache section's targets.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { assignmentOf, runMixedLoad } from '../../bench/replicas/mixed-load.js';
import { parseReplicaFlags } from '../../bench/replicas/flags.js';
import { perRequest } from '../../bench/replicas/report.js';
import {
  CPU_BEFORE_ENTITY_CACHE_MS,
  ENTITY_CACHE_CPU_FRACTION,
  ENTITY_CACHE_MAX_CALLS,
  judgeEntityCacheCalls,
  judgeEntityCacheCpu,
  judgeEntityCacheCpuAgainstBefore,
} from '../../bench/gateway/targets.js';
import { recordUrlOf } from '../../bench/gateway/upstream-count.js';

describe('round-robin over replicas and queries', () => {
  it('visits every replica with one query before moving to the next query', () => {
    const first = Array.from({ length: 6 }, (_, n) => assignmentOf(n, 3, 7));
    expect(first).toEqual([
      { replica: 0, query: 0 },
      { replica: 1, query: 0 },
      { replica: 2, query: 0 },
      { replica: 0, query: 1 },
      { replica: 1, query: 1 },
      { replica: 2, query: 1 },
    ]);
  });

  it('gives every replica every query equally often, even when the counts share a factor', () => {
    // 2 replicas, 4 queries: n mod 2 / n mod 4 would send queries 1 and 3 only to replica 1.
    const seen = new Map<string, number>();
    for (let n = 0; n < 2 * 4 * 5; n++) {
      const { replica, query } = assignmentOf(n, 2, 4);
      seen.set(`${replica}/${query}`, (seen.get(`${replica}/${query}`) ?? 0) + 1);
    }
    expect(seen.size).toBe(8);
    expect(new Set(seen.values())).toEqual(new Set([5]));
  });

  it('refuses what cannot be spread', () => {
    expect(() => assignmentOf(-1, 2, 2)).toThrow(/whole number/);
    expect(() => assignmentOf(0, 0, 2)).toThrow(/at least one replica and one query, got 0 and 2/);
    expect(() => assignmentOf(0, 2, 0)).toThrow(/at least one replica and one query, got 2 and 0/);
  });
});

/** A server answering every request with `body` (after `delayMs`); counts what it received. */
async function server(status: number, body: string, delayMs = 0): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const s = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(body), delayMs);
    });
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`,
    received: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      }),
  };
}

describe('the mixed load', () => {
  const good = '{"data":{"ok":true}}';

  it('spreads requests evenly and passes answers equal to the reference', async () => {
    const a = await server(200, good);
    const b = await server(200, good);
    try {
      const result = await runMixedLoad([a.url, b.url], [{ name: 'Q', body: '{}', expected: good }], { clients: 3, maxSeconds: 5, maxRequests: 20 });
      expect(result).toMatchObject({ requests: 20, failed: 0, firstFailure: null, perReplica: [10, 10] });
      expect(result.perQuery['Q']!.requests).toBe(20);
      expect(a.received() + b.received()).toBe(20);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('fails a replica that answers differently, with errors or not 200, and names it', async () => {
    const a = await server(200, good);
    const wrong = await server(200, '{"data":{"ok":false}}');
    const errors = await server(200, '{"errors":[{"message":"RATE_LIMITED"}]}');
    const down = await server(503, good);
    try {
      const result = await runMixedLoad([a.url, wrong.url, errors.url, down.url], [{ name: 'Q', body: '{}', expected: good }], { clients: 2, maxSeconds: 5, maxRequests: 8 });
      expect(result.requests).toBe(8);
      expect(result.failures).toEqual({ status: 2, graphqlErrors: 2, different: 2, noResponse: 0 });
      expect(result.failed).toBe(6);
      expect(result.firstFailure).toMatch(/on replica [234]/);
    } finally {
      await Promise.all([a.close(), wrong.close(), errors.close(), down.close()]);
    }
  });
});

describe('the mixed load at its time bound', () => {
  const good = '{"data":{"ok":true}}';

  it('starts nothing after the bound but waits for the requests in flight, so none is cut off', async () => {
    const slow = await server(200, good, 300);
    try {
      const result = await runMixedLoad([slow.url], [{ name: 'Q', body: '{}', expected: good }], { clients: 2, maxSeconds: 0.1, maxRequests: 100 });
      // One replica, one query: every request ends a cycle, so the two in flight are the last.
      expect(result).toMatchObject({ requests: 2, failed: 0, abandoned: 0 });
      expect(slow.received()).toBe(2);
    } finally {
      await slow.close();
    }
  });

  it('finishes the cycle it is in, so every query is asked of every replica equally often', async () => {
    const a = await server(200, good, 20);
    const b = await server(200, good, 20);
    try {
      const queries = ['Q1', 'Q2', 'Q3'].map((name) => ({ name, body: '{}', expected: good }));
      const result = await runMixedLoad([a.url, b.url], queries, { clients: 5, maxSeconds: 0.05, maxRequests: 1_000 });
      expect(result.failed).toBe(0);
      expect(result.requests % 6).toBe(0);
      expect(result.requests).toBeGreaterThan(0);
      expect(new Set(Object.values(result.perQuery).map((q) => q.requests)).size).toBe(1);
      expect(result.perReplica[0]).toBe(result.perReplica[1]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('abandons what is still unanswered after the drain time, counting it neither as answer nor failure', async () => {
    const stuck = await server(200, good, 2_000);
    try {
      const result = await runMixedLoad([stuck.url], [{ name: 'Q', body: '{}', expected: good }], { clients: 2, maxSeconds: 0.1, maxRequests: 100, drainSeconds: 0.1 });
      expect(result).toMatchObject({ requests: 0, failed: 0, abandoned: 2, p50Ms: null });
    } finally {
      await stuck.close();
    }
  });
});

describe('bench:replicas flags', () => {
  it('runs 1, 2, 3 replicas for 20 s with 8 clients at 20 ms by default; --quick shortens', () => {
    expect(parseReplicaFlags([])).toMatchObject({ kind: 'run', settings: { replicas: [1, 2, 3], seconds: 20, clients: 8, latencyMs: 20, contacts: 10_000 } });
    expect(parseReplicaFlags(['--quick'])).toMatchObject({ kind: 'run', settings: { quick: true, seconds: 3, contacts: 3_000 } });
    expect(parseReplicaFlags(['--replicas', '3,1', '--seconds', '5', '--latency-ms', '0'])).toMatchObject({ kind: 'run', settings: { replicas: [3, 1], seconds: 5, latencyMs: 0 } });
    expect(parseReplicaFlags(['-h'])).toEqual({ kind: 'help' });
  });

  it('refuses values out of bounds, not numbers, and unknown flags, naming the flag', () => {
    for (const [args, flag] of [
      [['--replicas', '0'], '--replicas'],
      [['--replicas', '1,,2'], '--replicas'],
      [['--replicas', '9'], '--replicas'],
      [['--seconds', '601'], '--seconds'],
      [['--clients', '2.5'], '--clients'],
      [['--latency-ms', '-1'], '--latency-ms'],
      [['--contacts', '1e6'], '--contacts'],
      [['--replica', '2'], '--replica'],
    ] as const) {
      const parsed = parseReplicaFlags(args);
      expect(parsed.kind, args.join(' ')).toBe('error');
      expect(parsed.kind === 'error' && parsed.message).toContain(flag);
    }
  });
});

describe('figures per request and the entity cache targets', () => {
  it('has no figure per request without requests', () => {
    expect(perRequest(500, 0)).toBeNull();
    expect(perRequest(500, 20)).toBe(25);
  });

  it('meets the call target at 60 calls and misses it above', () => {
    expect(judgeEntityCacheCalls(ENTITY_CACHE_MAX_CALLS, 336).met).toBe(true);
    expect(judgeEntityCacheCalls(60.5, 336)).toMatchObject({ met: false, detail: expect.stringContaining('336') });
    expect(judgeEntityCacheCalls(null, 336).met).toBeNull();
  });

  it('meets the CPU target at a third of the cache-less CPU and misses it above', () => {
    expect(judgeEntityCacheCpu(60 * ENTITY_CACHE_CPU_FRACTION, 60).met).toBe(true);
    expect(judgeEntityCacheCpu(21, 60).met).toBe(false);
    // Nothing to compare with: no verdict rather than "infinitely good".
    expect(judgeEntityCacheCpu(20, 0).met).toBeNull();
    expect(judgeEntityCacheCpu(20, null).met).toBeNull();
  });

  it('also judges the CPU with the cache against a third of the CPU recorded before the cache', () => {
    expect(judgeEntityCacheCpuAgainstBefore(CPU_BEFORE_ENTITY_CACHE_MS / 3).met).toBe(true);
    expect(judgeEntityCacheCpuAgainstBefore(CPU_BEFORE_ENTITY_CACHE_MS / 3 + 0.5)).toMatchObject({ met: false, detail: expect.stringContaining('> 50.0 ms') });
    expect(judgeEntityCacheCpuAgainstBefore(null).met).toBeNull();
  });

  it('reads the counting local API record port from its announcement', () => {
    expect(recordUrlOf('counting-local-api listening on http://127.0.0.1:4010 record http://127.0.0.1:4011')).toBe('http://127.0.0.1:4011');
    expect(() => recordUrlOf('local-api listening on http://127.0.0.1:4010 ')).toThrow(/no record port/);
  });
});
