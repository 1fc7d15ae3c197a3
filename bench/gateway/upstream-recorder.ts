/**
 * Records the time span of every upstream HTTP call an in-process gateway makes.
 *
 * - `dispatched`: the client's `onCall` hook, which fires synchronously just before `pool.request()`
 *   — the moment the gateway's loaders asked for the call.
 * - `sent`: undici's `undici:request:create` diagnostics channel, which fires when a pool connection
 *   takes the request. Later than `dispatched` only when all the pool's connections were busy.
 * - `end`: `undici:request:trailers` (answer complete) or `undici:request:error`.
 *
 * undici's pool queue is first-in first-out, and a request that finds a free connection is created
 * synchronously inside `pool.request()`, so the n-th `create` for our origin belongs to the n-th
 * dispatched call still waiting: a FIFO pairs them. Only requests to `origin` are kept.
 */
import diagnostics from 'node:diagnostics_channel';
import type { UpstreamCall } from '../../src/intercom/client.js';

export interface RecordedCall {
  method: string;
  /** Path without the query string, as the client reported it. */
  path: string;
  query: string;
  attempt: number;
  dispatched: number;
  sent: number;
  end: number;
}

export interface UpstreamRecorder {
  /** Pass as the client's `onCall`. */
  onCall(call: UpstreamCall): void;
  /** Calls finished since the last `take()`, in dispatch order; unfinished ones stay. */
  take(): RecordedCall[];
  close(): void;
}

interface UndiciRequest {
  origin?: unknown;
}

export function recordUpstream(origin: string): UpstreamRecorder {
  const wanted = new URL(origin).origin;
  const waiting: RecordedCall[] = [];
  const inFlight = new Map<UndiciRequest, RecordedCall>();
  let done: RecordedCall[] = [];

  const onCreate = (message: unknown) => {
    const request = (message as { request: UndiciRequest }).request;
    // undici keeps the origin as given to the Pool: a URL object or a string.
    const requestOrigin = String(request.origin);
    if (!URL.canParse(requestOrigin) || new URL(requestOrigin).origin !== wanted) return;
    const call = waiting.shift();
    if (!call) return;
    call.sent = performance.now();
    inFlight.set(request, call);
  };
  const onEnd = (message: unknown) => {
    const request = (message as { request: UndiciRequest }).request;
    const call = inFlight.get(request);
    if (!call) return;
    inFlight.delete(request);
    call.end = performance.now();
    done.push(call);
  };

  diagnostics.subscribe('undici:request:create', onCreate);
  diagnostics.subscribe('undici:request:trailers', onEnd);
  diagnostics.subscribe('undici:request:error', onEnd);
  return {
    onCall(call) {
      const now = performance.now();
      waiting.push({ method: call.method, path: call.path, query: call.query, attempt: call.attempt, dispatched: now, sent: Number.NaN, end: Number.NaN });
    },
    take() {
      const taken = done.sort((a, b) => a.dispatched - b.dispatched);
      done = [];
      return taken;
    },
    close() {
      diagnostics.unsubscribe('undici:request:create', onCreate);
      diagnostics.unsubscribe('undici:request:trailers', onEnd);
      diagnostics.unsubscribe('undici:request:error', onEnd);
    },
  };
}
