/**
 * The benchmark harness's parts (bench/gateway): how rounds are counted, the ratio and target
 * math, the check every response under load goes through (and the load runner applying it, against
 * a tiny HTTP server on 127.0.0.1), /proc parsing and the __typename rewrite the yoga-from-memory
 * floor depends on.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parse, print } from 'graphql';
import { countRounds, criticalPathMs, roundOfEach } from '../../bench/gateway/rounds.js';
import {
  judgeColdStart,
  judgeCpu,
  judgeLatency,
  judgeNaiveCalls,
  judgeRss,
  latencyBudgetMs,
  ratio,
} from '../../bench/gateway/targets.js';
import { parseCpuTicks, parseStatusMb } from '../../bench/gateway/proc-stats.js';
import { withTypename } from '../../bench/gateway/typename.js';
import { failedInRow, formatFailureBanner, formatTable, finishRows, rowRatios, type LoadFailure, type Row } from '../../bench/gateway/report.js';
import { bucketOf, summarizeProfile } from '../../bench/gateway/profile.js';
import { boundsFor, percentile, runLoad } from '../../bench/gateway/load.js';
import { createResponseChecker, describeFailures, NO_FAILURES } from '../../bench/gateway/response-check.js';

const span = (start: number, end: number) => ({ start, end });

describe('sequential rounds', () => {
  it('counts no calls as zero rounds and one call as one', () => {
    expect(countRounds([])).toBe(0);
    expect(countRounds([span(0, 20)])).toBe(1);
  });

  it('puts overlapping calls in one round however many there are', () => {
    expect(countRounds([span(0, 20), span(1, 21), span(2, 25), span(19, 40)])).toBe(1);
  });

  it('counts a call that starts after another ended as the next round', () => {
    // tags list → one search per tag → segments of the users: three levels.
    const calls = [span(0, 20), span(21, 45), span(22, 44), span(46, 70), span(47, 66)];
    expect(roundOfEach(calls)).toEqual([1, 2, 2, 3, 3]);
    expect(countRounds(calls)).toBe(3);
  });

  it('counts a loader dispatched in a later tick only when the earlier call already came back', () => {
    // Same level, second dispatch 1 ms later while the first is in flight: still one round.
    expect(countRounds([span(0, 20), span(1, 21)])).toBe(1);
    // Second dispatch after the first answered: a waterfall, two rounds.
    expect(countRounds([span(0, 20), span(20, 40)])).toBe(2);
  });

  it('follows the longest chain, not the number of distinct start times', () => {
    // A long call overlapping a two-step chain: the chain decides.
    const calls = [span(0, 100), span(0, 10), span(11, 20), span(21, 30)];
    expect(countRounds(calls)).toBe(3);
    expect(roundOfEach(calls)).toEqual([1, 1, 2, 3]);
  });

  it('weights the critical path by how long each call took', () => {
    expect(criticalPathMs([])).toBe(0);
    expect(criticalPathMs([span(0, 100), span(0, 10), span(11, 20), span(21, 30)])).toBe(100);
    expect(criticalPathMs([span(0, 20), span(25, 45), span(26, 40)])).toBe(40);
  });
});

describe('targets and ratios', () => {
  it('refuses to divide by a missing or zero reference', () => {
    expect(ratio(10, 5)).toBe(2);
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(10, undefined)).toBeNull();
  });

  it('allows rounds × latency + 10 ms at p50', () => {
    expect(latencyBudgetMs(3, 20)).toBe(70);
    expect(judgeLatency(70, 3, 20).met).toBe(true);
    expect(judgeLatency(70.5, 3, 20).met).toBe(false);
    expect(judgeLatency(null, 3, 20).met).toBeNull();
  });

  it('allows the gateway at most twice the CPU of yoga from memory', () => {
    expect(judgeCpu(4, 2).met).toBe(true);
    expect(judgeCpu(4.01, 2).met).toBe(false);
    expect(judgeCpu(4, null).met).toBeNull();
    expect(judgeCpu(5, 2).detail).toContain('2.50×');
  });

  it('wants at least 10× fewer upstream calls than the naive gateway', () => {
    expect(judgeNaiveCalls(100, 1000).met).toBe(true);
    expect(judgeNaiveCalls(101, 1000).met).toBe(false);
    expect(judgeNaiveCalls(0, 1000).met).toBeNull();
  });

  it('judges paging memory and cold start against their limits', () => {
    expect(judgeRss(255.9).met).toBe(true);
    expect(judgeRss(256).met).toBe(false);
    expect(judgeColdStart(1000).met).toBe(true);
    expect(judgeColdStart(1001).met).toBe(false);
  });

  it('derives a row’s ratios from its figures', () => {
    const row = sampleRow();
    const ratios = rowRatios(row);
    expect(ratios.naiveCallsPerGatewayCall).toBe(25);
    expect(ratios.naiveCallsPerDedupeCall).toBe(5);
    expect(ratios.dedupeCallsPerBatchedCall).toBe(50 / 12);
    expect(ratios.noListCacheCallsPerGatewayCall).toBe(1.2);
    expect(ratios.gatewayCpuPerFloorCpu).toBe(3);
    expect(ratios.naiveCpuPerGatewayCpu).toBe(5);
    expect(ratios.gatewayReqPerSecPerFloor).toBe(0.05);
    expect(ratios.p50PerBudget).toBe(1.1);
    expect(ratios.roundsPerDepth).toBe(1);
    expect(rowRatios({ ...row, latencyMs: 0 }).p50PerBudget).toBeNull();
  });
});

describe('checking every response', () => {
  const reference = JSON.stringify({ data: { tags: [{ name: 'Chloé' }] } });
  const bytes = (text: string) => Buffer.from(text, 'utf8');

  it('passes only a 200 whose bytes equal the reference', () => {
    const check = createResponseChecker(reference);
    expect(check(200, bytes(reference))).toBe('ok');
    expect(check(500, bytes(reference))).toBe('status');
    expect(check(200, bytes(JSON.stringify({ data: { tags: [] } })))).toBe('different');
    expect(check(200, bytes('<html>busy</html>'))).toBe('different');
  });

  it('counts a 200 carrying errors as a failure, even beside partial data', () => {
    const check = createResponseChecker(reference);
    const partial = JSON.stringify({ data: { tags: null }, errors: [{ message: 'rate limited', extensions: { code: 'RATE_LIMITED' } }] });
    expect(check(200, bytes(partial))).toBe('graphql-errors');
    // Where only status and errors are checked, the same holds.
    expect(createResponseChecker(null)(200, bytes(partial))).toBe('graphql-errors');
    expect(createResponseChecker(null)(200, bytes(JSON.stringify({ data: { anything: 1 } })))).toBe('ok');
  });

  it('fails every response when the reference itself carries errors: an error answered fast is still an error', () => {
    const failing = JSON.stringify({ data: null, errors: [{ message: 'Unexpected error.' }] });
    expect(createResponseChecker(failing)(200, bytes(failing))).toBe('graphql-errors');
  });

  it('names the kinds of failure for the report', () => {
    expect(describeFailures(NO_FAILURES)).toBe('');
    expect(describeFailures({ status: 1, graphqlErrors: 3, different: 0, noResponse: 2 })).toBe('1 non-200, 3 with errors, 2 without a response');
  });
});

describe('the load runner', () => {
  /** Answers the n-th request with answers[n % answers.length], the body sent in two chunks split inside "é". */
  async function server(answers: Array<{ status: number; body: string }>) {
    let n = 0;
    const srv = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const answer = answers[n++ % answers.length]!;
        const body = bytes(answer.body);
        const split = body.indexOf(0xa9) > 0 ? body.indexOf(0xa9) : body.length; // between the two bytes of "é"
        res.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': body.length });
        res.write(body.subarray(0, split));
        setImmediate(() => res.end(body.subarray(split)));
      });
    });
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`;
    return { url, close: () => new Promise<void>((resolve) => srv.close(() => resolve())) };
  }
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  const good = JSON.stringify({ data: { tags: [{ name: 'Chloé' }] } });
  const withErrors = JSON.stringify({ data: { tags: null }, errors: [{ message: 'The upstream rate limit was exceeded' }] });

  it('checks every response, not only the first, and counts each kind of failure', async () => {
    const s = await server([
      { status: 200, body: good },
      { status: 200, body: withErrors },
      { status: 200, body: good },
      { status: 503, body: good },
      { status: 200, body: JSON.stringify({ data: { tags: [] } }) },
    ]);
    try {
      const result = await runLoad(s.url, '{}', { amount: 10, maxSeconds: 5, connections: 1 }, good);
      expect(result.requests).toBe(10);
      expect(result.failures).toEqual({ status: 2, graphqlErrors: 2, different: 2, noResponse: 0 });
      expect(result.failed).toBe(6);
      expect(result.firstFailure).toContain('rate limit');
      expect(result.p50Ms).not.toBeNull();
    } finally {
      await s.close();
    }
  });

  it('passes a clean run whose bodies arrive split inside a multi-byte character', async () => {
    const s = await server([{ status: 200, body: good }]);
    try {
      const result = await runLoad(s.url, '{}', { amount: 5, maxSeconds: 5, connections: 2 }, good);
      expect(result).toMatchObject({ requests: 5, failed: 0, firstFailure: null });
    } finally {
      await s.close();
    }
  });

  it('counts a refused connection as a request without a response', async () => {
    const s = await server([{ status: 200, body: good }]);
    await s.close();
    const result = await runLoad(s.url, '{}', { amount: 2, maxSeconds: 5, connections: 1 }, good);
    expect(result.requests).toBe(0);
    expect(result.failures.noResponse).toBe(2);
    expect(result.p50Ms).toBeNull();
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 99)).toBe(4);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('failures in the report', () => {
  it('marks the row and prints a banner naming the measurement and its first failure', () => {
    const rows = finishRows([sampleRow()]);
    const failures: LoadFailure[] = [
      { query: 'TagExplorer', latencyMs: 20, server: 'naive gateway', failed: 7, responses: 9, kinds: '7 with errors', first: 'graphql-errors: 200 {"errors":[…]}' },
      { query: 'TagExplorer', latencyMs: null, server: 'f', failed: 1, responses: 900, kinds: '1 non-200', first: null },
      { query: 'TagExplorer', latencyMs: 0, server: 'gateway', failed: 100, responses: 100, kinds: '100 with errors', first: null },
    ];
    expect(failedInRow(rows[0]!, failures)).toBe(8);
    expect(formatTable(rows, failures)).toContain('8 FAILED');
    expect(formatTable(rows, [])).not.toContain('FAILED');
    const banner = formatFailureBanner(failures);
    expect(banner).toContain('108 RESPONSES FAILED');
    expect(banner).toContain('TagExplorer at 20 ms on the naive gateway: 7 failed (7 with errors) of 9');
    expect(formatFailureBanner([])).toBe('');
  });
});

describe('load bounds', () => {
  it('keeps the configured time unless a few requests of this target would not fit in it', () => {
    const options = { amount: 1000, maxSeconds: 8, connections: 1 };
    expect(boundsFor(options, 100)).toEqual(options);
    // The naive tag explorer at 20 ms: ~3 s a request, 3 requests need 10 s.
    expect(boundsFor(options, 3000)).toEqual({ ...options, maxSeconds: 10 });
    expect(boundsFor({ ...options, maxSeconds: 1 }, 3000, 1).maxSeconds).toBe(4);
  });
});

describe('/proc parsing', () => {
  it('reads utime + stime after a command name holding spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3)); // field n holds n
    const stat = `4242 (node (x) y) ${fields.join(' ')}`;
    expect(parseCpuTicks(stat)).toBe(14 + 15);
  });

  it('reads VmHWM and VmRSS in MB', () => {
    const status = 'Name:\tnode\nVmHWM:\t  262144 kB\nVmRSS:\t  131072 kB\n';
    expect(parseStatusMb(status, 'VmHWM')).toBe(256);
    expect(parseStatusMb(status, 'VmRSS')).toBe(128);
    expect(() => parseStatusMb('Name:\tnode\n', 'VmHWM')).toThrow(/VmHWM/);
  });
});

describe('__typename for the recording', () => {
  it('adds __typename to every field with a selection set, once, and leaves leaves alone', () => {
    const out = withTypename('query Q { tags { name users(first: 2) { edges { node { __typename id } } } } }');
    expect(print(parse(out))).toBe(
      print(parse('query Q { tags { __typename name users(first: 2) { __typename edges { __typename node { __typename id } } } } }')),
    );
  });
});

describe('CPU profile summary', () => {
  it('bills a frame to its innermost package, our compiled file, a Node module or V8', () => {
    expect(bucketOf('file:///w/node_modules/graphql-yoga/node_modules/@whatwg-node/server/cjs/x.js', 'f')).toBe('@whatwg-node/server');
    expect(bucketOf('file:///w/node_modules/undici/lib/core/request.js', 'f')).toBe('undici');
    expect(bucketOf('file:///w/dist/loaders/contacts.js', 'load')).toBe('gateway loaders/contacts.js');
    expect(bucketOf('node:internal/url', 'URL')).toBe('node:internal/url');
    expect(bucketOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('sums self time per bucket, leaves idle out, and divides by requests', () => {
    const frame = (id: number, url: string, functionName: string, hitCount: number) => ({ id, callFrame: { functionName, url, lineNumber: 0 }, hitCount });
    const summary = summarizeProfile(
      {
        // 10 samples over 10 ms: 1 ms each.
        startTime: 0,
        endTime: 10_000,
        samples: Array.from({ length: 10 }, () => 1),
        nodes: [
          frame(1, '', '(idle)', 4),
          frame(2, 'file:///w/node_modules/graphql/execution/execute.js', 'executeField', 3),
          frame(3, 'file:///w/node_modules/graphql/jsutils/x.js', 'other', 1),
          frame(4, 'file:///w/dist/loaders/contacts.js', 'load', 2),
        ],
      },
      2,
    );
    expect(summary.busyMs).toBe(6);
    expect(summary.byPackage[0]).toEqual({ name: 'graphql', ms: 2, percent: (100 * 4) / 6 });
    expect(summary.byPackage[1]!.name).toBe('gateway loaders/contacts.js');
    expect(summary.byFunction.map((share) => share.name)).toContain('executeField graphql:1');
  });
});

/** A row of made-up figures: gateway 10 calls (12 without the list cache), dedupe-only 50, naive 250. */
function sampleRow(): Row {
  const load = (cpuMsPerRequest: number, reqPerSec: number, p50Ms: number) => ({
    requests: 100, failures: NO_FAILURES, failed: 0, firstFailure: null, seconds: 1, reqPerSec, p50Ms, p99Ms: p50Ms,
    cpuMsPerRequest, peakRssMb: 100, peakIsPerRun: true, warmupFailures: NO_FAILURES,
  });
  const figures = { wireRounds: 3, upstreamCriticalMs: 60, inProcessMs: 70, firstCalls: 12, firstRounds: 4 };
  return {
    query: 'TagExplorer',
    latencyMs: 20,
    depth: 3,
    depthNote: '',
    gateway: { calls: 10, rounds: 3, ...figures, load: load(6, 50, 77) },
    dedupe: { calls: 50, rounds: 3, ...figures, load: load(20, 8, 300) },
    naive: { calls: 250, rounds: 3, ...figures, load: load(30, 5, 500) },
    noListCache: { calls: 12, rounds: 4 },
    floor: load(1, 1000, 1),
    floorPaced: load(2, 50, 1),
    scaling: null,
  };
}
