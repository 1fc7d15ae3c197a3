/**
 * The last step of the request pipeline: one route's handler, run against one connection. The same
 * code runs in the main thread (one worker) and in each worker thread (several), so what crosses a
 * thread boundary is plain data: the job in, the status, headers and JSON text out.
 */
import { ApiError, errorEnvelope } from './errors.js';
import { writes, type ApiRequest, type Route, type ServiceContext } from './route.js';
import type { Dialect } from './version.js';

/** A routed, authenticated request, reduced to what a handler reads. */
export interface HandlerJob {
  method: string;
  path: string;
  params: Record<string, string>;
  /** The query string without `?`. */
  query: string;
  body: unknown;
  version: string;
  dialect: Dialect;
  token: string;
}

/** What to answer: the body is already JSON text, so the thread that ran the handler also serialized it. */
export interface HandlerResult {
  status: number;
  headers: Record<string, string>;
  text: string | undefined;
}

/** Names a route across threads: every thread builds the same route table. */
export function routeKey(route: Pick<Route, 'method' | 'path' | 'dialect'>): string {
  return `${route.method} ${route.dialect} ${route.path}`;
}

/**
 * Runs the handler in one transaction: a write lands whole or not at all, and a read sees one
 * snapshot (its count and its page agree even while another worker writes). An
 * `ApiError` becomes its `error.list` envelope; any other error is a bug and is thrown.
 */
export function runHandler(route: Route, job: HandlerJob, service: ServiceContext): HandlerResult {
  const request: ApiRequest = { ...job, query: new URLSearchParams(job.query), service };
  try {
    const transaction = service.db.transaction(() => route.handler(request));
    // A write takes the write lock up front (BEGIN IMMEDIATE), so it waits its turn in SQLite's busy
    // handler; a deferred transaction that read first cannot upgrade while another connection writes.
    const reply = writes(route) ? transaction.immediate() : transaction();
    return { status: reply.status, headers: reply.headers ?? {}, text: reply.body === undefined ? undefined : JSON.stringify(reply.body) };
  } catch (error) {
    if (error instanceof ApiError) return errorResult(error);
    throw error;
  }
}

export function errorResult(error: ApiError): HandlerResult {
  return { status: error.status, headers: { ...error.headers }, text: JSON.stringify(errorEnvelope([error.toItem()])) };
}
