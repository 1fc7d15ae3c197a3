/**
 * Where the compiled gateway's CPU goes on one query: the gateway child runs with V8's `--cpu-prof`
 * under the same bounded load, and the profile's self time is summed per package (graphql, yoga,
 * undici …), per gateway source file, and per function. Answers "what limits the CPU figure".
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledGateway, startChild } from './children.js';
import { runLoad, type LoadOptions } from './load.js';
import { BENCH_TOKEN } from './upstream.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface ProfileShare {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  requests: number;
  /** Responses that were not a 200 without `errors`: a profile of failing requests profiles the failure. */
  failed?: number;
  busyMs: number;
  byPackage: ProfileShare[];
  byFunction: ProfileShare[];
}

/** Which bucket a frame's self time goes to: a package, a gateway source file, a Node module, or V8. */
export function bucketOf(url: string, functionName: string): string {
  if (url === '') return functionName || '(anonymous)';
  const packagePath = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packagePath) {
    // The last node_modules segment is the package that owns the code.
    const all = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
    return all[all.length - 1]![1]!;
  }
  const ours = /\/dist\/(.+)$/.exec(url);
  if (ours) return `gateway ${ours[1]}`;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '');
}

export function summarizeProfile(profile: CpuProfile, requests: number, top = 12): ProfileSummary {
  const intervalMs = profile.samples.length > 0 ? (profile.endTime - profile.startTime) / 1000 / profile.samples.length : 0;
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || !node.hitCount) continue;
    const ms = node.hitCount * intervalMs;
    busy += ms;
    const bucket = bucketOf(url, functionName);
    packages.set(bucket, (packages.get(bucket) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${bucket}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const shares = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: requests > 0 ? ms / requests : ms, percent: busy > 0 ? (100 * ms) / busy : 0 }));
  return { requests, busyMs: busy, byPackage: shares(packages), byFunction: shares(functions) };
}

/** Loads `body` on a profiled gateway child and summarizes its profile (ms are per request). */
export async function profileGateway(upstreamUrl: string, body: string, load: LoadOptions, warmup: LoadOptions): Promise<ProfileSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-profile-'));
  try {
    const spec = compiledGateway(upstreamUrl, BENCH_TOKEN);
    spec.args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...spec.args];
    const child = await startChild(spec);
    let requests = 0;
    let failed = 0;
    try {
      for (const options of [warmup, load]) {
        const run = await runLoad(child.url, body, options, null);
        requests += run.requests;
        failed += run.failed;
      }
    } finally {
      // V8 writes the profile when the process exits normally (serve exits on SIGTERM).
      await child.stop();
    }
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('the gateway wrote no CPU profile (did it exit on SIGTERM?)');
    return { ...summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, requests), failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatProfile(name: string, summary: ProfileSummary): string {
  const lines = [`CPU profile of the gateway on ${name}: ${summary.requests} requests (warm-up included; start-up too)`];
  if (summary.failed) lines.push(`!! ${summary.failed} of them FAILED (non-200 or errors): this profiles the failure, not the query`);
  lines.push('', 'by package / file (ms per request, % of busy time):');
  for (const share of summary.byPackage) lines.push(`  ${share.ms.toFixed(2).padStart(8)} ms  ${share.percent.toFixed(1).padStart(5)}%  ${share.name}`);
  lines.push('', 'hottest functions (self time):');
  for (const share of summary.byFunction) lines.push(`  ${share.ms.toFixed(2).padStart(8)} ms  ${share.percent.toFixed(1).padStart(5)}%  ${share.name}`);
  return lines.join('\n');
}
