/**
 * `--seed N`: a generated workspace of N contacts in realistic proportions, the same for the same N
 * and `now` (a PRNG seeded with N). Sizes: ≈85% users / 15% leads, N/20 companies (Zipf-sized, some
 * empty), 50 tags (Zipf popularity), N/10 conversations (≈30% tagged), a handful of segments.
 *
 * Written for a million rows: rows go in seq order through prepared statements; join rows are sorted
 * by their primary key first so every WITHOUT ROWID b-tree is appended to, never split at random.
 */
import type { Db } from '../db/open.js';
import { seededHexId } from '../db/ids.js';
import { tagPublicId } from '../store/tags.js';
import { intBetween, mulberry32, pick, seededUuid, zipfSampler, type Random } from './random.js';
import {
  BROWSERS, COMPANY_SUFFIXES, COMPANY_WORDS, CONVERSATION_TITLES, EMAIL_DOMAINS, FIRST_NAMES, INDUSTRIES,
  JOB_TITLES, LAST_NAMES, OPERATING_SYSTEMS, PLACES, PLANS, TAG_WORDS,
} from './vocabulary.js';
import {
  ID_KIND, addConversationContact, addToCompany, insertAdmin, insertCompany, insertContact, insertConversation,
  insertSegment, insertTag, tagCompany, tagContact, tagConversation,
} from './insert.js';

const DAY = 86_400;
const HISTORY_DAYS = 3 * 365;
export const GENERATED_TAG_COUNT = 50;

/** Ids of generated rows, so tests and the benchmark can name them. seq numbers start at 1. */
export const generatedIds = {
  contact: (seq: number) => seededHexId(ID_KIND.contact, seq),
  company: (seq: number) => seededHexId(ID_KIND.company, seq),
  /** The company's own company_id. */
  companyCompanyId: (seq: number) => `c-${seq}`,
  /** Numeric, like Intercom's tag ids and the ones the API itself hands out. */
  tag: (seq: number) => tagPublicId(seq),
  segment: (seq: number) => seededHexId(ID_KIND.segment, seq),
  conversation: (seq: number) => seededHexId(ID_KIND.conversation, seq),
  admin: (seq: number) => String(4217030 + seq),
};

/** Sizes of a generated workspace of `n` contacts. */
export function generatedSizes(n: number) {
  return {
    contacts: n,
    companies: Math.max(1, Math.round(n / 20)),
    tags: GENERATED_TAG_COUNT,
    conversations: Math.max(1, Math.round(n / 10)),
    admins: 5,
  };
}

export interface GenerateOptions {
  now: number;
  /** Called now and then with the number of contacts written so far. */
  onProgress?: (contactsDone: number) => void;
}

export function seedGenerated(db: Db, n: number, { now, onProgress }: GenerateOptions): void {
  const random = mulberry32(0x5eed ^ n);
  const sizes = generatedSizes(n);
  const start = now - HISTORY_DAYS * DAY;
  // Contacts arrive over three years in seq order, so created_at rises with seq (as it does in Intercom).
  const createdAt = (seq: number) => start + Math.floor(((seq - 1) * HISTORY_DAYS * DAY) / n);

  for (let i = 1; i <= sizes.admins; i += 1) {
    const name = i === 1 ? 'Hoban Washburne' : `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    insertAdmin(db, i, generatedIds.admin(i), name, `admin${i}@workspace.example`);
  }
  seedTags(db, start);

  const pickTag = zipfSampler(random, sizes.tags, 1);
  const pickCompany = zipfSampler(random, sizes.companies, 0.8);
  const company = { users: new Uint32Array(sizes.companies + 1), lastSeen: new Float64Array(sizes.companies + 1), sessions: new Float64Array(sizes.companies + 1) };
  const contactTags = new PairList(Math.ceil(n * 1.2));
  const slugs = { first: FIRST_NAMES.map(slug), last: LAST_NAMES.map(slug) };

  for (let seq = 1; seq <= n; seq += 1) {
    const role = random() < 0.15 ? 'lead' : 'user';
    const created = createdAt(seq);
    // Recent activity is more likely than old: square a uniform draw towards 0 days ago.
    const r = random();
    const lastSeen = now - Math.floor((now - created) * r * r);
    const sessions = 1 + Math.floor(-Math.log(1 - random()) * 20);
    const place = pick(random, PLACES);
    const firstIndex = Math.floor(random() * FIRST_NAMES.length);
    const lastIndex = Math.floor(random() * LAST_NAMES.length);
    const named = role === 'user' || random() < 0.4;
    const hasEmail = role === 'user' || random() < 0.5;
    const plan = pick(random, PLANS);
    insertContact(db, seq, {
      id: generatedIds.contact(seq),
      role,
      external_id: role === 'user' ? String(seq) : seededUuid(random),
      email: hasEmail ? `${slugs.first[firstIndex]}.${slugs.last[lastIndex]}.${seq}@${pick(random, EMAIL_DOMAINS)}` : null,
      phone: random() < 0.4 ? `${place.phonePrefix} 555 ${String(intBetween(random, 0, 9999)).padStart(4, '0')}` : null,
      name: named ? `${FIRST_NAMES[firstIndex]} ${LAST_NAMES[lastIndex]}` : null,
      pseudonym: named ? null : `Visitor from ${place.city}`,
      avatar: null,
      owner_id: role === 'lead' ? generatedIds.admin(1 + (seq % sizes.admins)) : null,
      unsubscribed_from_emails: random() < 0.05 ? 1 : 0,
      has_hard_bounced: random() < 0.01 ? 1 : 0,
      marked_email_as_spam: 0,
      created_at: created,
      updated_at: lastSeen,
      signed_up_at: role === 'user' ? created : null,
      last_seen_at: lastSeen,
      last_replied_at: random() < 0.3 ? lastSeen - intBetween(random, 0, 30) * DAY : null,
      last_contacted_at: random() < 0.5 ? lastSeen - intBetween(random, 0, 30) * DAY : null,
      last_email_opened_at: hasEmail && random() < 0.6 ? lastSeen - intBetween(random, 0, 10) * DAY : null,
      last_email_clicked_at: hasEmail && random() < 0.2 ? lastSeen - intBetween(random, 0, 10) * DAY : null,
      session_count: sessions,
      language_override: null,
      browser: pick(random, BROWSERS),
      browser_language: place.language,
      os: pick(random, OPERATING_SYSTEMS),
      location_country: place.country,
      location_region: place.region,
      location_city: place.city,
      location_country_code: place.countryCode,
      location_continent_code: place.continentCode,
      custom_attributes: JSON.stringify(
        role === 'user'
          ? { plan, job_title: pick(random, JOB_TITLES), seats: intBetween(random, 1, 50), beta_tester: random() < 0.1 }
          : { source: pick(random, ['ads', 'blog', 'referral', 'webinar']) },
      ),
    });

    // 0–3 tags, popular tags far more often than the tail.
    const tagDraw = random();
    const tagCount = tagDraw < 0.4 ? 0 : tagDraw < 0.75 ? 1 : tagDraw < 0.92 ? 2 : 3;
    const chosen: number[] = [];
    while (chosen.length < tagCount) {
      const tag = pickTag() + 1;
      if (!chosen.includes(tag)) chosen.push(tag);
    }
    for (const tag of chosen) contactTags.push(tag, seq);

    // Most users belong to one company, some to two; leads to none.
    if (role === 'user' && random() < 0.97) {
      const first = pickCompany() + 1;
      const second = random() < 0.1 ? pickCompany() + 1 : first;
      for (const c of first === second ? [first] : [Math.min(first, second), Math.max(first, second)]) {
        addToCompany(db, seq, c, created);
        company.users[c]! += 1;
        company.lastSeen[c] = Math.max(company.lastSeen[c]!, lastSeen);
        company.sessions[c]! += sessions;
      }
    }
    if (onProgress && seq % 10_000 === 0) onProgress(seq);
  }

  for (const [tagSeq, contactSeq] of contactTags.sorted()) {
    tagContact(db, tagSeq, contactSeq, createdAt(contactSeq) + DAY, random() < 0.5 ? generatedIds.admin(1) : null);
  }
  seedCompanies(db, random, sizes.companies, start, now, company, pickTag);
  seedConversations(db, random, sizes, createdAt, now, pickTag);
  seedSegments(db, now);
  onProgress?.(n);
}

function seedTags(db: Db, createdAt: number): void {
  const regions = ['emea', 'amer', 'apac'];
  for (let seq = 1; seq <= GENERATED_TAG_COUNT; seq += 1) {
    const word = TAG_WORDS[(seq - 1) % TAG_WORDS.length]!;
    const round = Math.floor((seq - 1) / TAG_WORDS.length);
    const name = round === 0 ? word : `${word}-${regions[(round - 1) % regions.length]}`;
    insertTag(db, seq, generatedIds.tag(seq), name, createdAt + seq * DAY);
  }
}

function seedCompanies(
  db: Db,
  random: Random,
  count: number,
  start: number,
  now: number,
  stats: { users: Uint32Array; lastSeen: Float64Array; sessions: Float64Array },
  pickTag: () => number,
): void {
  const companyTags = new PairList(Math.ceil(count * 0.15));
  for (let seq = 1; seq <= count; seq += 1) {
    const created = start + Math.floor(random() * (now - start));
    const lastRequest = stats.users[seq]! > 0 ? stats.lastSeen[seq]! : null;
    insertCompany(db, seq, {
      id: generatedIds.company(seq),
      company_id: generatedIds.companyCompanyId(seq),
      name: `${COMPANY_WORDS[seq % COMPANY_WORDS.length]} ${COMPANY_SUFFIXES[(seq >> 3) % COMPANY_SUFFIXES.length]} ${seq}`,
      plan: pick(random, PLANS),
      size: intBetween(random, 1, 5000),
      website: `https://company-${seq}.example`,
      industry: pick(random, INDUSTRIES),
      monthly_spend: intBetween(random, 0, 20) * 50,
      session_count: stats.sessions[seq]!,
      remote_created_at: created - intBetween(random, 0, 365) * DAY,
      created_at: created,
      updated_at: lastRequest ?? created,
      last_request_at: lastRequest,
      custom_attributes: JSON.stringify({ region: pick(random, ['EMEA', 'AMER', 'APAC']) }),
    });
    if (random() < 0.1) companyTags.push(pickTag() + 1, seq);
  }
  for (const [tagSeq, companySeq] of companyTags.sorted()) tagCompany(db, tagSeq, companySeq, now - 30 * DAY);
}

function seedConversations(
  db: Db,
  random: Random,
  sizes: ReturnType<typeof generatedSizes>,
  createdAt: (seq: number) => number,
  now: number,
  pickTag: () => number,
): void {
  const conversationTags = new PairList(Math.ceil(sizes.conversations * 0.35));
  for (let seq = 1; seq <= sizes.conversations; seq += 1) {
    const contactSeq = intBetween(random, 1, sizes.contacts);
    const created = createdAt(contactSeq) + Math.floor(random() * (now - createdAt(contactSeq)));
    const stateDraw = random();
    const state = stateDraw < 0.25 ? 'open' : stateDraw < 0.9 ? 'closed' : 'snoozed';
    insertConversation(db, seq, {
      id: generatedIds.conversation(seq),
      title: pick(random, CONVERSATION_TITLES),
      state,
      read: state === 'closed' ? 1 : 0,
      adminSeq: random() < 0.8 ? intBetween(random, 1, sizes.admins) : null,
      createdAt: created,
      updatedAt: created + intBetween(random, 0, 3) * DAY,
    });
    addConversationContact(db, seq, contactSeq);
    if (random() < 0.3) conversationTags.push(pickTag() + 1, seq);
  }
  for (const [tagSeq, conversationSeq] of conversationTags.sorted()) {
    tagConversation(db, tagSeq, conversationSeq, now - DAY, generatedIds.admin(1));
  }
}

/** A handful of saved searches like a real workspace has; relative dates follow the clock. */
function seedSegments(db: Db, now: number): void {
  const definitions = [
    { name: 'Active', personType: 'user', query: { field: 'last_seen_at', operator: '>', value: 'now-30d' } },
    { name: 'New', personType: 'user', query: { field: 'signed_up_at', operator: '>', value: 'now-7d' } },
    { name: 'Slipping Away', personType: 'user', query: { operator: 'AND', value: [{ field: 'last_seen_at', operator: '<', value: 'now-30d' }, { field: 'last_seen_at', operator: '>', value: 'now-60d' }] } },
    { name: 'Enterprise', personType: 'user', query: { field: 'custom_attributes.plan', operator: '=', value: 'enterprise' } },
    { name: 'VIP', personType: 'user', query: { field: 'tag_id', operator: '=', value: generatedIds.tag(1) } },
    { name: 'European leads', personType: 'contact', query: { field: 'location.country', operator: 'IN', value: ['Ireland', 'United Kingdom', 'Germany', 'France', 'Spain', 'Sweden'] } },
    { name: 'Unsubscribed', personType: 'user', query: { field: 'unsubscribed_from_emails', operator: '=', value: true } },
  ] as const;
  const created = now - 400 * DAY;
  definitions.forEach((s, i) =>
    insertSegment(db, i + 1, { id: generatedIds.segment(i + 1), name: s.name, personType: s.personType, query: s.query, createdAt: created, updatedAt: created }),
  );
}

/** Lower-case ASCII for e-mail local parts: "Chloé" → "chloe", "O'Brien" → "obrien". */
function slug(word: string): string {
  return word.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/**
 * (a, b) integer pairs packed into one float64 (a·2³² + b) so a million of them sort natively and
 * come out in (a, b) order — the primary-key order of the join tables.
 */
class PairList {
  private values: Float64Array;
  private length = 0;

  constructor(capacity: number) {
    this.values = new Float64Array(Math.max(16, capacity));
  }

  push(a: number, b: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = a * 2 ** 32 + b;
  }

  *sorted(): Generator<[number, number]> {
    const view = this.values.subarray(0, this.length).sort();
    for (const packed of view) yield [Math.floor(packed / 2 ** 32), packed % 2 ** 32];
  }
}
