/**
 * The Intercom 2.11 REST shapes the gateway reads and sends (CONTRACT.md §B). Only fields a frontend
 * would show or the gateway needs are typed; everything else passes through untyped. Fields Intercom
 * documents as nullable are `| null`; fields older versions or the local API may omit are optional.
 */

export type Timestamp = number;
export type CustomAttributes = Record<string, unknown>;

// ---------------------------------------------------------------- pagination

/** `pages.next` of a cursor-paginated 2.x list; absent (or null) on the last page. */
export interface CursorNext {
  page?: number;
  per_page?: number;
  starting_after?: string | null;
}

export interface Pages {
  type: 'pages';
  page: number;
  per_page: number;
  total_pages: number;
  next?: CursorNext | string | null;
}

/** The 2.x `list`/`data` envelope used by contacts, companies, tags and sub-resources. */
export interface IntercomList<T> {
  type: 'list';
  data: T[];
  total_count?: number;
  pages?: Pages | null;
}

/** A list embedded in a contact, capped at 10 items: follow `url` when `has_more` is true. */
export interface EmbeddedList<T> {
  type: 'list';
  data: T[];
  url: string;
  total_count: number;
  has_more: boolean;
}

// ---------------------------------------------------------------- tags

export interface TagRef {
  type: 'tag';
  id: string;
  url?: string;
}

export interface Tag {
  type: 'tag';
  id: string;
  name: string;
  /** Present when the tag is read as applied to something (a contact's tags). */
  applied_at?: Timestamp | null;
  applied_by?: { type: string; id: string } | null;
}

/** Every body `POST /tags` accepts (create, rename, tag/untag companies, tag users). */
export type TagRequestBody =
  | { name: string }
  | { id: string; name: string }
  | { name: string; companies: Array<({ id: string } | { company_id: string }) & { untag?: boolean }> }
  | { name: string; users: Array<{ id: string } & { untag?: boolean }> };

// ---------------------------------------------------------------- segments

export interface Segment {
  type: 'segment';
  id: string;
  name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  person_type: 'user' | 'contact' | 'lead' | string;
  /** Only with `include_count=true`. */
  count?: number;
}

/** `GET /segments` keeps the `segment.list`/`segments` naming in 2.x. */
export interface SegmentList {
  type: 'segment.list';
  segments: Segment[];
  pages?: unknown;
}

// ---------------------------------------------------------------- contacts

export type ContactRole = 'user' | 'lead';

export interface CompanyRef {
  type: 'company';
  id: string;
  url?: string;
}

export interface Location {
  type?: 'location';
  country: string | null;
  region: string | null;
  city: string | null;
  country_code?: string | null;
  continent_code?: string | null;
}

export interface Contact {
  type: 'contact';
  id: string;
  workspace_id?: string;
  external_id: string | null;
  role: ContactRole;
  email: string | null;
  email_domain?: string | null;
  phone: string | null;
  formatted_phone?: string | null;
  name: string | null;
  avatar: string | null | { type: 'avatar'; image_url: string | null };
  owner_id: number | string | null;
  has_hard_bounced: boolean;
  marked_email_as_spam: boolean;
  unsubscribed_from_emails: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  signed_up_at: Timestamp | null;
  last_seen_at: Timestamp | null;
  last_replied_at: Timestamp | null;
  last_contacted_at: Timestamp | null;
  last_email_opened_at: Timestamp | null;
  last_email_clicked_at: Timestamp | null;
  language_override: string | null;
  browser: string | null;
  browser_version?: string | null;
  browser_language: string | null;
  os: string | null;
  location: Location | null;
  custom_attributes: CustomAttributes;
  tags: EmbeddedList<TagRef>;
  companies: EmbeddedList<CompanyRef>;
  notes?: EmbeddedList<{ type: 'note'; id: string; url?: string }>;
  social_profiles?: { type: 'list'; data: unknown[] };
  [extra: string]: unknown;
}

export interface ContactCreateBody {
  role?: ContactRole;
  external_id?: string;
  email?: string;
  phone?: string;
  name?: string;
  avatar?: string;
  signed_up_at?: Timestamp;
  last_seen_at?: Timestamp;
  owner_id?: number;
  unsubscribed_from_emails?: boolean;
  custom_attributes?: CustomAttributes;
}

export type ContactUpdateBody = ContactCreateBody;

// ---------------------------------------------------------------- search

export type SearchOperator = '=' | '!=' | 'IN' | 'NIN' | '>' | '<' | '>=' | '<=' | '~' | '!~' | '^' | '$';

export interface SearchFilter {
  field: string;
  operator: SearchOperator;
  value: string | number | boolean | null | Array<string | number>;
}

export interface SearchGroup {
  operator: 'AND' | 'OR';
  value: Array<SearchFilter | SearchGroup>;
}

export type SearchQuery = SearchFilter | SearchGroup;

export interface SearchBody {
  query: SearchQuery;
  pagination?: { per_page?: number; starting_after?: string | null };
  sort?: { field: string; order?: 'ascending' | 'descending' };
}

// ---------------------------------------------------------------- companies

export interface Company {
  type: 'company';
  id: string;
  app_id?: string;
  name: string | null;
  company_id: string;
  plan: { type: 'plan'; id: string; name: string } | Record<string, never> | null;
  remote_created_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_request_at: Timestamp | null;
  size: number | null;
  website: string | null;
  industry: string | null;
  monthly_spend: number | null;
  session_count: number;
  user_count: number;
  custom_attributes: CustomAttributes;
  /** 2.x companies still embed 1.x-style typed wrappers. */
  tags: { type: 'tag.list'; tags: Tag[] };
  segments: { type: 'segment.list'; segments: Segment[] };
  [extra: string]: unknown;
}

export interface CompanyUpsertBody {
  company_id: string;
  name?: string;
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  monthly_spend?: number;
  remote_created_at?: Timestamp;
  custom_attributes?: CustomAttributes;
}

/** `GET /companies` (list), `POST /companies/list` and `/contacts/{id}/companies` answer this. */
export type CompanyList = IntercomList<Company>;

// ---------------------------------------------------------------- conversations

export interface ConversationContactRef {
  type: 'contact';
  id: string;
  external_id?: string | null;
}

export interface Conversation {
  type: 'conversation';
  id: string;
  title?: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  open?: boolean;
  state?: string;
  tags: { type: 'tag.list'; tags: Tag[] };
  contacts: { type: 'contact.list'; contacts: ConversationContactRef[] };
  [extra: string]: unknown;
}

export interface ConversationSearchBody {
  query: SearchQuery;
  pagination?: { per_page?: number; starting_after?: string | null };
}

export interface ConversationList {
  type: 'conversation.list';
  conversations: Conversation[];
  total_count: number;
  pages?: Pages | null;
}

// ---------------------------------------------------------------- admins

export interface Admin {
  type: 'admin';
  id: string;
  name: string;
  email: string;
}

export interface AdminList {
  type: 'admin.list';
  admins: Admin[];
}

// ---------------------------------------------------------------- counts (2.0–2.6, CONTRACT §A.6/§B.8)

/** The `GET /counts` query: app totals with no arguments, else a type/count combination (§A.6). */
export interface CountsQuery {
  type?: 'user' | 'company' | 'conversation';
  count?: 'tag' | 'segment' | 'user' | 'admin';
  /** Only `type=company` counts page (doubly nested `pages` in the answer). */
  page?: number;
  perPage?: number;
}

/** Single-key `{ "<name>": count }` entries, keyed by name, not id; company user counts add `remote_company_id`. */
export type CountEntry = Record<string, number | string>;

export interface CountsResponse {
  type: 'count' | 'count.hash';
  /** App totals (no query): `company`, `user`, `lead`, `tag`, `segment`, each `{ count }`. */
  company?: { count?: number; tag?: CountEntry[]; segment?: CountEntry[]; user?: CountEntry[] };
  user?: { count?: number; tag?: CountEntry[]; segment?: CountEntry[] };
  lead?: { count: number };
  tag?: { count: number };
  segment?: { count: number };
  conversation?: Record<string, unknown>;
  pages?: unknown;
  [extra: string]: unknown;
}

// ---------------------------------------------------------------- errors

/** Intercom's error envelope (CONTRACT §0.1). */
export interface ErrorList {
  type: 'error.list';
  request_id?: string | null;
  errors: Array<{ code: string; message?: string; field?: string }>;
}
