import type { Db } from '../../db/open.js';
import type { CompanyRow } from '../../db/rows.js';
import { companyUserCount, parseAttributes } from '../../store/companies.js';
import { tagsOfCompany } from '../../store/tags.js';
import { segmentsOfCompanies } from '../../store/company-segments.js';
// One plan representation and one workspace id for both dialects: the guide's 1.x output shows the
// plan as an object (`{}` when unset), not the string the contract's field table suggests.
import { planJson, WORKSPACE_ID } from '../v2/company.js';
import { tagListV1 } from './tag.js';
import { segmentListV1 } from './segment.js';

/** A company in the 1.x dialect (docs/intercom-contract.md#companies), with its tags and segments as typed list wrappers. */
export function companyV1(db: Db, row: CompanyRow) {
  return companiesV1(db, [row])[0]!;
}

/** A page of 1.x companies: segment memberships for the whole page come from one query. */
export function companiesV1(db: Db, rows: readonly CompanyRow[]) {
  const segments = segmentsOfCompanies(db, rows.map((row) => row.seq));
  return rows.map((row) => ({
    type: 'company' as const,
    id: row.id,
    company_id: row.company_id,
    app_id: WORKSPACE_ID,
    name: row.name,
    remote_created_at: row.remote_created_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    last_request_at: row.last_request_at,
    monthly_spend: row.monthly_spend,
    session_count: row.session_count,
    user_count: companyUserCount(db, row.seq),
    size: row.size,
    website: row.website,
    industry: row.industry,
    plan: planJson(row.plan),
    custom_attributes: parseAttributes(row.custom_attributes),
    tags: tagListV1(tagsOfCompany(db, row.seq)),
    segments: segmentListV1(segments.get(row.seq) ?? []),
  }));
}

/** The short company entry embedded in a 1.x user's `companies` list (as the guide shows it). */
export function companyRefV1(row: CompanyRow) {
  return { type: 'company' as const, company_id: row.company_id, id: row.id, name: row.name };
}
