import type { Sender } from '../dispatch.js';
import { ENDPOINTS as E } from '../endpoint-table.js';
import type {
  Company,
  CompanyList,
  Contact,
  ContactCreateBody,
  ContactUpdateBody,
  IntercomList,
  SearchBody,
  Segment,
  Tag,
} from '../types.js';

export interface ContactsApi {
  /** `GET /contacts/{id}`. */
  getContact(id: string): Promise<Contact>;
  /** `POST /contacts/search` — read-only, so retried like a GET. */
  searchContacts(body: SearchBody): Promise<IntercomList<Contact>>;
  /** `GET /contacts?per_page=&starting_after=`. */
  listContacts(options?: { perPage?: number; startingAfter?: string }): Promise<IntercomList<Contact>>;
  /** `POST /contacts`. */
  createContact(body: ContactCreateBody): Promise<Contact>;
  /** `PUT /contacts/{id}`. */
  updateContact(id: string, body: ContactUpdateBody): Promise<Contact>;
  /** `GET /contacts/{id}/tags` — every tag, not only the 10 embedded in the contact. */
  listContactTags(id: string): Promise<IntercomList<Tag>>;
  /** `GET /contacts/{id}/companies`. */
  listContactCompanies(id: string, options?: { page?: number; perPage?: number }): Promise<CompanyList>;
  /** `GET /contacts/{id}/segments`. */
  listContactSegments(id: string): Promise<IntercomList<Segment>>;
  /** `POST /contacts/{id}/tags` with `{ id: tagId }`; the tag must exist. */
  attachTagToContact(contactId: string, tagId: string): Promise<Tag>;
  /** `DELETE /contacts/{id}/tags/{tagId}`. */
  detachTagFromContact(contactId: string, tagId: string): Promise<Tag>;
  /** `POST /contacts/{id}/companies` with `{ id: companyId }` — the Intercom company id, not `company_id`. */
  attachContactToCompany(contactId: string, companyId: string): Promise<Company>;
  /** `DELETE /contacts/{id}/companies/{companyId}`. */
  detachContactFromCompany(contactId: string, companyId: string): Promise<Company>;
}

export function contactsApi(t: Sender): ContactsApi {
  return {
    getContact: async (id) => t.send(E.getContact, { params: { contact: id } }),
    searchContacts: async (body) => t.send(E.searchContacts, { body }),
    listContacts: async (options = {}) =>
      t.send(E.listContacts, { query: { per_page: options.perPage, starting_after: options.startingAfter } }),
    createContact: async (body) => t.send(E.createContact, { body }),
    updateContact: async (id, body) => t.send(E.updateContact, { params: { contact: id }, body }),
    listContactTags: async (id) => t.send(E.listContactTags, { params: { contact: id } }),
    listContactCompanies: async (id, options = {}) =>
      t.send(E.listContactCompanies, { params: { contact: id }, query: { page: options.page, per_page: options.perPage } }),
    listContactSegments: async (id) => t.send(E.listContactSegments, { params: { contact: id } }),
    attachTagToContact: async (contactId, tagId) =>
      t.send(E.attachTagToContact, { params: { contact: contactId }, body: { id: tagId } }),
    detachTagFromContact: async (contactId, tagId) =>
      t.send(E.detachTagFromContact, { params: { contact: contactId, tag: tagId } }),
    attachContactToCompany: async (contactId, companyId) =>
      t.send(E.attachContactToCompany, { params: { contact: contactId }, body: { id: companyId } }),
    detachContactFromCompany: async (contactId, companyId) =>
      t.send(E.detachContactFromCompany, { params: { contact: contactId, company: companyId } }),
  };
}
