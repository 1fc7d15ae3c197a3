import type { Sender } from '../transport.js';
import { pathId } from '../path.js';
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
  const resource = 'contact';
  return {
    getContact: async (id) => t.send({ method: 'GET', path: `/contacts/${pathId(id, resource)}`, retry: true, resource }),
    searchContacts: async (body) => t.send({ method: 'POST', path: '/contacts/search', body, retry: true, resource }),
    listContacts: async (options = {}) =>
      t.send({
        method: 'GET',
        path: '/contacts',
        query: { per_page: options.perPage, starting_after: options.startingAfter },
        retry: true,
        resource,
      }),
    createContact: async (body) => t.send({ method: 'POST', path: '/contacts', body, retry: false, resource }),
    updateContact: async (id, body) =>
      t.send({ method: 'PUT', path: `/contacts/${pathId(id, resource)}`, body, retry: false, resource }),
    listContactTags: async (id) =>
      t.send({ method: 'GET', path: `/contacts/${pathId(id, resource)}/tags`, retry: true, resource }),
    listContactCompanies: async (id, options = {}) =>
      t.send({
        method: 'GET',
        path: `/contacts/${pathId(id, resource)}/companies`,
        query: { page: options.page, per_page: options.perPage },
        retry: true,
        resource,
      }),
    listContactSegments: async (id) =>
      t.send({ method: 'GET', path: `/contacts/${pathId(id, resource)}/segments`, retry: true, resource }),
    attachTagToContact: async (contactId, tagId) =>
      t.send({
        method: 'POST',
        path: `/contacts/${pathId(contactId, resource)}/tags`,
        body: { id: tagId },
        retry: false,
        resource,
      }),
    detachTagFromContact: async (contactId, tagId) =>
      t.send({
        method: 'DELETE',
        path: `/contacts/${pathId(contactId, resource)}/tags/${pathId(tagId, 'tag')}`,
        retry: false,
        resource,
      }),
    attachContactToCompany: async (contactId, companyId) =>
      t.send({
        method: 'POST',
        path: `/contacts/${pathId(contactId, resource)}/companies`,
        body: { id: companyId },
        retry: false,
        resource,
      }),
    detachContactFromCompany: async (contactId, companyId) =>
      t.send({
        method: 'DELETE',
        path: `/contacts/${pathId(contactId, resource)}/companies/${pathId(companyId, 'company')}`,
        retry: false,
        resource,
      }),
  };
}
