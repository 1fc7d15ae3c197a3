/**
 * The per-request GraphQL context: the upstream client and a fresh set of loaders. The yoga server
 * (src/gateway/yoga.ts) calls `createRequestContext` once per request, so no loader cache outlives it.
 * What is shared across requests (the tag and segment lists, opt-in responses) lives in the client
 * the gateway passes in and in yoga plugins — src/gateway/caching/ — never here.
 */
import { initContextCache } from './pothos-runtime.js';
import type { CallScope } from '../intercom/call-scope.js';
import { ANONYMOUS_CALLER, type Caller } from './caller.js';
import { createLoaders, type LoaderTuning, type Loaders, type UpstreamClient } from '../loaders/index.js';

export interface GatewayContext {
  client: UpstreamClient;
  loaders: Loaders;
  /** This request's call scope: plugins listen to (count, refuse, trace) its upstream calls through it. */
  callScope: CallScope;
  /** Who is asking (caller.ts; the gateway's auth plugin fills it): scopes and budgets are checked against it. */
  caller: Caller;
}

/**
 * @param tuning batching and caching, both on by default; the performance benchmark turns them off
 * to measure the naive gateway beside the real one.
 */
export function createRequestContext(
  client: UpstreamClient,
  tuning: LoaderTuning | undefined,
  callScope: CallScope,
  caller: Caller = ANONYMOUS_CALLER,
): GatewayContext {
  const loaders = createLoaders(client, tuning);
  return {
    callScope,
    caller,
    // Pothos keeps its own per-request state (loadable refs, node caches) under this key.
    ...initContextCache(),
    // The loaders' client: its writes clear the request's loaders.
    client: loaders.client,
    loaders,
  };
}
