/**
 * The local grouping API's SQLite schema.
 *
 * Every table has an INTEGER `seq` primary key (SQLite's rowid) used for joins, ordering and cursors,
 * and a public string `id` in Intercom's style. Join tables reference `seq`, never the public id, so
 * membership lookups stay on integer b-trees at a million contacts.
 *
 * Timestamps are Unix seconds, as Intercom sends them. Custom attributes are JSON text.
 */
export const SCHEMA_VERSION = 1;

export const DDL = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS admins (
  seq   INTEGER PRIMARY KEY,
  id    TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL,
  email TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS contacts (
  seq                     INTEGER PRIMARY KEY,
  id                      TEXT NOT NULL UNIQUE,
  role                    TEXT NOT NULL CHECK (role IN ('user', 'lead')),
  external_id             TEXT,            -- 1.x: user_id
  email                   TEXT,
  phone                   TEXT,
  name                    TEXT,
  pseudonym               TEXT,
  avatar                  TEXT,
  owner_id                TEXT,
  unsubscribed_from_emails INTEGER NOT NULL DEFAULT 0,
  has_hard_bounced        INTEGER NOT NULL DEFAULT 0,
  marked_email_as_spam    INTEGER NOT NULL DEFAULT 0,
  created_at              INTEGER NOT NULL,
  updated_at              INTEGER NOT NULL,
  signed_up_at            INTEGER,
  last_seen_at            INTEGER,         -- 1.x: last_request_at
  last_replied_at         INTEGER,
  last_contacted_at       INTEGER,
  last_email_opened_at    INTEGER,
  last_email_clicked_at   INTEGER,
  session_count           INTEGER NOT NULL DEFAULT 0,
  language_override       TEXT,
  browser                 TEXT,
  browser_language        TEXT,
  os                      TEXT,
  location_country        TEXT,
  location_region         TEXT,
  location_city           TEXT,
  location_country_code   TEXT,
  location_continent_code TEXT,
  custom_attributes       TEXT NOT NULL DEFAULT '{}'
);
-- A user's external_id (1.x user_id) identifies it; leads get generated ones.
CREATE UNIQUE INDEX IF NOT EXISTS contacts_external_id ON contacts (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS contacts_email ON contacts (email);
CREATE INDEX IF NOT EXISTS contacts_role_created ON contacts (role, created_at, seq);
CREATE INDEX IF NOT EXISTS contacts_created ON contacts (created_at, seq);
CREATE INDEX IF NOT EXISTS contacts_last_seen ON contacts (last_seen_at);
-- Segments always carry a role (user segments hold users, contact segments leads) and most are activity
-- windows ("seen in the last 30 days", "signed up this week"): these make their counts index-only ranges.
CREATE INDEX IF NOT EXISTS contacts_role_last_seen ON contacts (role, last_seen_at);
CREATE INDEX IF NOT EXISTS contacts_role_signed_up ON contacts (role, signed_up_at);

CREATE TABLE IF NOT EXISTS companies (
  seq               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  company_id        TEXT NOT NULL UNIQUE,  -- the customer's own id; cannot change
  name              TEXT,
  plan              TEXT,
  size              INTEGER,
  website           TEXT,
  industry          TEXT,
  monthly_spend     INTEGER NOT NULL DEFAULT 0,
  session_count     INTEGER NOT NULL DEFAULT 0,
  remote_created_at INTEGER,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  last_request_at   INTEGER,
  custom_attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS companies_name ON companies (name);
CREATE INDEX IF NOT EXISTS companies_last_request ON companies (last_request_at, seq);

CREATE TABLE IF NOT EXISTS contact_companies (
  contact_seq INTEGER NOT NULL REFERENCES contacts (seq) ON DELETE CASCADE,
  company_seq INTEGER NOT NULL REFERENCES companies (seq) ON DELETE CASCADE,
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (contact_seq, company_seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS contact_companies_company ON contact_companies (company_seq, contact_seq);

CREATE TABLE IF NOT EXISTS tags (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- tag names are case-insensitive
  created_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS contact_tags (
  tag_seq     INTEGER NOT NULL REFERENCES tags (seq) ON DELETE CASCADE,
  contact_seq INTEGER NOT NULL REFERENCES contacts (seq) ON DELETE CASCADE,
  applied_at  INTEGER NOT NULL,
  applied_by  TEXT,
  PRIMARY KEY (tag_seq, contact_seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS contact_tags_contact ON contact_tags (contact_seq, tag_seq);

CREATE TABLE IF NOT EXISTS company_tags (
  tag_seq     INTEGER NOT NULL REFERENCES tags (seq) ON DELETE CASCADE,
  company_seq INTEGER NOT NULL REFERENCES companies (seq) ON DELETE CASCADE,
  applied_at  INTEGER NOT NULL,
  PRIMARY KEY (tag_seq, company_seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS company_tags_company ON company_tags (company_seq, tag_seq);

-- Segments are saved filters: 'query' is a 2.x contact search query (JSON); membership is computed.
CREATE TABLE IF NOT EXISTS segments (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL UNIQUE,
  person_type TEXT NOT NULL CHECK (person_type IN ('user', 'contact')),
  query       TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS conversations (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  title       TEXT,
  state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'snoozed')),
  open        INTEGER NOT NULL DEFAULT 1,
  read        INTEGER NOT NULL DEFAULT 0,
  admin_assignee_seq INTEGER REFERENCES admins (seq),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS conversation_contacts (
  conversation_seq INTEGER NOT NULL REFERENCES conversations (seq) ON DELETE CASCADE,
  contact_seq      INTEGER NOT NULL REFERENCES contacts (seq) ON DELETE CASCADE,
  PRIMARY KEY (conversation_seq, contact_seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS conversation_contacts_contact ON conversation_contacts (contact_seq);

CREATE TABLE IF NOT EXISTS conversation_tags (
  tag_seq          INTEGER NOT NULL REFERENCES tags (seq) ON DELETE CASCADE,
  conversation_seq INTEGER NOT NULL REFERENCES conversations (seq) ON DELETE CASCADE,
  applied_at       INTEGER NOT NULL,
  applied_by       TEXT,
  PRIMARY KEY (tag_seq, conversation_seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS conversation_tags_conversation ON conversation_tags (conversation_seq, tag_seq);
`;
