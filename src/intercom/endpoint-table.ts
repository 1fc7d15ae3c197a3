/**
 * Every upstream endpoint the gateway calls, once: its HTTP method and path, whether it reads or
 * writes, and what it answers. Everything that treats calls differently reads this table and
 * nothing else:
 * - the transport retries reads once and never retries a write (a retried write could apply twice);
 * - the transport checks each 2xx body against `answers` (src/intercom/envelope.ts);
 * - the per-request read cache memoizes reads (src/loaders/read-cache.ts);
 * - the shared list cache serves the reads that name a `sharedList` (src/gateway/caching/shared-lists.ts);
 * - the company entity cache keeps what the reads marked `companies` answer (src/gateway/caching/company-cache.ts);
 * - every write clears the request's loaders and the cross-request caches once it settled
 *   (src/intercom/after-writes.ts).
 *
 * A path's `{contact}`, `{tag}`, `{company}`, `{conversation}`, `{segment}` are the Intercom id of
 * that resource (never a `company_id` or `external_id`), filled and encoded by src/intercom/path.ts.
 * Shapes and sources: docs/intercom-contract.md.
 */
import type { Envelope } from './envelope.js';

export type EndpointKind = 'read' | 'write';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
/** The lists a cache shared across requests may serve (src/gateway/caching/shared-lists.ts). */
export type SharedList = 'tags' | 'segments';

interface Row {
  readonly method: HttpMethod;
  readonly path: string;
  readonly kind: EndpointKind;
  /** What the 2xx body must look like. */
  readonly answers: Envelope;
  /** What the endpoint works on, for "Upstream contact not found". */
  readonly resource: string;
  /** Sent with this Intercom-Version instead of the client's. */
  readonly version?: string;
  /** A cache shared across requests may serve this read (its uncounted form). */
  readonly sharedList?: SharedList;
  /**
   * This read answers full company objects — one (`'one'`) or a list's `data` (`'list'`) — that the
   * company entity cache may keep (src/gateway/caching/company-cache.ts).
   */
  readonly companies?: 'one' | 'list';
}

/** `GET /counts` is documented up to 2.6 only (docs/intercom-contract.md#counts), so it always goes out with that version. */
export const LEGACY_COUNTS_VERSION = '2.6';

// prettier-ignore
const TABLE = {
  getContact:               { method: 'GET',    path: '/contacts/{contact}',                     kind: 'read',  answers: 'contact',           resource: 'contact' },
  searchContacts:           { method: 'POST',   path: '/contacts/search',                        kind: 'read',  answers: 'list',              resource: 'contact' },
  listContacts:             { method: 'GET',    path: '/contacts',                               kind: 'read',  answers: 'list',              resource: 'contact' },
  createContact:            { method: 'POST',   path: '/contacts',                               kind: 'write', answers: 'contact',           resource: 'contact' },
  updateContact:            { method: 'PUT',    path: '/contacts/{contact}',                     kind: 'write', answers: 'contact',           resource: 'contact' },
  listContactTags:          { method: 'GET',    path: '/contacts/{contact}/tags',                kind: 'read',  answers: 'list',              resource: 'contact' },
  listContactCompanies:     { method: 'GET',    path: '/contacts/{contact}/companies',           kind: 'read',  answers: 'list',              resource: 'contact', companies: 'list' },
  listContactSegments:      { method: 'GET',    path: '/contacts/{contact}/segments',            kind: 'read',  answers: 'list',              resource: 'contact' },
  attachTagToContact:       { method: 'POST',   path: '/contacts/{contact}/tags',                kind: 'write', answers: 'tag',               resource: 'contact' },
  detachTagFromContact:     { method: 'DELETE', path: '/contacts/{contact}/tags/{tag}',          kind: 'write', answers: 'tag',               resource: 'contact' },
  attachContactToCompany:   { method: 'POST',   path: '/contacts/{contact}/companies',           kind: 'write', answers: 'company',           resource: 'contact' },
  detachContactFromCompany: { method: 'DELETE', path: '/contacts/{contact}/companies/{company}',  kind: 'write', answers: 'company',           resource: 'contact' },
  listTags:                 { method: 'GET',    path: '/tags',                                   kind: 'read',  answers: 'list',              resource: 'tag', sharedList: 'tags' },
  getTag:                   { method: 'GET',    path: '/tags/{tag}',                             kind: 'read',  answers: 'tag',               resource: 'tag' },
  tagRequest:               { method: 'POST',   path: '/tags',                                   kind: 'write', answers: 'tag',               resource: 'tag' },
  deleteTag:                { method: 'DELETE', path: '/tags/{tag}',                             kind: 'write', answers: 'nothing',           resource: 'tag' },
  listSegments:             { method: 'GET',    path: '/segments',                               kind: 'read',  answers: 'segment.list',      resource: 'segment', sharedList: 'segments' },
  getSegment:               { method: 'GET',    path: '/segments/{segment}',                     kind: 'read',  answers: 'segment',           resource: 'segment' },
  getCompany:               { method: 'GET',    path: '/companies/{company}',                    kind: 'read',  answers: 'company',           resource: 'company', companies: 'one' },
  findCompany:              { method: 'GET',    path: '/companies',                              kind: 'read',  answers: 'company',           resource: 'company', companies: 'one' },
  listCompanies:            { method: 'POST',   path: '/companies/list',                         kind: 'read',  answers: 'list',              resource: 'company', companies: 'list' },
  listCompaniesFiltered:    { method: 'GET',    path: '/companies',                              kind: 'read',  answers: 'list',              resource: 'company', companies: 'list' },
  listCompanyContacts:      { method: 'GET',    path: '/companies/{company}/contacts',           kind: 'read',  answers: 'list',              resource: 'company' },
  listCompanySegments:      { method: 'GET',    path: '/companies/{company}/segments',           kind: 'read',  answers: 'list',              resource: 'company' },
  upsertCompany:            { method: 'POST',   path: '/companies',                              kind: 'write', answers: 'company',           resource: 'company' },
  getConversation:          { method: 'GET',    path: '/conversations/{conversation}',           kind: 'read',  answers: 'conversation',      resource: 'conversation' },
  searchConversations:      { method: 'POST',   path: '/conversations/search',                   kind: 'read',  answers: 'conversation.list', resource: 'conversation' },
  tagConversation:          { method: 'POST',   path: '/conversations/{conversation}/tags',      kind: 'write', answers: 'tag',               resource: 'conversation' },
  untagConversation:        { method: 'DELETE', path: '/conversations/{conversation}/tags/{tag}', kind: 'write', answers: 'tag',              resource: 'conversation' },
  listAdmins:               { method: 'GET',    path: '/admins',                                 kind: 'read',  answers: 'admin.list',        resource: 'admin' },
  getMe:                    { method: 'GET',    path: '/me',                                     kind: 'read',  answers: 'admin',             resource: 'admin' },
  getCounts:                { method: 'GET',    path: '/counts',                                 kind: 'read',  answers: 'counts',            resource: 'count', version: LEGACY_COUNTS_VERSION },
} as const satisfies Record<string, Row>;

export type EndpointName = keyof typeof TABLE;

export interface Endpoint extends Row {
  readonly name: EndpointName;
}

export const ENDPOINTS: { readonly [N in EndpointName]: Endpoint } = Object.freeze(
  Object.fromEntries(Object.entries(TABLE).map(([name, row]) => [name, Object.freeze({ name, ...row })])),
) as { readonly [N in EndpointName]: Endpoint };
