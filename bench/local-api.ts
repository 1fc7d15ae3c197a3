/**
 * `npm run bench:local-api [contacts]`: seeds a generated workspace (default 1,000,000 contacts) into a
 * temporary SQLite file and reports the seeding time, then starts the service from the CLI as a child
 * process (so the load generator does not share its event loop) and measures p50/p99 latency of the
 * grouping queries with autocannon. Prints a table and writes bench/results/local-api.json.
 *
 * Environment: BENCH_CONTACTS (or the first argument), BENCH_REQUESTS (per scenario, default 300),
 * BENCH_MAX_SECONDS (per scenario, default 20), BENCH_CONNECTIONS (default 1: latency of one query, not
 * queueing), BENCH_KEEP=1 keeps the database file.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openDatabase } from '../src/local-api/db/open.js';
import { seedDatabase } from '../src/local-api/seed/index.js';
import { generatedIds, generatedSizes } from '../src/local-api/seed/generate.js';
import { decodeJsonCursor, encodeCursor, encodeJsonCursor } from '../src/local-api/http/cursor.js';
import { startLocalApiCli } from './local-api-cli.js';

const contacts = Number(process.argv[2] ?? process.env.BENCH_CONTACTS ?? 1_000_000);
const requestsPerScenario = Number(process.env.BENCH_REQUESTS ?? 300);
const maxSeconds = Number(process.env.BENCH_MAX_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 1);
const TOKEN = 'bench';
const RESULTS = fileURLToPath(new URL('./results/local-api.json', import.meta.url));

interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  version: string;
  body?: unknown;
}

interface Measured {
  name: string;
  request: string;
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  rps: number;
  non2xx: number;
  errors: number;
  note?: string;
}

async function main(): Promise<void> {
  if (!Number.isInteger(contacts) || contacts < 1_000) throw new Error(`contacts must be an integer of at least 1000, got ${contacts}`);
  const dir = mkdtempSync(join(tmpdir(), 'local-api-bench-'));
  const file = join(dir, 'bench.db');
  try {
    const now = Math.floor(Date.now() / 1000);
    console.error(`seeding ${contacts.toLocaleString('en')} contacts into ${file} …`);
    const seedStarted = performance.now();
    const db = openDatabase(file);
    seedDatabase(db, contacts, { progress: true, now });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const facts = benchFacts(db, contacts);
    db.close();
    const sizeMb = statSync(file).size / 1e6;
    console.error(`seeded in ${seedSeconds.toFixed(1)} s (${sizeMb.toFixed(0)} MB)`);

    const service = await startLocalApiCli(file, TOKEN);
    try {
      const scenarios = await buildScenarios(service.url, facts);
      const measured: Measured[] = [];
      for (const scenario of scenarios) {
        // A fast error is not a fast query: each scenario must answer 200 with items before it is timed.
        const probe = await call(service.url, scenario.method, scenario.path, scenario.version, scenario.body);
        if (probe.status !== 200 || listLength(probe.body) === 0) {
          throw new Error(`${scenario.name}: answered ${probe.status} with ${JSON.stringify(probe.body).slice(0, 300)}`);
        }
        const result = await measure(service.url, scenario);
        measured.push(result);
        console.error(`  ${result.name}: p50 ${result.p50} ms, p99 ${result.p99} ms${result.non2xx ? ` (${result.non2xx} non-2xx!)` : ''}`);
      }
      printTable(measured);
      const report = {
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
        contacts,
        sizes: generatedSizes(contacts),
        seedSeconds: Number(seedSeconds.toFixed(1)),
        dbMegabytes: Math.round(sizeMb),
        connections,
        requestsPerScenario,
        scenarios: measured,
      };
      mkdirSync(join(RESULTS, '..'), { recursive: true });
      writeFileSync(RESULTS, JSON.stringify(report, null, 2) + '\n');
      console.log(`\nseeding ${contacts.toLocaleString('en')} contacts: ${seedSeconds.toFixed(1)} s; results in ${RESULTS}`);
    } finally {
      await service.stop();
    }
  } finally {
    if (process.env.BENCH_KEEP === '1') console.error(`kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows the scenarios point at, read straight from the seeded file. */
function benchFacts(db: ReturnType<typeof openDatabase>, n: number) {
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as T;
  const popularTag = one<number>('SELECT tag_seq FROM contact_tags GROUP BY tag_seq ORDER BY COUNT(*) DESC LIMIT 1');
  const tailTag = one<number>('SELECT tag_seq FROM contact_tags GROUP BY tag_seq ORDER BY COUNT(*) ASC LIMIT 1');
  const biggestCompany = one<number>('SELECT company_seq FROM contact_companies GROUP BY company_seq ORDER BY COUNT(*) DESC LIMIT 1');
  const members = one<number>('SELECT COUNT(*) FROM contact_companies WHERE company_seq = ?', biggestCompany);
  const popularMembers = one<number>('SELECT COUNT(*) FROM contact_tags WHERE tag_seq = ?', popularTag);
  // An old member of the popular tag: far into a newest-first listing of the tag.
  const deepTagMember = db
    .prepare('SELECT c.seq, c.created_at FROM contact_tags ct JOIN contacts c ON c.seq = ct.contact_seq WHERE ct.tag_seq = ? ORDER BY ct.contact_seq LIMIT 1 OFFSET ?')
    .get(popularTag, Math.min(1000, Math.floor(popularMembers / 2))) as { seq: number; created_at: number };
  const middle = db.prepare("SELECT seq, created_at, email FROM contacts WHERE seq >= ? AND role = 'user' ORDER BY seq LIMIT 1").get(Math.floor(n / 2)) as { seq: number; created_at: number; email: string };
  const middleMember = one<number>(
    'SELECT contact_seq FROM contact_companies WHERE company_seq = ? ORDER BY contact_seq LIMIT 1 OFFSET ?',
    biggestCompany,
    Math.floor(members / 2),
  );
  const activeSegment = one<string>("SELECT id FROM segments WHERE name = 'Active'");
  return {
    popularTag: { id: generatedIds.tag(popularTag), members: popularMembers },
    tailTag: { id: generatedIds.tag(tailTag), members: one<number>('SELECT COUNT(*) FROM contact_tags WHERE tag_seq = ?', tailTag) },
    company: { id: generatedIds.company(biggestCompany), members, middleMember },
    deepTagMember,
    middle,
    activeSegment,
  };
}

type Facts = ReturnType<typeof benchFacts>;

async function buildScenarios(url: string, facts: Facts): Promise<Scenario[]> {
  const tagSearch = (tagId: string) => ({ query: { field: 'tag_id', operator: '=', value: tagId }, pagination: { per_page: 50 } });
  // A cursor far in: take a real cursor from page 1 and move its position (the last two entries of
  // the search cursor, [..., value, seq]) to a row deep in the listing.
  const deepTagCursor = await rebaseCursor(url, 'POST', '/contacts/search', tagSearch(facts.popularTag.id), facts.deepTagMember);
  const deepListCursor = await rebaseCursor(url, 'GET', '/contacts?per_page=50', undefined, facts.middle);
  const deepCompanyCursor = encodeCursor({ afterSeq: facts.company.middleMember, page: Math.floor(facts.company.members / 100) });
  const deepPage = Math.min(200, Math.floor((contacts * 0.8) / 50));
  const v2 = '2.11';
  const v1 = '1.4';
  const scenarios: Scenario[] = [
    { name: `2.x list by tag (popular, ${facts.popularTag.members} members)`, method: 'POST', path: '/contacts/search', version: v2, body: tagSearch(facts.popularTag.id) },
    { name: `2.x list by tag (tail, ${facts.tailTag.members} members)`, method: 'POST', path: '/contacts/search', version: v2, body: tagSearch(facts.tailTag.id) },
    { name: `1.x list by tag (popular)`, method: 'GET', path: `/users?tag_id=${facts.popularTag.id}`, version: v1 },
    { name: `1.x list by tag (tail)`, method: 'GET', path: `/users?tag_id=${facts.tailTag.id}`, version: v1 },
    { name: '2.x search email ~ "murphy"', method: 'POST', path: '/contacts/search', version: v2, body: { query: { field: 'email', operator: '~', value: 'murphy' }, pagination: { per_page: 50 } } },
    { name: '2.x search email = (exact)', method: 'POST', path: '/contacts/search', version: v2, body: { query: { field: 'email', operator: '=', value: facts.middle.email } } },
    {
      name: '2.x search custom attribute + role',
      method: 'POST',
      path: '/contacts/search',
      version: v2,
      body: { query: { operator: 'AND', value: [{ field: 'role', operator: '=', value: 'user' }, { field: 'custom_attributes.plan', operator: '=', value: 'enterprise' }] }, pagination: { per_page: 50 } },
    },
    { name: '2.x search segment_id (Active)', method: 'POST', path: '/contacts/search', version: v2, body: { query: { field: 'segment_id', operator: '=', value: facts.activeSegment }, pagination: { per_page: 50 } } },
    { name: '1.x list by segment (Active)', method: 'GET', path: `/users?segment_id=${facts.activeSegment}`, version: v1 },
  ];
  if (deepTagCursor) {
    scenarios.push({ name: '2.x list by tag, deep page (cursor far in)', method: 'POST', path: '/contacts/search', version: v2, body: { ...tagSearch(facts.popularTag.id), pagination: { per_page: 50, starting_after: deepTagCursor } } });
  }
  if (deepListCursor) {
    scenarios.push({ name: '2.x GET /contacts deep page (cursor at the middle)', method: 'GET', path: `/contacts?per_page=50&starting_after=${encodeURIComponent(deepListCursor)}`, version: v2 });
  }
  scenarios.push(
    // Page 200 is the deepest before 1.x's 10,000-record cap (smaller stores: the last full page).
    { name: `1.x GET /users?page=${deepPage} (deep page)`, method: 'GET', path: `/users?page=${deepPage}&per_page=50`, version: v1 },
    { name: `2.x company members (${facts.company.members} members)`, method: 'GET', path: `/companies/${facts.company.id}/contacts`, version: v2 },
    { name: '2.x company members, deep page (cursor)', method: 'GET', path: `/companies/${facts.company.id}/contacts?starting_after=${encodeURIComponent(deepCompanyCursor)}`, version: v2 },
    { name: '1.x company users', method: 'GET', path: `/companies/${facts.company.id}/users`, version: v1 },
    { name: '2.x GET /segments?include_count=true', method: 'GET', path: '/segments?include_count=true', version: v2 },
    { name: '1.x GET /counts (app)', method: 'GET', path: '/counts', version: v1 },
    { name: '1.x GET /counts?type=user&count=tag', method: 'GET', path: '/counts?type=user&count=tag', version: v1 },
    { name: '1.x GET /counts?type=user&count=segment', method: 'GET', path: '/counts?type=user&count=segment', version: v1 },
    { name: '1.x GET /counts?type=company&count=user', method: 'GET', path: '/counts?type=company&count=user', version: v1 },
  );
  return scenarios;
}

async function call(url: string, method: string, path: string, version: string, body?: unknown) {
  const res = await fetch(url + path, {
    method,
    headers: { accept: 'application/json', authorization: `Bearer ${TOKEN}`, 'intercom-version': version, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { pages?: { next?: { starting_after?: string } } } };
}

/** Items on a page, whatever the dialect calls the list (data, users, contacts, or a counts hash). */
function listLength(body: unknown): number {
  const record = body as Record<string, unknown>;
  for (const key of ['data', 'users', 'contacts', 'companies', 'segments']) if (Array.isArray(record[key])) return (record[key] as unknown[]).length;
  return record.type === 'count' || record.type === 'count.hash' ? 1 : 0;
}

async function rebaseCursor(url: string, method: string, path: string, body: unknown, row: { seq: number; created_at: number }) {
  const first = await call(url, method, path, '2.11', body);
  const cursor = first.body.pages?.next?.starting_after;
  if (!cursor) return undefined;
  const decoded = decodeJsonCursor(cursor);
  if (!Array.isArray(decoded) || decoded.length !== 5) return undefined;
  decoded[0] = 1_000;
  decoded[3] = row.created_at;
  decoded[4] = row.seq;
  const rebased = encodeJsonCursor(decoded);
  const check = await call(url, method, path.includes('?') ? `${path}&starting_after=${encodeURIComponent(rebased)}` : path, '2.11',
    body === undefined ? undefined : { ...(body as object), pagination: { per_page: 50, starting_after: rebased } });
  return check.status === 200 && listLength(check.body) > 0 ? rebased : undefined;
}

function measure(url: string, scenario: Scenario): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: url + scenario.path,
        method: scenario.method,
        connections,
        amount: requestsPerScenario,
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${TOKEN}`,
          'intercom-version': scenario.version,
          ...(scenario.body ? { 'content-type': 'application/json' } : {}),
        },
        body: scenario.body === undefined ? undefined : JSON.stringify(scenario.body),
        timeout: 30,
      },
      (error, result) => {
        clearTimeout(cap);
        if (error) return reject(error);
        resolve({
          name: scenario.name,
          request: `${scenario.method} ${scenario.path.length > 80 ? scenario.path.slice(0, 77) + '…' : scenario.path} (Intercom-Version ${scenario.version})`,
          requests: result.requests.total,
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
          rps: Math.round(result.requests.average),
          non2xx: result.non2xx,
          errors: result.errors,
          ...(result.requests.total < requestsPerScenario ? { note: `stopped after ${maxSeconds} s` } : {}),
        });
      },
    );
    // Bounded by duration as well as count: a slow query ends its scenario after maxSeconds.
    const cap = setTimeout(() => instance.stop(), maxSeconds * 1000);
  });
}

function printTable(rows: Measured[]): void {
  const header = ['scenario', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'req/s', 'n', 'non-2xx'];
  const lines = rows.map((r) => [r.name, r.p50, r.p90, r.p99, r.max, r.rps, r.requests, r.non2xx].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}

await main();
