/**
 * A local API child that counts what it receives (children/counting-local-api.mjs): benchmarks that
 * load compiled gateways in other processes count their upstream calls here, at the upstream's side,
 * rather than trusting the gateway's own bookkeeping.
 */
import { countingLocalApiChild, startChild, type Child } from './children.js';

export interface ReceivedSince {
  /** Requests received so far: pass it to a later `since` as the mark. */
  count: number;
  /** Requests received at or after the mark. */
  calls: number;
  /** Those requests by the status they were answered with ("pending" while unanswered). */
  statuses: Record<string, number>;
  /** Those requests by route, path segments holding a digit shown as `:id` ("GET /companies/:id"). */
  routes: Record<string, number>;
}

export interface CountingUpstream {
  url: string;
  token: string;
  pid: number;
  /** What arrived since `mark` (0: since start). */
  since(mark: number): Promise<ReceivedSince>;
  stop(): Promise<void>;
}

/** Reads the record port from the child's announcement ("… record http://127.0.0.1:PORT"). */
export function recordUrlOf(announcement: string): string {
  const url = / record (http:\/\/127\.0\.0\.1:\d+)$/.exec(announcement)?.[1];
  if (!url) throw new Error(`counting local API announced no record port: ${announcement}`);
  return url;
}

export async function startCountingUpstream(dbFile: string, token: string, latencyMs: number): Promise<CountingUpstream> {
  const child: Child = await startChild(countingLocalApiChild(dbFile, token, latencyMs));
  const record = recordUrlOf(child.announcement);
  return {
    url: child.url,
    token,
    pid: child.pid,
    async since(mark) {
      const response = await fetch(`${record}/received?since=${mark}`);
      if (response.status !== 200) throw new Error(`counting local API answered ${response.status} for its record`);
      return (await response.json()) as ReceivedSince;
    },
    stop: () => child.stop(),
  };
}
