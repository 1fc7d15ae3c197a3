/**
 * The 2.x company object (2.11 `company` schema).
 *
 * The spec marks name, size, website, industry, remote_created_at and last_request_at as required and
 * non-nullable, so unset values are sent as the type's empty value ('' or 0) rather than null or
 * omitted — a client should read 0 timestamps and '' strings as "not set".
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/open.js';
import type { CompanyRow } from '../../db/rows.js';
import { companyUserCount, parseAttributes } from '../../store/companies.js';
import { segmentsOfCompanies } from '../../store/company-segments.js';
import { tagsOfCompany } from '../../store/tags.js';
import { segmentJson } from './segment.js';
import { LOCAL_WORKSPACE_ID } from './contact.js';

/** The workspace (Intercom `app_id`) every object of the local API belongs to. */
export const WORKSPACE_ID = LOCAL_WORKSPACE_ID;

export function companyV2(db: Db, row: CompanyRow): Record<string, unknown> {
  return companiesV2(db, [row])[0]!;
}

/** A page of companies: segment memberships for the whole page come from one query. */
export function companiesV2(db: Db, rows: readonly CompanyRow[]): Array<Record<string, unknown>> {
  const segments = segmentsOfCompanies(db, rows.map((row) => row.seq));
  return rows.map((row) => ({
    type: 'company',
    company_id: row.company_id,
    id: row.id,
    app_id: WORKSPACE_ID,
    name: row.name ?? '',
    remote_created_at: row.remote_created_at ?? 0,
    created_at: row.created_at,
    updated_at: row.updated_at,
    last_request_at: row.last_request_at ?? 0,
    monthly_spend: row.monthly_spend,
    session_count: row.session_count,
    user_count: companyUserCount(db, row.seq),
    size: row.size ?? 0,
    website: row.website ?? '',
    industry: row.industry ?? '',
    tags: { type: 'tag.list', tags: tagsOfCompany(db, row.seq).map((tag) => ({ type: 'tag', id: tag.id, name: tag.name })) },
    segments: { type: 'segment.list', segments: (segments.get(row.seq) ?? []).map((segment) => segmentJson(segment)) },
    plan: planJson(row.plan),
    custom_attributes: parseAttributes(row.custom_attributes),
  }));
}

/**
 * Plans are stored by name (the API takes a string) and read back as `{type:'plan', id, name}`. The id
 * is derived from the name, so equal plan names always share an id; no plan reads back as `{}`, as in
 * Intercom's own examples.
 */
export function planJson(plan: string | null): Record<string, string> {
  if (plan === null || plan === '') return {};
  const id = String(createHash('sha1').update(plan).digest().readUInt32BE(0) % 1_000_000);
  return { type: 'plan', id, name: plan };
}
