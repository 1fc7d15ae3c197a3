/**
 * The slice of the Intercom client (src/intercom, CONTRACT.md §B) the loaders and the schema call.
 * Declared structurally so the schema depends on what it uses, not on how the client is built.
 */
import type {
  AdminList,
  Company,
  CompanyList,
  CompanyUpsertBody,
  Contact,
  ContactCreateBody,
  ContactUpdateBody,
  Conversation,
  ConversationList,
  ConversationSearchBody,
  CountsQuery,
  CountsResponse,
  IntercomList,
  SearchBody,
  Segment,
  SegmentList,
  Tag,
  TagRequestBody,
} from '../intercom/types.js';

export interface UpstreamClient {
  getContact(id: string): Promise<Contact>;
  searchContacts(body: SearchBody): Promise<IntercomList<Contact>>;
  createContact(body: ContactCreateBody): Promise<Contact>;
  updateContact(id: string, body: ContactUpdateBody): Promise<Contact>;
  listContactTags(id: string): Promise<IntercomList<Tag>>;
  listContactCompanies(id: string): Promise<CompanyList>;
  listContactSegments(id: string): Promise<IntercomList<Segment>>;
  attachTagToContact(contactId: string, tagId: string): Promise<unknown>;
  detachTagFromContact(contactId: string, tagId: string): Promise<unknown>;
  attachContactToCompany(contactId: string, companyId: string): Promise<unknown>;
  detachContactFromCompany(contactId: string, companyId: string): Promise<unknown>;
  listTags(): Promise<IntercomList<Tag>>;
  getTag(id: string): Promise<Tag>;
  tagRequest(body: TagRequestBody): Promise<Tag>;
  deleteTag(id: string): Promise<unknown>;
  listSegments(options: { includeCount?: boolean }): Promise<SegmentList>;
  getSegment(id: string, options: { includeCount?: boolean }): Promise<Segment>;
  getCompany(id: string): Promise<Company>;
  findCompany(query: { companyId?: string; name?: string }): Promise<Company>;
  listCompanies(query: { tagId?: string; segmentId?: string; page?: number; perPage?: number }): Promise<CompanyList>;
  listCompanyContacts(
    id: string,
    query: { perPage?: number; startingAfter?: string; page?: number },
  ): Promise<IntercomList<Contact>>;
  upsertCompany(body: CompanyUpsertBody): Promise<Company>;
  getConversation(id: string): Promise<Conversation>;
  searchConversations(body: ConversationSearchBody): Promise<ConversationList>;
  tagConversation(id: string, tagId: string, adminId: string): Promise<unknown>;
  untagConversation(id: string, tagId: string, adminId: string): Promise<unknown>;
  getCounts(query: CountsQuery): Promise<CountsResponse>;
  listAdmins(): Promise<AdminList>;
  legacyCountsSupported(): Promise<boolean>;
  /**
   * True when this client serves the tag list and the segment list (without counts) from a cache
   * shared across requests (src/gateway/caching/shared-lists.ts), so reading them is usually free.
   */
  readonly listsCachedAcrossRequests?: boolean;
}
