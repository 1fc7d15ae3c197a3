/**
 * `--seed demo`: a small workspace shaped like the segmentation guide's examples, so its scripts
 * print what the guide prints. Rows the guide shows keep the guide's own ids (tag '1373897' is
 * value_lead, company '5a047e7c937c888ae37def04' is Mitch_and_Murray, …); the rest get seeded ids.
 * Activity timestamps are relative to `now`, so the Active / New / Slipping Away segments have members.
 */
import type { Db } from '../db/open.js';
import { seededHexId } from '../db/ids.js';
import { PLACES, type Place } from './vocabulary.js';
import {
  ID_KIND,
  addConversationContact,
  addToCompany,
  insertAdmin,
  insertCompany,
  insertContact,
  insertConversation,
  insertSegment,
  insertTag,
  tagCompany,
  tagContact,
  tagConversation,
} from './insert.js';

const DAY = 86_400;

type TagName = 'multi-id' | 'tag_test' | 'tag_test2' | 'tag1' | 'tag2' | 'value_lead';
type CompanyKey =
  | 'Mitch_and_Murray' | 'Hydra2' | 'ACME' | 'Intercom' | 'Test Company' | 'Academy' | 'Hydra' | 'Serenity' | 'Hydra5'
  | 'Acme';

/** Ids and names tests can rely on. Counts are those the guide prints (users and leads together). */
export const DEMO = {
  admin: { id: '4217031', name: 'Hoban Washburne', email: 'wash@serenity.example' },
  tags: {
    'multi-id': { id: '1174399', name: 'multi-id', contacts: 3 },
    tag_test: { id: '730128', name: 'tag_test', contacts: 1 },
    tag_test2: { id: '1028594', name: 'tag_test2', contacts: 0 },
    tag1: { id: '1201455', name: 'tag1', contacts: 0 },
    tag2: { id: '1201457', name: 'tag2', contacts: 0 },
    value_lead: { id: '1373897', name: 'value_lead', contacts: 3 },
  } satisfies Record<TagName, { id: string; name: string; contacts: number }>,
  segments: {
    active: { id: '58135df83917e42135b2ea29', name: 'Active' },
    new: { id: '58135df83917e42135b2ea28', name: 'New' },
    philosophers: { id: '59513180ac9c4dd91ec06530', name: 'PHILOSOPHERS' },
    slippingAway: { id: '58135df83917e42135b2ea2a', name: 'Slipping Away' },
  },
  companies: {
    Mitch_and_Murray: { id: '5a047e7c937c888ae37def04', companyId: '1178', users: 3 },
    Hydra2: { id: '59945bb33791c186d0f93fbb', companyId: '11', users: 2 },
    ACME: { id: seededHexId(ID_KIND.company, 3), companyId: '234', users: 0 },
    Intercom: { id: seededHexId(ID_KIND.company, 4), companyId: '5', users: 1 },
    'Test Company': { id: seededHexId(ID_KIND.company, 5), companyId: '9', users: 0 },
    Academy: { id: seededHexId(ID_KIND.company, 6), companyId: '10', users: 1 },
    Hydra: { id: seededHexId(ID_KIND.company, 7), companyId: 'hydra', users: 1 },
    Serenity: { id: seededHexId(ID_KIND.company, 8), companyId: '366', users: 1 },
    Hydra5: { id: seededHexId(ID_KIND.company, 9), companyId: '79', users: 1 },
    Acme: { id: seededHexId(ID_KIND.company, 10), companyId: '1121', users: 0 },
  } satisfies Record<CompanyKey, { id: string; companyId: string; users: number }>,
  /** Contacts the guide names by id. */
  contacts: {
    testUser: { id: '5a03e2d33e69b29660557c9f', userId: '0', email: 'test.user@example.com' },
    bobr: { id: '23ca7c87d4c42de1156ef9e4', userId: '124', email: 'bobr@mitchandmurray.com' },
    shelley: { id: '59ca900e01dc2e62528f13f8', userId: '187', email: 'shelley.levene@mitchandmurray.com' },
    ricky: { id: '59cbaaa693394ffc43250e67', userId: '199', email: 'ricky.roma@hydra2.example' },
    dave: { id: '58a69fae97d20491073d10fc', userId: '1234', email: 'dave.moss@hydra2.example' },
    /** The lead in value_lead. */
    valueLead: { id: '5a041896db50f992a0d4df1b', userId: '24cfe3d6-fc76-4b39-993d-b2642b2336fb' },
    /** The lead the guide tags with `node tag_user.js value_lead '4b041896db50f992a0d4df2c'` (untagged at start). */
    untaggedLead: { id: '4b041896db50f992a0d4df2c', userId: '8f2d5c1a-3b7e-4c9d-a1f0-6e5b4d3c2a19' },
  },
  conversations: {
    cannotLogIn: seededHexId(ID_KIND.conversation, 1),
    billing: seededHexId(ID_KIND.conversation, 2),
    darkMode: seededHexId(ID_KIND.conversation, 3),
    refund: seededHexId(ID_KIND.conversation, 4),
  },
  userCount: 20,
  leadCount: 5,
} as const;

interface DemoPerson {
  id?: string;
  userId?: string;
  role?: 'user' | 'lead';
  name: string | null;
  pseudonym?: string;
  email: string | null;
  phone?: string;
  place: number;
  signedUpDaysAgo: number;
  lastSeenDaysAgo: number;
  sessions: number;
  attributes?: Record<string, string | number | boolean>;
  companies?: CompanyKey[];
  tags?: TagName[];
  unsubscribed?: boolean;
}

const C = DEMO.contacts;

// Twenty users and five leads. Activity is chosen so each segment has clear members away from the
// day boundaries: Active = seen < 30 days ago, New = signed up < 7 days ago, Slipping Away = seen 30–60 days ago.
const PEOPLE: DemoPerson[] = [
  { ...ids(C.testUser), name: 'Test User', email: C.testUser.email, place: 0, signedUpDaysAgo: 400, lastSeenDaysAgo: 2, sessions: 42, attributes: { plan: 'pro', job_title: 'Engineer' }, companies: ['Mitch_and_Murray'], tags: ['multi-id'] },
  { ...ids(C.bobr), name: 'bobr', email: C.bobr.email, place: 3, signedUpDaysAgo: 310, lastSeenDaysAgo: 5, sessions: 17, attributes: { plan: 'starter' }, companies: ['Mitch_and_Murray'], tags: ['multi-id'] },
  { ...ids(C.shelley), name: 'Shelley Levene', email: C.shelley.email, phone: '+1 312 555 0187', place: 3, signedUpDaysAgo: 700, lastSeenDaysAgo: 45, sessions: 96, attributes: { plan: 'starter', job_title: 'Sales Manager', leads_closed: 2 }, companies: ['Mitch_and_Murray'], tags: ['multi-id'] },
  { ...ids(C.ricky), name: 'Ricky Roma', email: C.ricky.email, phone: '+1 312 555 0199', place: 3, signedUpDaysAgo: 650, lastSeenDaysAgo: 1, sessions: 310, attributes: { plan: 'enterprise', job_title: 'Sales Manager', leads_closed: 41, cadillac: true }, companies: ['Hydra2'], tags: ['value_lead'] },
  { ...ids(C.dave), name: 'Dave Moss', email: C.dave.email, place: 3, signedUpDaysAgo: 640, lastSeenDaysAgo: 35, sessions: 58, attributes: { plan: 'enterprise', job_title: 'Sales Manager' }, companies: ['Hydra2'], tags: ['value_lead'] },
  { name: 'Malcolm Reynolds', email: 'mal@serenity.example', phone: '+1 415 555 0366', place: 1, signedUpDaysAgo: 220, lastSeenDaysAgo: 3, sessions: 75, attributes: { plan: 'pro', job_title: 'Founder' }, companies: ['Serenity'], tags: ['tag_test'] },
  { name: 'Eoghan McCabe', email: 'eoghan@intercom.example', phone: '+353 1 555 0005', place: 0, signedUpDaysAgo: 900, lastSeenDaysAgo: 4, sessions: 512, attributes: { plan: 'enterprise', job_title: 'Founder' }, companies: ['Intercom'] },
  { name: 'Ada Lovelace', email: 'ada@academy.example', place: 4, signedUpDaysAgo: 120, lastSeenDaysAgo: 10, sessions: 33, attributes: { plan: 'free', job_title: 'Data Analyst' }, companies: ['Academy'] },
  { name: 'Ulysses Klaue', email: 'ulysses.klaue@hydra.example', place: 12, signedUpDaysAgo: 180, lastSeenDaysAgo: 90, sessions: 8, attributes: { plan: 'starter' }, companies: ['Hydra'] },
  { name: 'Maria Hill', email: 'maria.hill@hydra5.example', phone: '+1 212 555 0179', place: 2, signedUpDaysAgo: 160, lastSeenDaysAgo: 12, sessions: 21, attributes: { plan: 'pro', job_title: 'CTO' }, companies: ['Hydra5'] },
  { name: 'Simone de Beauvoir', email: 'simone@lesmandarins.example', place: 6, signedUpDaysAgo: 500, lastSeenDaysAgo: 20, sessions: 64, attributes: { job_title: 'Philosopher', plan: 'free' } },
  { name: 'Hannah Arendt', email: 'hannah.arendt@newschool.example', place: 2, signedUpDaysAgo: 450, lastSeenDaysAgo: 50, sessions: 29, attributes: { job_title: 'Philosopher', plan: 'starter' } },
  { name: 'Søren Kierkegaard', email: 'soren@copenhagen.example', place: 14, signedUpDaysAgo: 800, lastSeenDaysAgo: 240, sessions: 3, attributes: { job_title: 'Philosopher' }, unsubscribed: true },
  { name: 'Aoife Byrne', email: 'aoife.byrne@gmail.com', phone: '+353 1 555 0142', place: 0, signedUpDaysAgo: 2, lastSeenDaysAgo: 1, sessions: 4, attributes: { plan: 'free' } },
  { name: 'Priya Patel', email: 'priya.patel@outlook.com', place: 9, signedUpDaysAgo: 4, lastSeenDaysAgo: 2, sessions: 6, attributes: { plan: 'starter', job_title: 'Product Manager' } },
  { name: 'Kenji Tanaka', email: 'kenji.tanaka@icloud.com', place: 8, signedUpDaysAgo: 1, lastSeenDaysAgo: 0, sessions: 2, attributes: { plan: 'free' } },
  { name: 'Ingrid Nielsen', email: 'ingrid.nielsen@proton.me', place: 14, signedUpDaysAgo: 600, lastSeenDaysAgo: 120, sessions: 11, attributes: { plan: 'free' } },
  { name: 'Diego Silva', email: 'diego.silva@gmail.com', place: 11, signedUpDaysAgo: 380, lastSeenDaysAgo: 200, sessions: 7, attributes: { plan: 'starter' } },
  { name: 'Chloé Dubois', email: 'chloe.dubois@yahoo.com', place: 6, signedUpDaysAgo: 260, lastSeenDaysAgo: 52, sessions: 19, attributes: { plan: 'pro', job_title: 'Designer' } },
  { name: 'Grace Hopper', email: 'grace.hopper@navy.example', place: 2, signedUpDaysAgo: 150, lastSeenDaysAgo: 6, sessions: 88, attributes: { plan: 'enterprise', job_title: 'Engineer' } },
  // Leads: anonymous visitors with generated user_ids; the guide identifies them by Intercom id only.
  { ...ids(C.valueLead), role: 'lead', name: null, pseudonym: 'Blue Lamp from Dublin', email: 'curious.visitor@gmail.com', place: 0, signedUpDaysAgo: 14, lastSeenDaysAgo: 3, sessions: 2, tags: ['value_lead'] },
  { ...ids(C.untaggedLead), role: 'lead', name: null, pseudonym: 'Orange Kettle from Chicago', email: null, place: 3, signedUpDaysAgo: 9, lastSeenDaysAgo: 8, sessions: 1 },
  { role: 'lead', name: 'Lena Müller', email: 'lena.mueller@proton.me', place: 5, signedUpDaysAgo: 20, lastSeenDaysAgo: 18, sessions: 3 },
  { role: 'lead', name: null, pseudonym: 'Green Teapot from Tokyo', email: null, place: 8, signedUpDaysAgo: 40, lastSeenDaysAgo: 40, sessions: 1 },
  { role: 'lead', name: 'Kwame Mensah', email: 'kwame.mensah@gmail.com', phone: '+234 1 555 0110', place: 12, signedUpDaysAgo: 5, lastSeenDaysAgo: 5, sessions: 2 },
];

function ids(c: { id: string; userId: string }): Pick<DemoPerson, 'id' | 'userId'> {
  return { id: c.id, userId: c.userId };
}

const COMPANY_DETAILS: Record<CompanyKey, { plan: string | null; size: number | null; website: string | null; industry: string | null; spend: number; createdDaysAgo: number }> = {
  Mitch_and_Murray: { plan: 'enterprise', size: 12, website: 'https://mitchandmurray.example', industry: 'Real Estate', spend: 1200, createdDaysAgo: 700 },
  Hydra2: { plan: 'pro', size: 40, website: 'https://hydra2.example', industry: 'Software', spend: 450, createdDaysAgo: 660 },
  ACME: { plan: null, size: null, website: null, industry: null, spend: 0, createdDaysAgo: 500 },
  Intercom: { plan: 'enterprise', size: 900, website: 'https://www.intercom.com', industry: 'Software', spend: 5000, createdDaysAgo: 900 },
  'Test Company': { plan: null, size: 1, website: null, industry: null, spend: 0, createdDaysAgo: 300 },
  Academy: { plan: 'free', size: 25, website: 'https://academy.example', industry: 'Education', spend: 0, createdDaysAgo: 130 },
  Hydra: { plan: 'starter', size: 8, website: 'https://hydra.example', industry: 'Manufacturing', spend: 49, createdDaysAgo: 190 },
  Serenity: { plan: 'pro', size: 9, website: 'https://serenity.example', industry: 'Logistics', spend: 199, createdDaysAgo: 230 },
  Hydra5: { plan: 'pro', size: 60, website: 'https://hydra5.example', industry: 'Software', spend: 300, createdDaysAgo: 170 },
  Acme: { plan: null, size: null, website: null, industry: null, spend: 0, createdDaysAgo: 60 },
};

/** Seeds the demo workspace into an empty store; the caller runs it in one transaction. */
export function seedDemo(db: Db, now: number): void {
  const ago = (days: number) => now - days * DAY;
  insertAdmin(db, 1, DEMO.admin.id, DEMO.admin.name, DEMO.admin.email);

  const tagSeq = new Map<TagName, number>();
  Object.values(DEMO.tags).forEach((tag, i) => {
    insertTag(db, i + 1, tag.id, tag.name, ago(400 - i * 30));
    tagSeq.set(tag.name as TagName, i + 1);
  });

  const companySeq = new Map<CompanyKey, number>();
  const companyUsers = new Map<CompanyKey, DemoPerson[]>();
  for (const person of PEOPLE) for (const key of person.companies ?? []) companyUsers.set(key, [...(companyUsers.get(key) ?? []), person]);
  (Object.keys(DEMO.companies) as CompanyKey[]).forEach((key, i) => {
    const company = DEMO.companies[key];
    const details = COMPANY_DETAILS[key];
    const members = companyUsers.get(key) ?? [];
    // A company's last request is its most recently active member's.
    const lastSeen = members.length ? Math.min(...members.map((m) => m.lastSeenDaysAgo)) : null;
    insertCompany(db, i + 1, {
      id: company.id,
      company_id: company.companyId,
      name: key,
      plan: details.plan,
      size: details.size,
      website: details.website,
      industry: details.industry,
      monthly_spend: details.spend,
      session_count: members.reduce((sum, m) => sum + m.sessions, 0),
      remote_created_at: ago(details.createdDaysAgo + 30),
      created_at: ago(details.createdDaysAgo),
      updated_at: ago(lastSeen ?? details.createdDaysAgo),
      last_request_at: lastSeen === null ? null : ago(lastSeen),
      custom_attributes: JSON.stringify(details.industry ? { industry_vertical: details.industry } : {}),
    });
    companySeq.set(key, i + 1);
  });
  tagCompany(db, tagSeq.get('tag1')!, companySeq.get('Hydra2')!, ago(100));
  tagCompany(db, tagSeq.get('tag1')!, companySeq.get('Serenity')!, ago(90));
  tagCompany(db, tagSeq.get('tag2')!, companySeq.get('ACME')!, ago(80));

  let userNumber = 0;
  PEOPLE.forEach((person, i) => {
    const seq = i + 1;
    const role = person.role ?? 'user';
    const place: Place = PLACES[person.place]!;
    userNumber += role === 'user' ? 1 : 0;
    insertContact(db, seq, {
      id: person.id ?? seededHexId(ID_KIND.contact, seq),
      role,
      // Users without a guide id get a plain numeric user_id, leads a UUID-like one, as Intercom does.
      external_id: person.userId ?? (role === 'user' ? String(1000 + userNumber * 7) : seededLeadUserId(seq)),
      email: person.email,
      phone: person.phone ?? null,
      name: person.name,
      pseudonym: person.pseudonym ?? null,
      avatar: null,
      owner_id: role === 'lead' ? DEMO.admin.id : null,
      unsubscribed_from_emails: person.unsubscribed ? 1 : 0,
      has_hard_bounced: 0,
      marked_email_as_spam: 0,
      created_at: ago(person.signedUpDaysAgo) - 3600,
      updated_at: ago(person.lastSeenDaysAgo),
      signed_up_at: role === 'user' ? ago(person.signedUpDaysAgo) : null,
      last_seen_at: ago(person.lastSeenDaysAgo) - 600,
      last_replied_at: person.sessions > 20 ? ago(person.lastSeenDaysAgo + 3) : null,
      last_contacted_at: person.sessions > 10 ? ago(person.lastSeenDaysAgo + 7) : null,
      last_email_opened_at: person.email ? ago(person.lastSeenDaysAgo + 1) : null,
      last_email_clicked_at: person.sessions > 50 ? ago(person.lastSeenDaysAgo + 2) : null,
      session_count: person.sessions,
      language_override: null,
      browser: ['chrome', 'safari', 'firefox'][i % 3]!,
      browser_language: place.language,
      os: ['OS X 14.4', 'Windows 11', 'iOS 17.4', 'Android 14'][i % 4]!,
      location_country: place.country,
      location_region: place.region,
      location_city: place.city,
      location_country_code: place.countryCode,
      location_continent_code: place.continentCode,
      custom_attributes: JSON.stringify(person.attributes ?? {}),
    });
    for (const tag of person.tags ?? []) tagContact(db, tagSeq.get(tag)!, seq, ago(30), DEMO.admin.id);
    for (const key of person.companies ?? []) addToCompany(db, seq, companySeq.get(key)!, ago(person.signedUpDaysAgo));
  });

  seedSegments(db);
  seedConversations(db, now, tagSeq);
}

function seededLeadUserId(seq: number): string {
  const hex = seededHexId(ID_KIND.contact, seq).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * The guide's four segments as saved 2.x queries. Dates are relative (`now-30d`, the search's
 * extension for saved segments), so membership follows the clock; user segments hold users only.
 */
function seedSegments(db: Db): void {
  const definitions = [
    { ...DEMO.segments.active, createdAt: 1477664248, updatedAt: 1510220315, query: { field: 'last_seen_at', operator: '>', value: 'now-30d' } },
    { ...DEMO.segments.new, createdAt: 1477664248, updatedAt: 1508743608, query: { field: 'signed_up_at', operator: '>', value: 'now-7d' } },
    { ...DEMO.segments.philosophers, createdAt: 1498493312, updatedAt: 1506340076, query: { field: 'custom_attributes.job_title', operator: '=', value: 'Philosopher' } },
    {
      ...DEMO.segments.slippingAway,
      createdAt: 1477664248,
      updatedAt: 1477664248,
      query: { operator: 'AND', value: [{ field: 'last_seen_at', operator: '<', value: 'now-30d' }, { field: 'last_seen_at', operator: '>', value: 'now-60d' }] },
    },
  ];
  definitions.forEach((s, i) => insertSegment(db, i + 1, { ...s, personType: 'user' }));
}

function seedConversations(db: Db, now: number, tagSeq: Map<TagName, number>): void {
  const ago = (days: number) => now - days * DAY;
  const contactSeq = (id: string) => PEOPLE.findIndex((p) => p.id === id) + 1;
  const conversations = [
    { title: 'Cannot log in', state: 'open', contact: C.testUser.id, assigned: true, days: 2, tags: ['tag_test2'] },
    { title: 'Question about billing', state: 'closed', contact: C.ricky.id, assigned: true, days: 9, tags: ['tag_test2', 'value_lead'] },
    { title: 'Feature request: dark mode', state: 'open', contact: C.valueLead.id, assigned: false, days: 3, tags: [] },
    { title: 'Refund request', state: 'snoozed', contact: C.shelley.id, assigned: true, days: 40, tags: ['tag1'] },
  ] as const;
  conversations.forEach((c, i) => {
    const seq = i + 1;
    insertConversation(db, seq, {
      id: Object.values(DEMO.conversations)[i]!,
      title: c.title,
      state: c.state,
      read: c.state === 'closed' ? 1 : 0,
      adminSeq: c.assigned ? 1 : null,
      createdAt: ago(c.days),
      updatedAt: ago(c.days) + 3600,
    });
    addConversationContact(db, seq, contactSeq(c.contact));
    for (const tag of c.tags) tagConversation(db, tagSeq.get(tag)!, seq, ago(c.days) + 600, DEMO.admin.id);
  });
}

