import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/local-api/db/open.js';
import { seedDatabase } from '../../src/local-api/seed/index.js';
import { DEMO } from '../../src/local-api/seed/demo.js';
import { generatedIds, generatedSizes } from '../../src/local-api/seed/generate.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

const NOW = 1_764_400_000;
const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

describe('demo seed', () => {
  let db: Db;
  beforeAll(() => {
    db = openDatabase(':memory:');
    seedDatabase(db, 'demo', { progress: false, now: NOW });
  });
  afterAll(() => db.close());

  it('has the guide tags with the guide ids and the guide counts (users and leads together)', () => {
    const rows = db
      .prepare('SELECT t.id, t.name, (SELECT COUNT(*) FROM contact_tags ct WHERE ct.tag_seq = t.seq) AS n FROM tags t ORDER BY t.seq')
      .all();
    expect(rows).toEqual(Object.values(DEMO.tags).map((t) => ({ id: t.id, name: t.name, n: t.contacts })));
  });

  it('puts a lead in value_lead and keeps the lead the guide tags untagged', () => {
    const roles = db
      .prepare('SELECT c.role FROM contacts c JOIN contact_tags ct ON ct.contact_seq = c.seq JOIN tags t ON t.seq = ct.tag_seq WHERE t.name = ? ORDER BY c.role')
      .pluck()
      .all('value_lead');
    expect(roles).toEqual(['lead', 'user', 'user']);
    const untagged = db.prepare('SELECT role, seq FROM contacts WHERE id = ?').get(DEMO.contacts.untaggedLead.id) as { role: string; seq: number };
    expect(untagged.role).toBe('lead');
    expect(count(db, 'SELECT COUNT(*) AS n FROM contact_tags WHERE contact_seq = ?', untagged.seq)).toBe(0);
  });

  it('has the guide companies with their company_ids and user counts, three of them empty', () => {
    const rows = db
      .prepare('SELECT co.id, co.name, co.company_id, (SELECT COUNT(*) FROM contact_companies cc WHERE cc.company_seq = co.seq) AS users FROM companies co ORDER BY co.seq')
      .all();
    expect(rows).toEqual(
      Object.entries(DEMO.companies).map(([name, c]) => ({ id: c.id, name, company_id: c.companyId, users: c.users })),
    );
    expect(count(db, 'SELECT COUNT(*) AS n FROM companies co WHERE NOT EXISTS (SELECT 1 FROM contact_companies cc WHERE cc.company_seq = co.seq)')).toBe(3);
  });

  it('has twenty users and five leads with realistic attributes', () => {
    expect(count(db, "SELECT COUNT(*) AS n FROM contacts WHERE role = 'user'")).toBe(DEMO.userCount);
    expect(count(db, "SELECT COUNT(*) AS n FROM contacts WHERE role = 'lead'")).toBe(DEMO.leadCount);
    expect(count(db, "SELECT COUNT(*) AS n FROM contacts WHERE role = 'user' AND (email IS NULL OR external_id IS NULL OR signed_up_at IS NULL)")).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM contacts WHERE location_city IS NULL OR last_seen_at IS NULL OR last_seen_at > ?', NOW)).toBe(0);
    const mitch = db.prepare('SELECT email, name FROM contacts WHERE id = ?').get(DEMO.contacts.testUser.id);
    expect(mitch).toEqual({ email: DEMO.contacts.testUser.email, name: 'Test User' });
  });

  it('stores the four guide segments as saved 2.x queries with clock-relative dates', () => {
    const rows = db.prepare('SELECT id, name, person_type, query FROM segments ORDER BY seq').all() as { id: string; name: string; person_type: string; query: string }[];
    expect(rows.map((r) => r.name).sort()).toEqual(['Active', 'New', 'PHILOSOPHERS', 'Slipping Away']);
    expect(rows.map((r) => r.id).sort()).toEqual(Object.values(DEMO.segments).map((s) => s.id).sort());
    for (const row of rows) expect(row.person_type).toBe('user');
    const query = (name: string) => JSON.parse(rows.find((r) => r.name === name)!.query);
    expect(query('Active')).toEqual({ field: 'last_seen_at', operator: '>', value: 'now-30d' });
    expect(query('PHILOSOPHERS')).toEqual({ field: 'custom_attributes.job_title', operator: '=', value: 'Philosopher' });
    expect(query('Slipping Away')).toMatchObject({ operator: 'AND', value: [{ value: 'now-30d' }, { value: 'now-60d' }] });
  });

  it('has a default admin and a few conversations, some tagged', () => {
    expect(db.prepare('SELECT id, name FROM admins').all()).toEqual([{ id: DEMO.admin.id, name: DEMO.admin.name }]);
    expect(count(db, 'SELECT COUNT(*) AS n FROM conversations')).toBe(Object.keys(DEMO.conversations).length);
    expect(count(db, 'SELECT COUNT(DISTINCT conversation_seq) AS n FROM conversation_tags')).toBe(3);
    expect(count(db, 'SELECT COUNT(*) AS n FROM conversations cv WHERE NOT EXISTS (SELECT 1 FROM conversation_contacts x WHERE x.conversation_seq = cv.seq)')).toBe(0);
  });

  it('passes SQLite integrity and foreign-key checks', () => {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('demo seed over HTTP, as the guide prints it', () => {
  let api: LocalApi;
  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', tokens: ['t'] });
  });
  afterAll(() => api.close());
  const get = async (path: string) => {
    const res = await fetch(api.url + path, { headers: { accept: 'application/json', authorization: 'Bearer t' } });
    expect(res.status).toBe(200);
    return res.json();
  };

  it('answers userTagCounts with the guide output', async () => {
    expect(await get('/counts?type=user&count=tag')).toEqual({
      type: 'count',
      user: { tag: [{ 'multi-id': 3 }, { tag_test: 1 }, { tag_test2: 0 }, { tag1: 0 }, { tag2: 0 }, { value_lead: 3 }] },
    });
  });

  it('gives every guide segment members computed from activity', async () => {
    expect(await get('/counts?type=user&count=segment')).toEqual({
      type: 'count',
      user: { segment: [{ Active: 12 }, { New: 3 }, { PHILOSOPHERS: 3 }, { 'Slipping Away': 4 }] },
    });
  });
});

describe('generated seed', () => {
  const N = 2_000;
  const dump = (db: Db) => {
    const hash = createHash('sha256');
    for (const table of ['admins', 'contacts', 'companies', 'tags', 'segments', 'conversations', 'contact_tags', 'contact_companies', 'company_tags', 'conversation_contacts', 'conversation_tags']) {
      for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  };
  const seeded = (n: number, file = ':memory:') => {
    const db = openDatabase(file);
    seedDatabase(db, n, { progress: false, now: NOW });
    return db;
  };

  it('is identical for the same N and now, and different for another N', () => {
    const [a, b, c] = [seeded(N), seeded(N), seeded(N + 1)];
    expect(dump(a)).toBe(dump(b));
    expect(dump(a)).not.toBe(dump(c));
    [a, b, c].forEach((db) => db.close());
  });

  it('has realistic proportions', () => {
    const db = seeded(N);
    const sizes = generatedSizes(N);
    const leads = count(db, "SELECT COUNT(*) AS n FROM contacts WHERE role = 'lead'");
    expect(leads / N).toBeGreaterThan(0.1);
    expect(leads / N).toBeLessThan(0.2);
    expect(count(db, 'SELECT COUNT(*) AS n FROM companies')).toBe(sizes.companies);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tags')).toBe(sizes.tags);
    expect(count(db, 'SELECT COUNT(*) AS n FROM conversations')).toBe(sizes.conversations);
    expect(count(db, 'SELECT COUNT(*) AS n FROM segments')).toBeGreaterThanOrEqual(5);
    // Most users are in exactly one company, some in two, leads in none.
    const perUser = db
      .prepare("SELECT (SELECT COUNT(*) FROM contact_companies cc WHERE cc.contact_seq = c.seq) AS k, COUNT(*) AS n FROM contacts c WHERE role = 'user' GROUP BY k")
      .all() as { k: number; n: number }[];
    const users = perUser.reduce((sum, r) => sum + r.n, 0);
    expect(perUser.find((r) => r.k === 1)!.n / users).toBeGreaterThan(0.75);
    expect(perUser.find((r) => r.k === 2)!.n).toBeGreaterThan(0);
    expect(count(db, "SELECT COUNT(*) AS n FROM contact_companies cc JOIN contacts c ON c.seq = cc.contact_seq WHERE c.role = 'lead'")).toBe(0);
    // Tag popularity is skewed: the most used tag has many times the members of the median one.
    const tagSizes = (db.prepare('SELECT COUNT(*) AS n FROM contact_tags GROUP BY tag_seq ORDER BY n DESC').pluck().all() as number[]);
    expect(tagSizes[0]!).toBeGreaterThan(5 * tagSizes[Math.floor(tagSizes.length / 2)]!);
    expect(count(db, 'SELECT COUNT(DISTINCT conversation_seq) AS n FROM conversation_tags')).toBeGreaterThan(0);
    expect(db.prepare('SELECT id FROM tags WHERE seq = 1').pluck().get()).toBe(generatedIds.tag(1));
    db.close();
  });

  it('counts every generated segment over HTTP (each saved query compiles and matches someone)', async () => {
    const api = await startLocalApi({ port: 0, seed: N, tokens: ['t'] });
    try {
      const res = await fetch(`${api.url}/segments?include_count=true`, {
        headers: { accept: 'application/json', authorization: 'Bearer t', 'intercom-version': '2.11' },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { segments: { name: string; count: number }[] };
      expect(body.segments.map((s) => s.name).sort()).toEqual(
        ['Active', 'Enterprise', 'European leads', 'New', 'Slipping Away', 'Unsubscribed', 'VIP'],
      );
      for (const segment of body.segments) expect(segment.count, segment.name).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
  });

  it('leaves a file store durable, indexed and consistent after the bulk load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-test-'));
    try {
      const db = seeded(N, join(dir, 'store.db'));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const indexes = (d: Db) => d.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all();
      const fresh = openDatabase(':memory:');
      expect(indexes(db)).toEqual(indexes(fresh));
      fresh.close();
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
