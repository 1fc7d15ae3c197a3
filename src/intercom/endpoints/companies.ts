import type { Sender } from '../dispatch.js';
import { ENDPOINTS as E } from '../endpoint-table.js';
import { UpstreamError } from '../errors.js';
import type { Company, CompanyList, CompanyUpsertBody, Contact, IntercomList, Segment } from '../types.js';

export interface ListCompaniesOptions {
  tagId?: string;
  segmentId?: string;
  page?: number;
  perPage?: number;
}

export interface CompaniesApi {
  /** `GET /companies/{id}` (the Intercom id). */
  getCompany(id: string): Promise<Company>;
  /** `GET /companies?company_id=` or `?name=` — Intercom answers ONE company object for these. */
  findCompany(by: { companyId?: string; name?: string }): Promise<Company>;
  /**
   * `GET /companies?tag_id=|segment_id=` when filtered, else `POST /companies/list` (the documented
   * list call). Both hide companies with no users and are read-only, so both are retried.
   */
  listCompanies(options?: ListCompaniesOptions): Promise<CompanyList>;
  /** `GET /companies/{id}/contacts` — cursor pages (`starting_after`) or page numbers. */
  listCompanyContacts(
    id: string,
    options?: { perPage?: number; startingAfter?: string; page?: number },
  ): Promise<IntercomList<Contact>>;
  /** `GET /companies/{id}/segments`. */
  listCompanySegments(id: string): Promise<IntercomList<Segment>>;
  /** `POST /companies` — create or update by `company_id`. */
  upsertCompany(body: CompanyUpsertBody): Promise<Company>;
}

export function companiesApi(t: Sender): CompaniesApi {
  return {
    getCompany: async (id) => t.send(E.getCompany, { params: { company: id } }),
    findCompany: async (by) => {
      if (by.companyId === undefined && by.name === undefined) {
        throw new UpstreamError('BAD_USER_INPUT', 'Finding a company needs a companyId or a name');
      }
      // Exactly one key: with both, Intercom's precedence is undocumented.
      const query = by.companyId !== undefined ? { company_id: by.companyId } : { name: by.name };
      return t.send(E.findCompany, { query });
    },
    listCompanies: async (options = {}) => {
      const paging = { page: options.page, per_page: options.perPage };
      if (options.tagId !== undefined || options.segmentId !== undefined) {
        return t.send(E.listCompaniesFiltered, { query: { tag_id: options.tagId, segment_id: options.segmentId, ...paging } });
      }
      return t.send(E.listCompanies, { query: paging });
    },
    listCompanyContacts: async (id, options = {}) =>
      t.send(E.listCompanyContacts, {
        params: { company: id },
        query: { per_page: options.perPage, starting_after: options.startingAfter, page: options.page },
      }),
    listCompanySegments: async (id) => t.send(E.listCompanySegments, { params: { company: id } }),
    upsertCompany: async (body) => t.send(E.upsertCompany, { body }),
  };
}
