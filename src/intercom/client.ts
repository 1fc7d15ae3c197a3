/**
 * The upstream Intercom client: typed endpoint methods over one pooled HTTP transport. The schema's
 * loaders call these methods; nothing else in the gateway speaks HTTP to Intercom.
 */
import { createHash } from 'node:crypto';
import { tokenIdOf, Transport, type UpstreamCall } from './transport.js';
import type { CallOutcome, CallScope } from './call-scope.js';
import { createSender, type CallInterceptor, type UpstreamRequest } from './dispatch.js';
import { contactsApi, type ContactsApi } from './endpoints/contacts.js';
import { tagsApi, type TagsApi } from './endpoints/tags.js';
import { segmentsApi, type SegmentsApi } from './endpoints/segments.js';
import { companiesApi, type CompaniesApi } from './endpoints/companies.js';
import { conversationsApi, type ConversationsApi } from './endpoints/conversations.js';
import { countsApi, type CountsApi } from './endpoints/counts.js';
import { meApi, type MeApi } from './endpoints/me.js';
import type { AttemptPacer } from './pacing/pacer.js';

export type { UpstreamCall } from './transport.js';
export type { CallInterceptor, UpstreamRequest } from './dispatch.js';
export { ENDPOINTS, type Endpoint, type EndpointKind, type EndpointName } from './endpoint-table.js';
export { CallScope, type CallListener, type CallOutcome, type CallScopeOptions } from './call-scope.js';
export { UpstreamPacer, PacingCancelled, type AttemptPacer, type PacerOptions } from './pacing/pacer.js';
export { MemoryWindowCounters, type WindowCounterStore } from './pacing/window-counters.js';
export type { RateLimitInfo } from './pacing/rate-limit-headers.js';
export type { ListCompaniesOptions } from './endpoints/companies.js';

export const DEFAULT_INTERCOM_VERSION = '2.11';

export interface IntercomClientOptions {
  /** e.g. `https://api.intercom.io` or the local API's URL. A path prefix is kept. */
  baseUrl: string;
  /** Access token, sent as `Authorization: Bearer`. Never appears in errors. */
  token: string;
  /** The pinned `Intercom-Version`. @default '2.11' */
  version?: string;
  /** Connections in the Pool to this origin. @default 32 */
  connections?: number;
  /** Time to wait for response headers. @default 10000 */
  headersTimeoutMs?: number;
  /** Time allowed between body chunks. @default 10000 */
  bodyTimeoutMs?: number;
  /** Time to establish a connection. @default 5000 */
  connectTimeoutMs?: number;
  /** Longest Retry-After the client waits out before its one retry; longer fails fast. @default 2000 */
  maxRetryDelayMs?: number;
  /** Wait before a retry when the upstream gave no Retry-After. @default 100 */
  retryDelayMs?: number;
  /** Called once per HTTP request actually sent, retries included — tests count upstream calls with it. */
  onCall?: (call: UpstreamCall) => void;
  /** Called after every attempt that went out, with its status, duration and rate budget (metrics). */
  onCallDone?: (call: UpstreamCall, outcome: CallOutcome) => void;
  /**
   * Paces every attempt on its token's rate budget (src/intercom/pacing/pacer.ts); the budget is
   * keyed by `cacheScope`, so each passthrough token has its own. None: calls go out at once.
   */
  pacer?: AttemptPacer;
}

export interface IntercomClient extends ContactsApi, TagsApi, SegmentsApi, CompaniesApi, ConversationsApi, CountsApi, MeApi {
  /** The pinned Intercom-Version. */
  readonly version: string;
  /**
   * Names whose data this client sees — the upstream, the version and the token — without revealing
   * the token (a SHA-256 digest). Caches shared across requests key by it, so two clients with
   * different tokens never share an entry.
   */
  readonly cacheScope: string;
  /** Live connection numbers of the pool. */
  readonly stats: { connected: number; running: number; pending: number };
  /**
   * The same client with every call bound to one GraphQL request's scope (its deadline signal,
   * listeners, headers and, in passthrough auth, its token); it shares this client's pool.
   */
  withScope(scope: CallScope): IntercomClient;
  /**
   * The same client with every call passing through `interceptor` (src/intercom/dispatch.ts), outside
   * those added before; it shares this client's pool and scope.
   */
  intercept(interceptor: CallInterceptor): IntercomClient;
  /** True when an interceptor serves the tag and segment lists from a cache shared across requests. */
  readonly listsCachedAcrossRequests: boolean;
  /** Closes the pool after in-flight requests finish. */
  close(): Promise<void>;
}

export function createIntercomClient(options: IntercomClientOptions): IntercomClient {
  const version = options.version ?? DEFAULT_INTERCOM_VERSION;
  const transport = new Transport({
    baseUrl: options.baseUrl,
    token: options.token,
    version,
    connections: options.connections ?? 32,
    headersTimeoutMs: options.headersTimeoutMs ?? 10_000,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 10_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 2_000,
    retryDelayMs: options.retryDelayMs ?? 100,
    onCall: options.onCall,
    onCallDone: options.onCallDone,
    pacer: options.pacer,
  });
  type Deliver = (request: UpstreamRequest) => Promise<unknown>;
  // The /counts probe is made once per upstream, not once per request scope: every derived client
  // asks the root's.
  let root: IntercomClient | undefined;
  // A scope with its own token (passthrough, where the server may have none) probes with that token;
  // a failed probe (a bad token, say) decides nothing, so the next caller probes again.
  let tokenProbe: Promise<boolean> | undefined;
  const probeWith = (counts: CountsApi): Promise<boolean> =>
    (tokenProbe ??= counts.legacyCountsSupported().catch((error: unknown) => {
      tokenProbe = undefined;
      throw error;
    }));
  // `scope` is `cacheScopeOf(…, token)`, digested once per token binding: every `intercept` below
  // reuses it instead of hashing the token again.
  const build = (deliver: Deliver, token: string, scope: string, interceptors: readonly CallInterceptor[]): IntercomClient => {
    const sender = createSender(deliver, interceptors);
    const counts = countsApi(sender);
    return {
      ...contactsApi(sender),
      ...tagsApi(sender),
      ...segmentsApi(sender),
      ...companiesApi(sender),
      ...conversationsApi(sender),
      ...meApi(sender),
      getCounts: counts.getCounts,
      legacyCountsSupported: !root
        ? counts.legacyCountsSupported
        : token === options.token
          ? root.legacyCountsSupported
          : () => probeWith(counts),
      version,
      cacheScope: scope,
      listsCachedAcrossRequests: interceptors.some((interceptor) => interceptor.servesSharedLists === true),
      get stats() {
        return transport.stats;
      },
      withScope: (callScope) => {
        // The server's own token (no passthrough) needs no digest: the root's are reused.
        if (callScope.token === undefined || callScope.token === options.token) {
          return build((request) => transport.send(request, callScope, rootScope), options.token, rootScope, interceptors);
        }
        const scopeToken = callScope.token;
        // The budget key is the cache scope; the token's id labels the calls' outcomes.
        const budgetKey = cacheScopeOf(options.baseUrl, version, scopeToken);
        const tokenId = tokenIdOf(scopeToken);
        return build((request) => transport.send(request, callScope, budgetKey, tokenId), scopeToken, budgetKey, interceptors);
      },
      intercept: (interceptor) => build(deliver, token, scope, [...interceptors, interceptor]),
      close: () => transport.close(),
    };
  };
  const rootScope = cacheScopeOf(options.baseUrl, version, options.token);
  root = build((request) => transport.send(request, undefined, rootScope), options.token, rootScope, []);
  return root;
}

/** The digest behind `cacheScope`; NUL-separated so no two different triples hash the same input. */
export function cacheScopeOf(baseUrl: string, version: string, token: string): string {
  return createHash('sha256').update(`${baseUrl.replace(/\/+$/, '')}\0${version}\0${token}`).digest('hex');
}
