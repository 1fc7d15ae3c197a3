/** Row shapes as they come out of SQLite (see schema.ts). Booleans are 0/1, JSON columns are text. */

export interface ContactRow {
  seq: number;
  id: string;
  role: 'user' | 'lead';
  external_id: string | null;
  email: string | null;
  phone: string | null;
  name: string | null;
  pseudonym: string | null;
  avatar: string | null;
  owner_id: string | null;
  unsubscribed_from_emails: 0 | 1;
  has_hard_bounced: 0 | 1;
  marked_email_as_spam: 0 | 1;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  last_seen_at: number | null;
  last_replied_at: number | null;
  last_contacted_at: number | null;
  last_email_opened_at: number | null;
  last_email_clicked_at: number | null;
  session_count: number;
  language_override: string | null;
  browser: string | null;
  browser_language: string | null;
  os: string | null;
  location_country: string | null;
  location_region: string | null;
  location_city: string | null;
  location_country_code: string | null;
  location_continent_code: string | null;
  custom_attributes: string;
}

export interface CompanyRow {
  seq: number;
  id: string;
  company_id: string;
  name: string | null;
  plan: string | null;
  size: number | null;
  website: string | null;
  industry: string | null;
  monthly_spend: number;
  session_count: number;
  remote_created_at: number | null;
  created_at: number;
  updated_at: number;
  last_request_at: number | null;
  custom_attributes: string;
}

export interface TagRow {
  seq: number;
  id: string;
  name: string;
  created_at: number;
}

export interface SegmentRow {
  seq: number;
  id: string;
  name: string;
  person_type: 'user' | 'contact';
  query: string;
  created_at: number;
  updated_at: number;
}

export interface ConversationRow {
  seq: number;
  id: string;
  title: string | null;
  state: 'open' | 'closed' | 'snoozed';
  open: 0 | 1;
  read: 0 | 1;
  admin_assignee_seq: number | null;
  created_at: number;
  updated_at: number;
}

export interface AdminRow {
  seq: number;
  id: string;
  name: string;
  email: string;
}
