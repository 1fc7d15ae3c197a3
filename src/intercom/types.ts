/**
 * The Intercom 2.11 REST shapes the gateway reads and sends, derived from the types generated from
 * Intercom's own OpenAPI description (src/intercom/generated/intercom-2.11.ts, `npm run
 * intercom:types`). Each type starts from the spec's schema of the same name; where the gateway
 * needs it to say more or differently, the change is made here with its reason:
 * - `type` literals the spec leaves as `string`, because the envelope check (envelope.ts) relies on them;
 * - custom attributes, which the generator turns into `Record<string, never>` (the spec says `{}`);
 * - fields the spec marks required but that are absent or null until set (a company's name, a tag's
 *   `applied_at` outside a contact's tags), made optional or nullable;
 * - request bodies the spec models as `oneOf` with untyped members, spelled out from its own examples.
 * Sources of every shape: docs/intercom-contract.md.
 */
import type { components } from './generated/intercom-2.11.js';

type Schemas = components['schemas'];
/** `T` with the members of `P` replaced (or added). */
type Patch<T, P> = Omit<T, keyof P> & P;

export type Timestamp = number;
/** Any JSON values by attribute name (the spec's `custom_attributes: {}`). */
export type CustomAttributes = Record<string, unknown>;

// ---------------------------------------------------------------- pagination

/** `pages.next` of a cursor-paginated 2.x list (the spec's `starting_after_paging`); absent or null on the last page. */
export type CursorNext = Partial<Schemas['starting_after_paging']> & { page?: number };

/** The spec's `cursor_pages`; a 1.x-style absolute URL in `next` is tolerated. */
export type Pages = Patch<Schemas['cursor_pages'], { next?: CursorNext | string | null }>;

/** The 2.x `list`/`data` envelope (the spec's `contact_list`, `company_list`, `tag_list`…) over any item. */
export type IntercomList<T> = Patch<Schemas['contact_list'], { data: T[]; total_count?: number; pages?: Pages | null }>;

/** A list embedded in a contact (`contact_tags`, `contact_companies`), capped at 10 items: follow `url` when `has_more`. */
export type EmbeddedList<T> = Patch<Schemas['contact_tags'], { type: 'list'; data: T[] }>;

// ---------------------------------------------------------------- tags

export type TagRef = Patch<Schemas['addressable_list'], { type: 'tag'; url?: string }>;

/** `applied_at` / `applied_by` are present only when the tag is read as applied to something (a contact's tags). */
export type Tag = Patch<
  Schemas['tag'],
  { type: 'tag'; applied_at?: Schemas['tag']['applied_at']; applied_by?: Schemas['tag']['applied_by'] }
>;

/** Every body `POST /tags` accepts: create, rename, tag/untag companies, tag users. */
export type TagRequestBody =
  | Pick<Schemas['create_or_update_tag_request'], 'name'>
  | Required<Schemas['create_or_update_tag_request']>
  | (Pick<Schemas['tag_company_request'], 'name'> & {
      companies: Array<({ id: string } | { company_id: string }) & { untag?: boolean }>;
    })
  | (Pick<Schemas['tag_multiple_users_request'], 'name'> & { users: Array<{ id: string; untag?: boolean }> });

// ---------------------------------------------------------------- segments

/** `count` only with `include_count=true`. */
export type Segment = Patch<Schemas['segment'], { count?: number }>;

/** `GET /segments` keeps the `segment.list`/`segments` naming in 2.x. */
export type SegmentList = Patch<Schemas['segment_list'], { segments: Segment[]; pages?: unknown }>;

// ---------------------------------------------------------------- contacts

export type ContactRole = 'user' | 'lead';

export type CompanyRef = { type: 'company'; id: string; url?: string };

/** The spec's `contact_location` with the codes 2.11 answers carry (and the local API sends). */
export type Location = Patch<
  Schemas['contact_location'],
  { type?: 'location'; country: string | null; region: string | null; city: string | null; country_code?: string | null; continent_code?: string | null }
>;

export type Contact = Patch<
  Schemas['contact'],
  {
    type: 'contact';
    role: ContactRole;
    /** Absent in the spec's examples for phone-only leads; null when not set. */
    email: string | null;
    /** An image URL (older versions) or the spec's avatar object. */
    avatar: string | null | { type: 'avatar'; image_url: string | null };
    owner_id: number | string | null;
    custom_attributes: CustomAttributes;
    tags: EmbeddedList<TagRef>;
    companies: EmbeddedList<CompanyRef>;
    location: Location | null;
    notes?: EmbeddedList<{ type: 'note'; id: string; url?: string }>;
    social_profiles?: { type: 'list'; data: unknown[] };
  }
>;

/** The spec's `create_contact_request` is a `oneOf` whose members the generator cannot type; it is `update_contact_request`'s fields. */
export type ContactCreateBody = Patch<
  Schemas['update_contact_request'],
  { role?: ContactRole; custom_attributes?: CustomAttributes; owner_id?: number }
>;

export type ContactUpdateBody = ContactCreateBody;

// ---------------------------------------------------------------- search

export type SearchOperator = NonNullable<Schemas['single_filter_search_request']['operator']>;

/** `IN`/`NIN` values may mix strings and numbers (the spec says `string[] | number[]`). */
export type SearchFilter = Patch<
  Required<Schemas['single_filter_search_request']>,
  { value: string | number | boolean | null | Array<string | number> }
>;

export interface SearchGroup {
  operator: NonNullable<Schemas['multiple_filter_search_request']['operator']>;
  value: Array<SearchFilter | SearchGroup>;
}

export type SearchQuery = SearchFilter | SearchGroup;

/** The spec's `search_request`, with the sort the contact search accepts. */
export interface SearchBody {
  query: SearchQuery;
  pagination?: Partial<Schemas['starting_after_paging']>;
  sort?: { field: string; order?: 'ascending' | 'descending' };
}

// ---------------------------------------------------------------- companies

export type Company = Patch<
  Schemas['company'],
  {
    type: 'company';
    app_id?: string;
    /** Required in the spec, but unset (null) for a company created with only its `company_id`. */
    name: string | null;
    plan: { type: 'plan'; id: string; name: string } | Record<string, never> | null;
    remote_created_at: Timestamp | null;
    last_request_at: Timestamp | null;
    size: number | null;
    website: string | null;
    industry: string | null;
    monthly_spend: number | null;
    custom_attributes: CustomAttributes;
    /** 2.x companies still embed 1.x-style typed wrappers. */
    tags: { type: 'tag.list'; tags: Tag[] };
    segments: { type: 'segment.list'; segments: Segment[] };
  }
>;

export type CompanyUpsertBody = Patch<
  Schemas['create_or_update_company_request'],
  { company_id: string; custom_attributes?: CustomAttributes }
>;

/** `GET /companies` (list), `POST /companies/list` and `/contacts/{id}/companies` answer this. */
export type CompanyList = IntercomList<Company>;

// ---------------------------------------------------------------- conversations

export type ConversationContactRef = Schemas['contact_reference'];

/** Only what the gateway reads of the spec's large `conversation` object. */
export type Conversation = Patch<
  Pick<Schemas['conversation'], 'id' | 'created_at' | 'updated_at'>,
  {
    type: 'conversation';
    title?: string | null;
    open?: boolean;
    state?: string;
    tags: { type: 'tag.list'; tags: Tag[] };
    contacts: Schemas['conversation_contacts'];
  }
>;

export interface ConversationSearchBody {
  query: SearchQuery;
  pagination?: Partial<Schemas['starting_after_paging']>;
}

/** The spec's `paginated_conversation_response`. */
export type ConversationList = Patch<
  Schemas['paginated_conversation_response'],
  { conversations: Conversation[]; pages?: Pages | null }
>;

// ---------------------------------------------------------------- admins

export type Admin = Pick<Schemas['admin'], 'id' | 'name' | 'email'> & { type: 'admin' };

export type AdminList = Patch<Schemas['admin_list'], { admins: Admin[] }>;

// ---------------------------------------------------------------- counts (2.0–2.6; absent from every published spec)

/** The `GET /counts` query: app totals with no arguments, else a type/count combination. */
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

/** Intercom's error envelope (the spec's `error`). */
export type ErrorList = Patch<Schemas['error'], { type: 'error.list' }>;
