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
  /** When it arrived (epoch ms), so tests can count the calls of one rate-limit window. */
  at: number;
  /** The status it was answered with; undefined until the answer is sent (or when none was). */
  status?: number;
}

export class ReceivedRequests {
  private readonly entries: ReceivedRequest[] = [];

  record(req: http.IncomingMessage, res?: http.ServerResponse): void {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const entry: ReceivedRequest = {
      method: req.method ?? 'GET',
      path: q < 0 ? url : url.slice(0, q),
      query: q < 0 ? '' : url.slice(q + 1),
      headers: { ...req.headers },
      at: Date.now(),
    };
    this.entries.push(entry);
    // Tests check what the upstream answered (e.g. no 429 at all), not only what it was asked.
    res?.once('finish', () => {
      entry.status = res.statusCode;
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
