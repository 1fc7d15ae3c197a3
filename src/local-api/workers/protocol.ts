/** The messages between the pool (main thread) and its worker threads: plain, structured-cloneable data. */
import type { HandlerJob, HandlerResult } from '../http/run-handler.js';

/** `workerData` of every worker. */
export interface WorkerSetup {
  /** The store's file, already created (and seeded) by the main thread. */
  file: string;
  /** The one worker that may write; the others open the file read-only. */
  writer: boolean;
  /** False for the scratch file standing in for ':memory:' (see db/open.ts). */
  durable: boolean;
}

export interface JobMessage {
  id: number;
  /** `routeKey(route)` of the matched route. */
  route: string;
  job: HandlerJob;
  /** The service clock (milliseconds) when the main thread dispatched the request: the worker's "now". */
  nowMs: number;
  /** The service's public base URL, for 1.x `pages.next` links. */
  baseUrl: string;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; result: HandlerResult }
  /** The handler threw something other than an ApiError: a bug, answered 500 by the main thread. */
  | { kind: 'failed'; id: number; error: string };

/** Main thread → worker: a job, or the request to close the connection and exit. */
export type PoolMessage = ({ kind: 'job' } & JobMessage) | { kind: 'close' };
