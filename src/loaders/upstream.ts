/**
 * The slice of the Intercom client (src/intercom/client.ts) the loaders and the schema call: its
 * endpoint methods, the /counts probe, and `intercept` (the loaders add their read cache and the
 * write hook through it). Picked from the client's own type, so the two cannot drift.
 */
import type { IntercomClient } from '../intercom/client.js';

/** Members of the client that are about its pool or identity, not about reading or writing data. */
type ClientInfrastructure = 'version' | 'cacheScope' | 'stats' | 'withScope' | 'close';

export type UpstreamClient = Omit<IntercomClient, ClientInfrastructure | 'intercept'> & {
  intercept(interceptor: Parameters<IntercomClient['intercept']>[0]): UpstreamClient;
};
