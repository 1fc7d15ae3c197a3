/**
 * A small workspace for the contract tests: one of everything the 2.x grouping routes return, with
 * memberships in every direction, written through the stores (setup) so the tests can then exercise
 * every route over HTTP.
 */
import type { Db } from '../../../src/local-api/db/open.js';
import type { CompanyRow, ContactRow, ConversationRow, TagRow } from '../../../src/local-api/db/rows.js';
import { tagCompany, tagContact } from '../../../src/local-api/store/tags.js';
import { tagConversation } from '../../../src/local-api/store/conversations.js';
import { addAdmin, addCompany, addContact, addConversation, addTag, NOW } from './fixtures.js';

export interface ContractWorld {
  admin: { seq: number; id: string };
  user: ContactRow;
  otherUser: ContactRow;
  lead: ContactRow;
  tag: TagRow;
  spareTag: TagRow;
  company: CompanyRow;
  spareCompany: CompanyRow;
  segmentId: string;
  conversation: ConversationRow;
}

export const CONTRACT_SEGMENT_ID = '5e9a00000000000000000001';

export function buildContractWorld(db: Db): ContractWorld {
  const admin = addAdmin(db, '991267390', 'Ciaran Lee', 'admin1@example.com');
  const user = addContact(db, 'user', { email: 'ada@contract.example', name: 'Ada' });
  const otherUser = addContact(db, 'user', { email: 'bob@contract.example', name: 'Bob' });
  const lead = addContact(db, 'lead', { email: 'lee@lead.example', name: 'Lee' });
  const tag = addTag(db, 'contract-tag');
  const spareTag = addTag(db, 'contract-spare');
  tagContact(db, tag.seq, user.seq, NOW, admin.id);
  tagContact(db, tag.seq, lead.seq, NOW, admin.id);
  const company = addCompany(db, 'contract-co', [user, otherUser, lead], { name: 'Contract Co', last_request_at: NOW });
  tagCompany(db, tag.seq, company.seq, NOW);
  const spareCompany = addCompany(db, 'contract-spare-co', [], { name: 'Spare Co' });
  db.prepare('INSERT INTO segments (id, name, person_type, query, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    CONTRACT_SEGMENT_ID,
    'Contract people',
    'user',
    JSON.stringify({ field: 'email', operator: '$', value: '@contract.example' }),
    NOW,
    NOW,
  );
  const conversation = addConversation(db, [user], { title: 'Contract question', adminSeq: admin.seq });
  tagConversation(db, tag.seq, conversation.seq, NOW, admin.id);
  return { admin, user, otherUser, lead, tag, spareTag, company, spareCompany, segmentId: CONTRACT_SEGMENT_ID, conversation };
}
