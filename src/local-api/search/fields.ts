import { fragment, type SqlFragment } from './sql.js';
import { searchError } from './errors.js';

/** The value types of the 2.x contact search; each allows its own operators (see operators.ts). */
export type ValueType = 'string' | 'boolean' | 'integer' | 'date';

/** A field that is a value of the contact row (a column, a derived expression, or a custom attribute). */
export interface ValueField {
  kind: 'value';
  name: string;
  type: ValueType;
  /** The SQL expression over the contacts table aliased `alias`. */
  expr(alias: string): SqlFragment;
  /** Whether the expression can be NULL (then `!=`, `NIN`, `!~` also match contacts without a value). */
  nullable: boolean;
}

/** Membership fields: a contact has the tag, or is in the segment. */
export interface MembershipField {
  kind: 'tag' | 'segment';
  name: 'tag_id' | 'segment_id';
}

export type SearchField = ValueField | MembershipField;

const column = (name: string, type: ValueType, col: string = name, nullable = true): ValueField => ({
  kind: 'value',
  name,
  type,
  expr: (alias) => fragment(`${alias}.${col}`),
  nullable,
});

/** Fields the 2.11 search accepts that the local store never has a value for (mobile SDK data). */
const ALWAYS_NULL_FIELDS = [
  'ios_app_version', 'ios_device', 'ios_app_device', 'ios_os_version', 'ios_app_name', 'ios_sdk_version',
  'android_app_version', 'android_device', 'android_app_name', 'android_sdk_version', 'andoid_sdk_version',
];

const STANDARD_FIELDS: ReadonlyMap<string, SearchField> = new Map<string, SearchField>([
  ...[
    column('id', 'string', 'id', false),
    column('role', 'string', 'role', false),
    column('name', 'string'),
    column('avatar', 'string'),
    {
      kind: 'value',
      name: 'owner_id',
      type: 'integer',
      // Stored as text (admin ids); compared as the integer the 2.x API documents.
      expr: (alias: string) => fragment(`CAST(${alias}.owner_id AS INTEGER)`),
      nullable: true,
    } satisfies ValueField,
    column('email', 'string'),
    {
      kind: 'value',
      name: 'email_domain',
      type: 'string',
      expr: (alias: string) =>
        fragment(`(CASE WHEN instr(${alias}.email, '@') > 0 THEN substr(${alias}.email, instr(${alias}.email, '@') + 1) END)`),
      nullable: true,
    } satisfies ValueField,
    column('phone', 'string'),
    column('formatted_phone', 'string', 'phone'),
    column('external_id', 'string'),
    column('created_at', 'date', 'created_at', false),
    column('signed_up_at', 'date'),
    column('updated_at', 'date', 'updated_at', false),
    column('last_seen_at', 'date'),
    column('last_contacted_at', 'date'),
    column('last_replied_at', 'date'),
    column('last_email_opened_at', 'date'),
    column('last_email_clicked_at', 'date'),
    column('language_override', 'string'),
    column('browser', 'string'),
    column('browser_language', 'string'),
    column('os', 'string'),
    column('location.country', 'string', 'location_country'),
    column('location.region', 'string', 'location_region'),
    column('location.city', 'string', 'location_city'),
    column('unsubscribed_from_emails', 'boolean', 'unsubscribed_from_emails', false),
    column('marked_email_as_spam', 'boolean', 'marked_email_as_spam', false),
    column('has_hard_bounced', 'boolean', 'has_hard_bounced', false),
    column('session_count', 'integer', 'session_count', false),
    ...['ios_last_seen_at', 'android_last_seen_at'].map(
      (name): ValueField => ({ kind: 'value', name, type: 'date', expr: () => fragment('NULL'), nullable: true }),
    ),
    ...ALWAYS_NULL_FIELDS.map(
      (name): ValueField => ({ kind: 'value', name, type: 'string', expr: () => fragment('NULL'), nullable: true }),
    ),
  ].map((field): [string, SearchField] => [field.name, field]),
  ['tag_id', { kind: 'tag', name: 'tag_id' }],
  ['segment_id', { kind: 'segment', name: 'segment_id' }],
]);

const CUSTOM_PREFIX = 'custom_attributes.';
// Attribute names become a quoted JSON path (bound as a parameter); quotes and backslashes would
// break out of the quoting, so they are refused along with control characters.
const CUSTOM_NAME = /^[^"\\\u0000-\u001f]{1,190}$/;

/**
 * The type of a custom attribute, inferred from the value searched for (the local store keeps no
 * attribute schema). Following Intercom's naming convention, a numeric value for an attribute whose
 * name ends in `_at` is a date.
 */
function customAttributeType(name: string, sample: unknown): ValueType {
  if (typeof sample === 'boolean') return 'boolean';
  if (typeof sample === 'number') return name.endsWith('_at') ? 'date' : 'integer';
  return 'string';
}

/** Resolves a search field name; `sample` (the filter's value) types custom attributes. */
export function resolveField(name: string, sample: unknown): SearchField {
  const standard = STANDARD_FIELDS.get(name);
  if (standard) return standard;
  if (name.startsWith(CUSTOM_PREFIX)) {
    const attribute = name.slice(CUSTOM_PREFIX.length);
    if (!CUSTOM_NAME.test(attribute)) throw searchError(`'${name}' is not a valid custom attribute field`);
    const first = Array.isArray(sample) ? sample[0] : sample;
    return {
      kind: 'value',
      name,
      type: customAttributeType(attribute, first),
      expr: (alias) => fragment(`json_extract(${alias}.custom_attributes, ?)`, [`$."${attribute}"`]),
      nullable: true,
    };
  }
  throw searchError(`'${name}' is not a searchable contact field`);
}

/** Fields a search may sort by: every value field (membership fields have no order). */
export function resolveSortField(name: string): ValueField | undefined {
  const standard = STANDARD_FIELDS.get(name);
  if (standard) return standard.kind === 'value' ? standard : undefined;
  if (name.startsWith(CUSTOM_PREFIX)) {
    try {
      const field = resolveField(name, '');
      return field.kind === 'value' ? field : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
