/**
 * Cold start: from spawning the compiled gateway (`node dist/cli/main.js serve`, a configured
 * upstream) to its first 200 answer to `{ __typename }`. The clock includes Node's own start, module
 * loading and schema building; the query needs no upstream call, so the upstream's speed is not in it.
 */
import { compiledGateway, startChild } from './children.js';
import { postJson } from './measure.js';
import { BENCH_TOKEN } from './upstream.js';

export interface ColdStart {
  /** ms from spawn to the announced URL. */
  announcedMs: number;
  /** ms from spawn to the first 200 on `{ __typename }`. */
  firstAnswerMs: number;
}

/** `query`: what is asked first; the default needs no upstream call, a real query adds its calls. */
export async function measureColdStart(upstreamUrl: string, query = '{ __typename }'): Promise<ColdStart> {
  const spawned = performance.now();
  const gateway = await startChild(compiledGateway(upstreamUrl, BENCH_TOKEN));
  try {
    const body = JSON.stringify({ query });
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const answer = await postJson(gateway.url, body).catch(() => undefined);
      if (answer?.status === 200) return { announcedMs: gateway.announcedAfterMs, firstAnswerMs: performance.now() - spawned };
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`the gateway never answered ${query} with 200`);
  } finally {
    await gateway.stop();
  }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
