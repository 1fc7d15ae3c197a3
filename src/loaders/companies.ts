/**
 * Companies by Intercom id, by company_id and by name. The 2.x API has no multi-key company
 * lookup, so each distinct company costs one call (`GET /companies/{id}` or
 * `GET /companies?company_id=`); the loaders make sure it is only one per request.
 */
import DataLoader from 'dataloader';
import type { Company } from '../intercom/types.js';
import { orNull } from './not-found.js';
import type { LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface CompanyLoaders {
  byId: DataLoader<string, Company | null>;
  byCompanyId: DataLoader<string, Company | null>;
  byName: DataLoader<string, Company | null>;
  prime(companies: Iterable<Company>): void;
}

export function createCompanyLoaders(client: UpstreamClient, tuning: LoaderTuning): CompanyLoaders {
  const byId = new DataLoader<string, Company | null>(
    (ids) => Promise.all(ids.map((id) => orNull(client.getCompany(id)))),
    tuning,
  );
  const prime = (companies: Iterable<Company>) => {
    for (const company of companies) byId.clear(company.id).prime(company.id, company);
  };
  const primed = async (read: Promise<Company | null>) => {
    const company = await read;
    if (company) prime([company]);
    return company;
  };
  const byCompanyId = new DataLoader<string, Company | null>(
    (companyIds) => Promise.all(companyIds.map((companyId) => primed(orNull(client.findCompany({ companyId }))))),
    tuning,
  );
  const byName = new DataLoader<string, Company | null>(
    (names) => Promise.all(names.map((name) => primed(orNull(client.findCompany({ name }))))),
    tuning,
  );
  return { byId, byCompanyId, byName, prime };
}
