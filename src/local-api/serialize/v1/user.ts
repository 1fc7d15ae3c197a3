import type { Db } from '../../db/open.js';
import type { ContactRow, SegmentRow } from '../../db/rows.js';
import { listContactCompanies, parseAttributes } from '../../store/companies.js';
import { tagsOfContact } from '../../store/tags.js';
import { segmentsOfContact, segmentsOfContacts } from '../../store/segments.js';
import { WORKSPACE_ID } from '../v2/company.js';
import { tagListV1 } from './tag.js';
import { segmentListV1 } from './segment.js';
import { companyRefV1 } from './company.js';

/**
 * A contact in the 1.x dialect (docs/intercom-contract.md#users-and-leads-in-1x): users are `type: 'user'`; leads have the same shape with
 * `type: 'contact'` and `anonymous: true`. The store's 2.x names map back: external_id → user_id,
 * last_seen_at → last_request_at.
 */
export function userV1(db: Db, row: ContactRow, segments: readonly SegmentRow[] = segmentsOfContact(db, row.seq)) {
  const isLead = row.role === 'lead';
  return {
    type: isLead ? ('contact' as const) : ('user' as const),
    id: row.id,
    user_id: row.external_id,
    anonymous: isLead,
    email: row.email,
    phone: row.phone,
    name: row.name,
    pseudonym: row.pseudonym,
    app_id: WORKSPACE_ID,
    avatar: { type: 'avatar' as const, image_url: row.avatar },
    created_at: row.created_at,
    updated_at: row.updated_at,
    signed_up_at: row.signed_up_at,
    last_request_at: row.last_seen_at,
    session_count: row.session_count,
    unsubscribed_from_emails: row.unsubscribed_from_emails === 1,
    marked_email_as_spam: row.marked_email_as_spam === 1,
    has_hard_bounced: row.has_hard_bounced === 1,
    owner_id: row.owner_id,
    language_override: row.language_override,
    user_agent_data: row.browser === null ? null : `${row.browser}${row.os ? ` (${row.os})` : ''}`,
    location_data: {
      type: 'location_data' as const,
      city_name: row.location_city,
      region_name: row.location_region,
      country_name: row.location_country,
      country_code: row.location_country_code,
      continent_code: row.location_continent_code,
    },
    social_profiles: { type: 'social_profile.list' as const, social_profiles: [] },
    companies: { type: 'company.list' as const, companies: listContactCompanies(db, row.seq).map(companyRefV1) },
    segments: segmentListV1(segments),
    tags: tagListV1(tagsOfContact(db, row.seq)),
    custom_attributes: parseAttributes(row.custom_attributes),
  };
}

/** A page of 1.x users: segment membership is worked out for the whole page at once (one query per segment). */
export function usersV1(db: Db, rows: readonly ContactRow[]) {
  const segments = segmentsOfContacts(db, rows.map((row) => row.seq));
  return rows.map((row) => userV1(db, row, segments.get(row.seq)));
}
