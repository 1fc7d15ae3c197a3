/**
 * One measurement of a child server on one query: warm it up, then load it while reading its CPU
 * time and peak memory from /proc. Every response of both runs is checked against the reference
 * answer (load.ts); the failures of both are counted.
 */
import { cpuMs, peakRssMb, resetPeakRss } from './proc-stats.js';
import { runLoad, type LoadOptions, type LoadResult } from './load.js';
import { totalFailures, type FailureCounts } from './response-check.js';
import type { Child } from './children.js';

export interface ChildFigures extends LoadResult {
  /** Child CPU (user + system) during the load, divided by the responses it gave. */
  cpuMsPerRequest: number | null;
  /**
   * The upstream's CPU (its process, every worker thread) during the same load per response, when
   * its pid was given: what the requests cost the local API, which shares the machine's cores.
   */
  upstreamCpuMsPerRequest?: number | null;
  /** VmHWM during this load (or since the child started, when the peak could not be reset). */
  peakRssMb: number;
  peakIsPerRun: boolean;
  /** Failing responses of the warm-up (the load's own are in `failures`): they count as failures too. */
  warmupFailures: FailureCounts;
}

export interface MeasureOptions {
  load: LoadOptions;
  warmup: LoadOptions;
  /** The upstream's pid, to read its CPU during the load too. */
  upstreamPid?: number;
}

export async function postJson(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  return { status: response.status, text: await response.text() };
}

/**
 * The reference answer of one request (`body`, JSON) from `url`: a 200 without errors, or nothing can
 * be judged against it, so this throws naming `name`.
 */
export async function referenceAnswer(url: string, body: string, name: string): Promise<string> {
  const { status, text } = await postJson(url, body);
  if (status !== 200 || (JSON.parse(text) as { errors?: unknown[] }).errors?.length) {
    throw new Error(`${name}: the reference request failed (${status}): ${text.slice(0, 300)}`);
  }
  return text;
}

export async function measureChild(child: Child, body: string, expected: string, options: MeasureOptions): Promise<ChildFigures> {
  const warmup = await runLoad(child.url, body, options.warmup, expected);
  await quiesce(child.pid);
  const peakIsPerRun = resetPeakRss(child.pid);
  const upstreamPid = options.upstreamPid;
  if (upstreamPid !== undefined) await quiesce(upstreamPid);
  const cpuBefore = cpuMs(child.pid);
  const upstreamBefore = upstreamPid === undefined ? 0 : cpuMs(upstreamPid);
  const load = await runLoad(child.url, body, options.load, expected);
  const cpuAfter = cpuMs(child.pid);
  const upstreamAfter = upstreamPid === undefined ? 0 : cpuMs(upstreamPid);
  const peak = peakRssMb(child.pid);
  // A request cut off by the time bound may still be running in the child: let it finish before
  // the next measurement starts, so its CPU is not billed to the next query.
  await quiesce(child.pid);
  return {
    ...load,
    cpuMsPerRequest: load.requests > 0 ? (cpuAfter - cpuBefore) / load.requests : null,
    ...(upstreamPid === undefined ? {} : { upstreamCpuMsPerRequest: load.requests > 0 ? (upstreamAfter - upstreamBefore) / load.requests : null }),
    peakRssMb: peak,
    peakIsPerRun,
    warmupFailures: warmup.failures,
    firstFailure: load.firstFailure ?? warmup.firstFailure,
  };
}

/** Failing responses of a measurement, warm-up included. */
export function failuresOf(figures: ChildFigures): number {
  return figures.failed + totalFailures(figures.warmupFailures);
}

/** Waits (at most `maxMs`) until the child has used no CPU for 300 ms. */
export async function quiesce(pid: number, maxMs = 15_000): Promise<void> {
  const deadline = performance.now() + maxMs;
  let last = cpuMs(pid);
  let quietSince = performance.now();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = cpuMs(pid);
    if (now !== last) {
      last = now;
      quietSince = performance.now();
    } else if (performance.now() - quietSince >= 300) {
      return;
    }
  }
}
