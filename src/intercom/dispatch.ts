/**
 * How an endpoint method's call reaches the transport: its path is filled from the endpoint table,
 * then it passes through the client's interceptors — each sees the call's table entry, so caches and
 * watches decide by `kind` and `sharedList`, never by a method's name.
 */
import type { Endpoint } from './endpoint-table.js';
import { fillPath, type PathParams } from './path.js';

export type QueryParams = Record<string, string | number | boolean | undefined>;

/** One call, resolved: the table entry and the exact path, query and body that go out. */
export interface UpstreamRequest {
  readonly endpoint: Endpoint;
  /** The filled path without query string or base-URL prefix, e.g. `/contacts/abc/tags`. */
  readonly path: string;
  readonly query?: QueryParams;
  readonly body?: unknown;
}

/** What an endpoint method passes besides the endpoint. */
export interface CallArgs {
  params?: PathParams;
  query?: QueryParams;
  body?: unknown;
}

/**
 * Runs around every call of a client it was added to (`client.intercept(interceptor)`). `next()`
 * sends the call on (to the next interceptor, then the transport) and gives its answer; an
 * interceptor may instead answer from a cache, or act after the call settled.
 */
export interface CallInterceptor {
  around(request: UpstreamRequest, next: () => Promise<unknown>): Promise<unknown>;
  /**
   * True when this interceptor serves the tag list and the uncounted segment list from a cache
   * shared across requests (src/gateway/caching/shared-lists.ts), so the loaders know reading
   * them is usually free.
   */
  readonly servesSharedLists?: boolean;
}

/** What endpoint methods send through. */
export interface Sender {
  send<T>(endpoint: Endpoint, args?: CallArgs): Promise<T>;
}

/** A sender whose calls pass through `interceptors` (the last one outermost) and end in `deliver`. */
export function createSender(
  deliver: (request: UpstreamRequest) => Promise<unknown>,
  interceptors: readonly CallInterceptor[],
): Sender {
  return {
    // Async, so a bad id in the path rejects like any other upstream failure instead of throwing.
    async send<T>(endpoint: Endpoint, args: CallArgs = {}): Promise<T> {
      const request: UpstreamRequest = { endpoint, path: fillPath(endpoint, args.params), query: args.query, body: args.body };
      let run = () => deliver(request);
      for (const interceptor of interceptors) {
        const inner = run;
        run = () => interceptor.around(request, inner);
      }
      return (await run()) as T;
    },
  };
}
