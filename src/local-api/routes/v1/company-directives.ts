/**
 * `companies:[…]` on a 1.x person write: each item creates or updates the company by `company_id`
 * (creating it when missing, as the guide relies on) and attaches the person; `remove: true` detaches.
 */
import type { Db } from '../../db/open.js';
import type { ContactRow } from '../../db/rows.js';
import {
  attachContactToCompany,
  detachContactFromCompany,
  findCompanyByCompanyId,
  upsertCompany,
} from '../../store/companies.js';
import type { CompanyDirective } from './person-input.js';

export function applyCompanyDirectives(db: Db, contact: ContactRow, directives: readonly CompanyDirective[], now: number): void {
  for (const { remove, ...fields } of directives) {
    if (remove === true) {
      // Removing from a company that does not exist (or that the person is not in) changes nothing.
      const company = findCompanyByCompanyId(db, fields.company_id);
      if (company) detachContactFromCompany(db, contact.seq, company.seq);
      continue;
    }
    const company = upsertCompany(db, fields, now);
    attachContactToCompany(db, contact.seq, company.seq, now);
  }
}
