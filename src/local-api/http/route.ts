import type { Db } from '../db/open.js';
import type { Dialect } from './version.js';
import type { ScrollRegistry } from './scrolls.js';

/** What every handler gets: the parsed request plus the service it runs in. */
export interface ApiRequest {
  method: string;
  /** The path without query string, e.g. `/contacts/5a0…`. */
  path: string;
  /** Values of the route's `:name` segments, URI-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, or undefined when the request had none. */
  body: unknown;
  version: string;
  dialect: Dialect;
  token: string;
  service: ServiceContext;
}

/** State shared by all requests of one running service. */
export interface ServiceContext {
  db: Db;
  /** The service's own absolute base URL (no trailing slash), for 1.x `pages.next` links. */
  baseUrl: string;
  scrolls: ScrollRegistry;
  /** Unix seconds now; one place so tests of time-based rules can move it. */
  now(): number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: ApiRequest) => Reply;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Literal segments and `:name` parameters: `/contacts/:id/tags`. */
  path: string;
  /** Which dialect serves it: 'v1' (1.0–1.4), 'v2' (2.0+), or 'any'. */
  dialect: Dialect | 'any';
  handler: Handler;
  /** 'admin' routes sit outside Intercom's paths and take the admin token instead of an app token. */
  auth?: 'app' | 'admin';
  /**
   * The handler keeps state between requests outside the store (an open scroll's position), so with
   * several workers it always runs on the same one, the writer, where that state lives.
   */
  pinned?: true;
  /** A POST that only reads (a search): any worker may run it. GETs always only read. */
  readOnly?: true;
}

/** Whether a route may change the store: such requests all go to the one writer. */
export const writes = (route: Route): boolean => route.method !== 'GET' && !route.readOnly;

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
