/**
 * Which endpoint methods of the client read and which write. The caches depend on it: reads may be
 * reused, and every write makes what was read before it suspect. The record is exhaustive over the
 * client's endpoint methods, so a new method does not compile until someone has said which it is.
 */
import type { IntercomClient } from './client.js';

/** Members of the client that are not upstream endpoints. */
type NotAnEndpoint = 'version' | 'stats' | 'close' | 'cacheScope' | 'legacyCountsSupported' | 'withScope';

export type EndpointMethod = Exclude<keyof IntercomClient, NotAnEndpoint>;
export type EndpointKind = 'read' | 'write';

export const ENDPOINT_KINDS: { readonly [K in EndpointMethod]: EndpointKind } = {
  getContact: 'read',
  searchContacts: 'read',
  listContacts: 'read',
  createContact: 'write',
  updateContact: 'write',
  listContactTags: 'read',
  listContactCompanies: 'read',
  listContactSegments: 'read',
  attachTagToContact: 'write',
  detachTagFromContact: 'write',
  attachContactToCompany: 'write',
  detachContactFromCompany: 'write',
  listTags: 'read',
  getTag: 'read',
  tagRequest: 'write',
  deleteTag: 'write',
  listSegments: 'read',
  getSegment: 'read',
  getCompany: 'read',
  findCompany: 'read',
  listCompanies: 'read',
  listCompanyContacts: 'read',
  listCompanySegments: 'read',
  upsertCompany: 'write',
  getConversation: 'read',
  searchConversations: 'read',
  tagConversation: 'write',
  untagConversation: 'write',
  getCounts: 'read',
  listAdmins: 'read',
  getMe: 'read',
};

export function endpointKind(name: PropertyKey): EndpointKind | undefined {
  return typeof name === 'string' && Object.hasOwn(ENDPOINT_KINDS, name) ? ENDPOINT_KINDS[name as EndpointMethod] : undefined;
}
