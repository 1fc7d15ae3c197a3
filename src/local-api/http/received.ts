/**
 * What the service itself received: one entry per HTTP request that reached it, faults included,
 * recorded before anything else looks at the request. Tests count upstream calls here — at the
 * upstream's side — rather than trusting the caller's own bookkeeping.
 */
import type http from 'node:http';

export interface ReceivedRequest {
  method: string;
  /** The path without its query string. */
  path: string;
  /** The query string without `?`, or '' when there was none. */
  query: string;
  /** The request's headers as received (tests read `authorization`, `intercom-version`, `traceparent`). */
  headers: http.IncomingHttpHeaders;
}

export class ReceivedRequests {
  private readonly entries: ReceivedRequest[] = [];

  record(req: http.IncomingMessage): void {
    const url = req.url ?? '/';
    const at = url.indexOf('?');
    this.entries.push({
      method: req.method ?? 'GET',
      path: at < 0 ? url : url.slice(0, at),
      query: at < 0 ? '' : url.slice(at + 1),
      headers: { ...req.headers },
    });
  }

  /** How many requests have arrived so far. */
  get count(): number {
    return this.entries.length;
  }

  /** The requests that arrived at or after `mark` (a value of `count` taken earlier). */
  since(mark: number): ReceivedRequest[] {
    return this.entries.slice(mark);
  }

  all(): readonly ReceivedRequest[] {
    return this.entries;
  }
}
