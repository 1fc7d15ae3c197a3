/**
 * The cheap check of every 2xx body against what the gateway relies on: the `type` of the envelope,
 * its list key (`data`, `segments`, `conversations`, `admins`), a string `id` on every object, and
 * `pages` / `total_count` of the right kind when present. Anything else in the body is not checked
 * here — the types of src/intercom/types.ts (generated from Intercom's spec) describe it, and the
 * loaders read it defensively. A body that fails becomes UPSTREAM_ERROR in the transport, with our
 * own message, never the body.
 *
 * Shapes and sources: docs/intercom-contract.md#envelopes.
 */

/** What an endpoint answers (src/intercom/endpoint-table.ts, column `answers`). */
export type Envelope =
  | 'contact'
  | 'tag'
  | 'company'
  | 'segment'
  | 'conversation'
  | 'list'
  | 'segment.list'
  | 'conversation.list'
  | 'admin.list'
  /** `GET /me`: an admin object; only its `type` is relied on. */
  | 'admin'
  | 'counts'
  /** No body is documented (DELETE /tags/{id}); whatever comes is ignored. */
  | 'nothing';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (value: unknown): boolean => isRecord(value) && typeof value['id'] === 'string' && value['id'] !== '';
const listOf = (value: unknown): boolean => Array.isArray(value) && value.every(hasId);
const optional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || value === null || check(value);
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);

/** An object of one resource: `{ "type": "<kind>", "id": "…" }`. */
const object = (kind: string) => (body: unknown) => hasId(body) && (body as Json)['type'] === kind;

/** A list envelope: `{ "type": "<type>", "<key>": [{ "id": … }…], "total_count"?: n, "pages"?: {…} }`. */
const list = (type: string, key: string) => (body: unknown) =>
  isRecord(body) &&
  body['type'] === type &&
  listOf(body[key]) &&
  optional(body['total_count'], isCount) &&
  optional(body['pages'], isRecord);

const CHECKS: { readonly [E in Envelope]: (body: unknown) => boolean } = {
  contact: object('contact'),
  tag: object('tag'),
  company: object('company'),
  segment: object('segment'),
  conversation: object('conversation'),
  list: list('list', 'data'),
  'segment.list': list('segment.list', 'segments'),
  'conversation.list': list('conversation.list', 'conversations'),
  'admin.list': list('admin.list', 'admins'),
  admin: object('admin'),
  // The legacy counts answer a `count` or `count.hash` object whose other keys depend on the query.
  counts: (body) => isRecord(body) && typeof body['type'] === 'string',
  nothing: () => true,
};

/** Whether `body` (parsed JSON, or undefined for an empty body) has the envelope the gateway relies on. */
export function fitsEnvelope(envelope: Envelope, body: unknown): boolean {
  return CHECKS[envelope](body);
}
