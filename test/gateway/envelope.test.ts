/**
 * The envelope check the transport applies to every 2xx body (src/intercom/envelope.ts): what it
 * accepts is what the spec's examples and the local API answer; what it refuses is what the gateway
 * would otherwise read as undefined. End-to-end cases are in upstream-bodies.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/intercom/endpoint-table.js';
import { fitsEnvelope, type Envelope } from '../../src/intercom/envelope.js';

const tag = { type: 'tag', id: '17', name: 'VIP' };

const accepted: Array<[Envelope, unknown]> = [
  ['tag', tag],
  ['contact', { type: 'contact', id: 'c1', role: 'user' }],
  ['list', { type: 'list', data: [tag] }],
  ['list', { type: 'list', data: [], total_count: 0, pages: { type: 'pages', page: 1 } }],
  ['list', { type: 'list', data: [tag], pages: null }],
  ['segment.list', { type: 'segment.list', segments: [{ type: 'segment', id: 's1', name: 'Active' }], pages: {} }],
  ['conversation.list', { type: 'conversation.list', conversations: [], total_count: 0 }],
  ['admin.list', { type: 'admin.list', admins: [{ type: 'admin', id: '1' }] }],
  ['counts', { type: 'count.hash', company: { count: 3 } }],
  ['nothing', undefined],
];

const refused: Array<[Envelope, unknown, string]> = [
  ['tag', undefined, 'an empty body'],
  ['tag', [tag], 'an array'],
  ['tag', { ...tag, type: 'segment' }, 'another type'],
  ['tag', { type: 'tag', id: 17 }, 'a numeric id'],
  ['tag', { type: 'tag', id: '' }, 'an empty id'],
  ['contact', { id: 'c1' }, 'no type'],
  ['list', { type: 'tag.list', tags: [tag] }, 'the 1.x list'],
  ['list', { type: 'list', data: {} }, 'data not an array'],
  ['list', { type: 'list', data: [{ name: 'no id' }] }, 'an item without id'],
  ['list', { type: 'list', data: [tag], total_count: '1' }, 'a string total_count'],
  ['list', { type: 'list', data: [tag], pages: 2 }, 'pages not an object'],
  ['segment.list', { type: 'list', data: [] }, 'list/data instead of segment.list/segments'],
  ['conversation.list', { type: 'conversation.list', conversations: null }, 'no conversations'],
  ['admin.list', { type: 'admin.list' }, 'no admins'],
  ['counts', { company: { count: 3 } }, 'no type'],
];

describe('the envelope check', () => {
  it.each(accepted)('accepts a %s', (envelope, body) => {
    expect(fitsEnvelope(envelope, body)).toBe(true);
  });

  it.each(refused.map(([envelope, body, what]) => ({ envelope, body, what })))('refuses as $envelope: $what', ({ envelope, body }) => {
    expect(fitsEnvelope(envelope, body)).toBe(false);
  });

  it('knows what every endpoint of the table answers', () => {
    for (const endpoint of Object.values(ENDPOINTS)) {
      // A garbage body fails every envelope but "nothing"; a thrown check would fail the test.
      expect(fitsEnvelope(endpoint.answers, { garbage: true })).toBe(endpoint.answers === 'nothing');
    }
  });
});
