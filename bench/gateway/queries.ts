/**
 * The reference queries the benchmark runs: each .graphql document of bench/queries with the
 * variables it needs on the seeded workspace (picked from the store, so they name real rows) and
 * its dependent depth — the fewest sequential upstream rounds the REST API allows for it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/local-api/db/open.js';

export interface ReferenceQuery {
  /** Operation name, also the row label. */
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /**
   * Sequential upstream rounds the API forces (the query's dependent depth). Each level of the query
   * that needs the answer of the level above is one round. Lists that depend on nothing (all tags,
   * all segments) never add a round in the ideal: they can go out beside the root call, or come from
   * the gateway's cross-request list cache. 2.x contacts embed only tag and company ids, so names
   * come from those lists or from one call per company.
   */
  depth: number;
  /** Why `depth` is what it is, for the report. */
  depthNote: string;
  /**
   * The same query with more rows at its lists, to show whether upstream calls grow with rows.
   * Absent where the query has no list to grow.
   */
  scaled?: { variables: Record<string, unknown>; note: string };
}

export function readQuery(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../queries/${file}`, import.meta.url)), 'utf8');
}

/** A user that has tags and a company with several users: the richest user-detail page of the seed. */
function richUserEmail(db: Db): string {
  const row = db
    .prepare(
      `SELECT c.email FROM contacts c
        WHERE c.role = 'user' AND c.email IS NOT NULL
          AND EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_seq = c.seq)
          AND EXISTS (SELECT 1 FROM contact_companies cc WHERE cc.contact_seq = c.seq)
        ORDER BY c.seq LIMIT 1`,
    )
    .get() as { email: string } | undefined;
  if (!row) throw new Error('the seed has no user with both tags and a company');
  return row.email;
}

/** The tag most contacts carry. */
export function mostUsedTagId(db: Db): string {
  const row = db
    .prepare(
      `SELECT t.id FROM tags t JOIN contact_tags ct ON ct.tag_seq = t.seq
        GROUP BY t.seq ORDER BY COUNT(*) DESC, t.seq LIMIT 1`,
    )
    .get() as { id: string } | undefined;
  if (!row) throw new Error('the seed has no tagged contact');
  return row.id;
}

export function referenceQueries(db: Db): ReferenceQuery[] {
  const email = richUserEmail(db);
  return [
    {
      name: 'TagExplorer',
      document: readQuery('tag-explorer.graphql'),
      variables: { usersPerTag: 10 },
      scaled: { variables: { usersPerTag: 50 }, note: 'users per tag 10 → 50' },
      depth: 3,
      depthNote: 'tags → one search per tag (users) → segment memberships of those users; the tag list may come from the list cache',
    },
    {
      name: 'TagExplorerCompanies',
      document: readQuery('tag-explorer-companies.graphql'),
      variables: { contactsPerTag: 20 },
      scaled: { variables: { contactsPerTag: 50 }, note: 'contacts per tag 20 → 50' },
      depth: 3,
      depthNote:
        'tags → one search per tag (contacts) → each distinct company of those contacts (GET /companies/{id}: no multi-key endpoint); ' +
        'in steady state the tag list and the companies may come from the list and entity caches',
    },
    {
      name: 'CompanyDirectory',
      document: readQuery('company-directory.graphql'),
      variables: { first: 15, usersPerCompany: 5 },
      scaled: { variables: { first: 45, usersPerCompany: 20 }, note: 'companies 15 → 45, users per company 5 → 20' },
      depth: 2,
      depthNote: 'companies page → contacts and segments per company (no multi-key endpoint); tag names from the tag list',
    },
    {
      name: 'SegmentOverview',
      document: readQuery('segment-overview.graphql'),
      variables: { first: 5 },
      scaled: { variables: { first: 25 }, note: 'users and companies per segment 5 → 25' },
      depth: 2,
      depthNote: 'segments with counts → one search and one company page per segment; tag names from the tag list',
    },
    {
      name: 'UserDetail',
      document: readQuery('user-detail.graphql'),
      variables: { email, colleagues: 5 },
      scaled: { variables: { email, colleagues: 25 }, note: 'colleagues per company 5 → 25' },
      depth: 3,
      depthNote: 'user by email → its segments and each company (no multi-key endpoint) → contacts per company',
    },
    {
      name: 'UsersByTag',
      document: readQuery('users-by-tag.graphql'),
      variables: { tagId: mostUsedTagId(db), first: 20 },
      scaled: { variables: { tagId: mostUsedTagId(db), first: 100 }, note: 'users 20 → 100' },
      depth: 2,
      depthNote: 'one search → each distinct company of the page (GET /companies/{id}: no multi-key endpoint)',
    },
    {
      name: 'ContactByEmail',
      document: readQuery('contact-by-email.graphql'),
      variables: { email },
      depth: 2,
      depthNote: 'one search → each of the contact’s companies (GET /companies/{id})',
    },
  ];
}
