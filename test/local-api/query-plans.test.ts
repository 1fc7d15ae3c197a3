/**
 * The query shapes that keep big stores fast (issue 2: list-by-tag, search and company pages at a
 * million contacts). Timings are not asserted — plans and results are: which plan a membership test
 * takes, that a page walks an index rather than sorting every member, and that remembered counts
 * never outlive a write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/local-api/db/open.js';
import { seedDatabase } from '../../src/local-api/seed/index.js';
import { generatedIds } from '../../src/local-api/seed/generate.js';
import { compileContactQuery } from '../../src/local-api/search/compile.js';
import { probeThreshold } from '../../src/local-api/search/membership-plan.js';
import { countContactsWhere } from '../../src/local-api/search/count-cache.js';
import { listSegments, segmentWhere, segmentsOfContact, segmentsOfContacts } from '../../src/local-api/store/segments.js';
import { userCountsByCompany } from '../../src/local-api/store/counts.js';
import { listContactPage } from '../../src/local-api/store/contact-pages.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

const NOW = 1_764_400_000;
const CONTACTS = 20_000;

const plan = (db: Db, sql: string, params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join(' | ');

const tagSeqOfSize = (db: Db, order: 'ASC' | 'DESC') =>
  db.prepare(`SELECT tag_seq FROM contact_tags GROUP BY tag_seq ORDER BY COUNT(*) ${order} LIMIT 1`).pluck().get() as number;

describe('membership plan threshold', () => {
  it('probes always for a few given contacts, never when counting', () => {
    expect(probeThreshold(1_000_000, 0)).toBe(0);
    expect(probeThreshold(1_000_000, Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('scales with the store and with how deep the page is', () => {
    const firstPage = probeThreshold(1_000_000, 51);
    expect(probeThreshold(1_000, 51)).toBeLessThan(firstPage);
    expect(probeThreshold(1_000_000, 10_000)).toBeGreaterThan(firstPage);
    // A 4,400-member tag among a million contacts fills a first page faster by probing.
    expect(firstPage).toBeLessThan(4_400);
  });
});

describe('query plans on a generated store', () => {
  let db: Db;
  beforeAll(() => {
    db = openDatabase(':memory:');
    seedDatabase(db, CONTACTS, { progress: false, now: NOW });
  });
  afterAll(() => db.close());

  const tagQuery = (seq: number) => ({ field: 'tag_id', operator: '=', value: generatedIds.tag(seq) });
  const pageSql = (where: { sql: string }) =>
    `SELECT c.seq FROM contacts c WHERE ${where.sql} ORDER BY c.created_at DESC, c.seq DESC LIMIT 51`;

  it('pages a common tag by walking the created_at index, without a Bloom filter or a sort of all members', () => {
    const where = compileContactQuery(db, tagQuery(tagSeqOfSize(db, 'DESC')), 'c', { now: NOW, rowsWanted: 51 });
    const text = plan(db, pageSql(where), where.params);
    expect(text).toContain('SCAN c USING COVERING INDEX contacts_created');
    expect(text).not.toContain('BLOOM FILTER');
    expect(text).not.toContain('TEMP B-TREE');
  });

  it('drives a rare tag, and any tag being counted, from its member list (no scan of contacts)', () => {
    const rare = compileContactQuery(db, tagQuery(tagSeqOfSize(db, 'ASC')), 'c', { now: NOW, rowsWanted: 51 });
    expect(plan(db, pageSql(rare), rare.params)).toContain('SEARCH c USING INTEGER PRIMARY KEY');
    expect(plan(db, pageSql(rare), rare.params)).not.toMatch(/SCAN c\b/);
    const counted = compileContactQuery(db, tagQuery(tagSeqOfSize(db, 'DESC')), 'c', { now: NOW, rowsWanted: Number.POSITIVE_INFINITY });
    const countSql = `SELECT COUNT(*) FROM contacts c WHERE ${counted.sql}`;
    expect(plan(db, countSql, counted.params)).not.toMatch(/SCAN c\b/);
  });

  it('1.x list by tag answers the right rows on either plan: page 1 of a common tag, the last page of a rare one', () => {
    const common = tagSeqOfSize(db, 'DESC');
    const rare = tagSeqOfSize(db, 'ASC');
    const first = listContactPage(db, { filter: { tagSeq: common }, sort: 'created_at', order: 'desc', page: 1, perPage: 50 });
    const expected = db
      .prepare('SELECT contact_seq FROM contact_tags ct JOIN contacts c ON c.seq = ct.contact_seq WHERE ct.tag_seq = ? ORDER BY c.created_at DESC, c.seq DESC LIMIT 50')
      .pluck()
      .all(common);
    expect(first.rows.map((row) => row.seq)).toEqual(expected);
    const members = db.prepare('SELECT COUNT(*) FROM contact_tags WHERE tag_seq = ?').pluck().get(rare) as number;
    const last = listContactPage(db, { filter: { tagSeq: rare }, sort: 'created_at', order: 'asc', page: Math.ceil(members / 10), perPage: 10 });
    expect(last.total).toBe(members);
    expect(last.rows.length).toBe(members - (Math.ceil(members / 10) - 1) * 10);
  });

  it("tests a page's segments starting from the page's own rows, not from a segment's index", () => {
    const seqs = JSON.stringify([1, 2, 3]);
    for (const segment of listSegments(db)) {
      const where = segmentWhere(db, segment, 'c', NOW, 0);
      const text = plan(db, `SELECT c.seq FROM json_each(?) AS page CROSS JOIN contacts c ON c.seq = page.value WHERE ${where.sql}`, [seqs, ...where.params]);
      expect(text, segment.name).toMatch(/^SCAN page .*SEARCH c USING INTEGER PRIMARY KEY/);
    }
  });

  it('finds the same segments for a page at once as one contact at a time', () => {
    const seqs = Array.from({ length: 60 }, (_, i) => 1 + i * 333);
    const together = segmentsOfContacts(db, seqs, NOW);
    for (const seq of seqs) {
      const alone = listSegments(db).filter((segment) => {
        const where = segmentWhere(db, segment, 'c', NOW, Number.POSITIVE_INFINITY);
        return db.prepare(`SELECT 1 FROM contacts c WHERE c.seq = ? AND ${where.sql}`).get(seq, ...where.params) !== undefined;
      });
      expect(together.get(seq)!.map((s) => s.name), `contact ${seq}`).toEqual(alone.map((s) => s.name));
      expect(segmentsOfContact(db, seq, NOW).map((s) => s.name)).toEqual(alone.map((s) => s.name));
    }
    expect([...together.values()].some((segments) => segments.some((s) => s.name === 'VIP'))).toBe(true);
  });

  it('counts users per company as the plain join does, leads attached to a company excluded', () => {
    const lead = db.prepare("SELECT seq FROM contacts WHERE role = 'lead' ORDER BY seq LIMIT 1").pluck().get() as number;
    db.prepare('INSERT INTO contact_companies (contact_seq, company_seq, created_at) VALUES (?, 1, ?)').run(lead, NOW);
    const plain = db
      .prepare(
        `SELECT co.name AS name, co.company_id AS company_id,
                (SELECT COUNT(*) FROM contact_companies cc JOIN contacts c ON c.seq = cc.contact_seq
                 WHERE cc.company_seq = co.seq AND c.role = 'user') AS count
         FROM companies co ORDER BY co.seq`,
      )
      .all();
    expect(userCountsByCompany(db)).toEqual(plain);
    expect(plain.some((row) => (row as { count: number }).count === 0)).toBe(true);
  });
});

describe('remembered counts', () => {
  let dir: string;
  let api: LocalApi;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'query-plans-'));
    api = await startLocalApi({ port: 0, seed: 'demo', db: join(dir, 'store.db') });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const search = async (query: unknown) => {
    const res = await fetch(`${api.url}/contacts/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token}`, 'intercom-version': '2.11', 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { total_count: number }).total_count;
  };

  it('a search total follows a write made through the API', async () => {
    const query = { field: 'custom_attributes.query_plans_marker', operator: '=', value: 'yes' };
    expect(await search(query)).toBe(0);
    const res = await fetch(`${api.url}/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token}`, 'intercom-version': '2.11', 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ role: 'user', email: 'marker@query-plans.example', custom_attributes: { query_plans_marker: 'yes' } }),
    });
    expect(res.status).toBe(200);
    expect(await search(query)).toBe(1);
  });

  it('a remembered count follows a commit by another connection to the same file', () => {
    const where = { sql: "c.email LIKE '%@other-connection.example'", params: [] };
    expect(countContactsWhere(api.db, where)).toBe(0);
    const other = new Database(join(dir, 'store.db'));
    try {
      other
        .prepare("INSERT INTO contacts (id, role, email, created_at, updated_at) VALUES ('other-connection-1', 'user', 'x@other-connection.example', 1, 1)")
        .run();
    } finally {
      other.close();
    }
    expect(countContactsWhere(api.db, where)).toBe(1);
  });
});
