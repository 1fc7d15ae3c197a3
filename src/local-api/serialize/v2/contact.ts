import type { Db } from '../../db/open.js';
import type { ContactRow } from '../../db/rows.js';
import { prepared } from '../../db/statements.js';
import { parseAttributes } from '../../store/companies.js';
import { tagReference } from './tag.js';

/** Contacts embed at most this many tags / companies; `has_more` + `url` point at the full list. */
export const EMBEDDED_LIST_LIMIT = 10;

/** The one workspace the local API serves; 2.x objects name it in `workspace_id` / `app_id`. */
export const LOCAL_WORKSPACE_ID = 'localgroupingapi';

interface EmbeddedRow {
  contact_seq: number;
  id: string;
  total: number;
}

interface Embedded {
  ids: string[];
  total: number;
}

/**
 * One query per embedded list for a whole page of contacts: the first 10 per contact (by when they
 * were attached) plus each contact's total, using window functions over the join table's index.
 * Table and column names are constants from this file, never request text.
 */
function embeddedSql(join: string, joinKey: string, target: string, attachedAt: string): string {
  return `
  SELECT contact_seq, id, total FROM (
    SELECT j.contact_seq, t.id,
           ROW_NUMBER() OVER (PARTITION BY j.contact_seq ORDER BY j.${attachedAt}, j.${joinKey}) AS rn,
           COUNT(*) OVER (PARTITION BY j.contact_seq) AS total
    FROM ${join} j JOIN ${target} t ON t.seq = j.${joinKey}
    WHERE j.contact_seq IN (SELECT value FROM json_each(?))
  ) WHERE rn <= ${EMBEDDED_LIST_LIMIT} ORDER BY contact_seq, rn`;
}

const EMBEDDED_TAGS_SQL = embeddedSql('contact_tags', 'tag_seq', 'tags', 'applied_at');
const EMBEDDED_COMPANIES_SQL = embeddedSql('contact_companies', 'company_seq', 'companies', 'created_at');

function loadEmbedded(db: Db, sql: string, seqs: readonly number[]): Map<number, Embedded> {
  const bySeq = new Map<number, Embedded>();
  if (seqs.length === 0) return bySeq;
  for (const row of prepared<EmbeddedRow>(db, sql).all(JSON.stringify(seqs))) {
    let entry = bySeq.get(row.contact_seq);
    if (!entry) {
      entry = { ids: [], total: row.total };
      bySeq.set(row.contact_seq, entry);
    }
    entry.ids.push(row.id);
  }
  return bySeq;
}

function embeddedList<T>(url: string, items: T[], total: number) {
  return { type: 'list' as const, data: items, url, total_count: total, has_more: total > items.length };
}

/** Owner ids are admin ids; the 2.11 schema types `owner_id` as an integer. */
function ownerIdNumber(ownerId: string | null): number | null {
  return ownerId !== null && /^\d{1,15}$/.test(ownerId) ? Number(ownerId) : null;
}

function emailDomain(email: string | null): string {
  const at = email?.lastIndexOf('@') ?? -1;
  return at === -1 ? '' : email!.slice(at + 1);
}

function contactJson(row: ContactRow, tags: Embedded | undefined, companies: Embedded | undefined) {
  const base = `/contacts/${row.id}`;
  const emptyList = (path: string) => embeddedList(base + path, [], 0);
  return {
    type: 'contact' as const,
    id: row.id,
    workspace_id: LOCAL_WORKSPACE_ID,
    external_id: row.external_id,
    role: row.role,
    // The 2.11 schema types email and email_domain as non-nullable strings: no email reads as ''.
    email: row.email ?? '',
    email_domain: emailDomain(row.email),
    phone: row.phone,
    formatted_phone: row.phone,
    name: row.name,
    avatar: row.avatar === null ? null : { type: 'avatar', image_url: row.avatar },
    owner_id: ownerIdNumber(row.owner_id),
    social_profiles: { type: 'list' as const, data: [] },
    has_hard_bounced: row.has_hard_bounced === 1,
    marked_email_as_spam: row.marked_email_as_spam === 1,
    unsubscribed_from_emails: row.unsubscribed_from_emails === 1,
    created_at: row.created_at,
    updated_at: row.updated_at,
    signed_up_at: row.signed_up_at,
    last_seen_at: row.last_seen_at,
    last_replied_at: row.last_replied_at,
    last_contacted_at: row.last_contacted_at,
    last_email_opened_at: row.last_email_opened_at,
    last_email_clicked_at: row.last_email_clicked_at,
    language_override: row.language_override,
    browser: row.browser,
    browser_version: null,
    browser_language: row.browser_language,
    os: row.os,
    location: {
      type: 'location' as const,
      country: row.location_country,
      region: row.location_region,
      city: row.location_city,
      country_code: row.location_country_code,
      continent_code: row.location_continent_code,
    },
    android_app_name: null,
    android_app_version: null,
    android_device: null,
    android_os_version: null,
    android_sdk_version: null,
    android_last_seen_at: null,
    ios_app_name: null,
    ios_app_version: null,
    ios_device: null,
    ios_os_version: null,
    ios_sdk_version: null,
    ios_last_seen_at: null,
    custom_attributes: parseAttributes(row.custom_attributes),
    tags: embeddedList(`${base}/tags`, (tags?.ids ?? []).map(tagReference), tags?.total ?? 0),
    notes: emptyList('/notes'),
    companies: embeddedList(
      `${base}/companies`,
      (companies?.ids ?? []).map((id) => ({ type: 'company' as const, id, url: `/companies/${id}` })),
      companies?.total ?? 0,
    ),
    opted_out_subscription_types: emptyList('/subscriptions'),
    opted_in_subscription_types: emptyList('/subscriptions'),
    utm_campaign: null,
    utm_content: null,
    utm_medium: null,
    utm_source: null,
    utm_term: null,
    referrer: null,
  };
}

export type ContactV2 = ReturnType<typeof contactJson>;

/** A page of 2.x contacts: two queries for all their embedded tag and company lists, whatever the page size. */
export function contactsV2(db: Db, rows: readonly ContactRow[]): ContactV2[] {
  const seqs = rows.map((r) => r.seq);
  const tags = loadEmbedded(db, EMBEDDED_TAGS_SQL, seqs);
  const companies = loadEmbedded(db, EMBEDDED_COMPANIES_SQL, seqs);
  return rows.map((row) => contactJson(row, tags.get(row.seq), companies.get(row.seq)));
}

/** One 2.11 contact with its embedded tags / notes / companies lists (at most 10 items each). */
export function contactV2(db: Db, row: ContactRow): ContactV2 {
  return contactsV2(db, [row])[0]!;
}
