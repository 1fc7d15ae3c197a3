/**
 * Companies by Intercom id, by company_id and by name. The 2.x API has no multi-key company
 * lookup, so each distinct company costs one call (`GET /companies/{id}` or
 * `GET /companies?company_id=`); the loaders make sure it is only one per request.
 *
 * By name, case-insensitively (as tags and emails): the upstream matches `?name=` exactly, so a name
 * it does not find is looked up, without regard to case, in the workspace's company directory
 * (names and company_ids) — one read shared by the whole request, not one per name — and then read
 * by its company_id. Where no such directory is cheap (no `GET /counts`), the exact match stands.
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

/** Every company's name and company_id, from one shared read; undefined where no cheap source exists. */
export type CompanyDirectory = () => Promise<ReadonlyArray<{ name: string; companyId: string | null }> | undefined>;

export function createCompanyLoaders(client: UpstreamClient, tuning: LoaderTuning, directory?: CompanyDirectory): CompanyLoaders {
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
    async (names) => {
      const exact = await Promise.all(names.map((name) => primed(orNull(client.findCompany({ name })))));
      if (exact.every((company) => company !== null) || !directory) return exact;
      const companies = await directory();
      if (!companies) return exact;
      const companyIdByName = new Map<string, string>();
      for (const entry of companies) {
        const key = entry.name.toLowerCase();
        if (entry.companyId !== null && !companyIdByName.has(key)) companyIdByName.set(key, entry.companyId);
      }
      return Promise.all(
        exact.map((company, index) => {
          if (company) return company;
          const companyId = companyIdByName.get(names[index]!.toLowerCase());
          return companyId === undefined ? null : byCompanyId.load(companyId);
        }),
      );
    },
    { ...tuning, cacheKeyFn: (name) => name.toLowerCase() },
  );
  return { byId, byCompanyId, byName, prime };
}
