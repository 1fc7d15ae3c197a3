import { around, type SqlFragment } from './sql.js';
import { searchError } from './errors.js';
import type { ValueField, ValueType } from './fields.js';

export const OPERATORS = ['=', '!=', 'IN', 'NIN', '>', '<', '>=', '<=', '~', '!~', '^', '$'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Which operators each value type accepts (2.11 "Accepted Operators"; dates lost !=, >=, <=, IN, NIN). */
export const OPERATORS_BY_TYPE: Record<ValueType, readonly Operator[]> = {
  string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
  boolean: ['=', '!=', 'IN', 'NIN'],
  integer: ['=', '!=', 'IN', 'NIN', '<', '>', '<=', '>='],
  date: ['=', '<', '>'],
};

const DAY = 86_400;

export function isOperator(value: unknown): value is Operator {
  return typeof value === 'string' && (OPERATORS as readonly string[]).includes(value);
}

/**
 * Relative dates — `now`, `now-30d`, `now+2h` (units s m h d w) — an extension of ours so saved segments
 * such as "Active" (seen in the last 30 days) follow the clock, as Intercom's relative segment rules do.
 */
const RELATIVE_DATE = /^now(?:([+-])(\d{1,6})([smhdw]))?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: DAY, w: 7 * DAY };

function relativeDate(text: string, now: number): number | undefined {
  const match = RELATIVE_DATE.exec(text);
  if (!match) return undefined;
  const [, sign, amount, unit] = match;
  if (!sign) return now;
  return now + (sign === '-' ? -1 : 1) * Number(amount) * UNIT_SECONDS[unit!]!;
}

/** Converts one searched-for value to the field's type, or says which field wanted what. */
function scalar(field: ValueField, value: unknown, now: number): string | number {
  const wrongType = () =>
    searchError(`Field '${field.name}' is of type ${field.type}; ${JSON.stringify(value)} is not a valid ${field.type} value`);
  switch (field.type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      throw wrongType();
    case 'boolean':
      if (value === true || value === 'true') return 1;
      if (value === false || value === 'false') return 0;
      throw wrongType();
    case 'integer':
    case 'date':
      // Intercom's own examples send timestamps as strings ("value": "1306054154").
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
      if (field.type === 'date' && typeof value === 'string') {
        const relative = relativeDate(value, now);
        if (relative !== undefined) return relative;
      }
      throw wrongType();
  }
}

/** `%`, `_` and the escape character itself match literally in LIKE patterns built from user text. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** The SQL for `field operator value`; the operator has already been checked against the field's type. */
export function valueCondition(
  field: ValueField,
  operator: Operator,
  value: unknown,
  alias: string,
  now: number = Math.floor(Date.now() / 1000),
): SqlFragment {
  const expr = field.expr(alias);
  // "Doesn't equal / contain" also matches contacts that have no value at all.
  const orNull = (template: string) => (field.nullable ? `($ IS NULL OR ${template})` : template);

  if (value === null) {
    if (operator === '=') return around('$ IS NULL', expr);
    if (operator === '!=') return around('$ IS NOT NULL', expr);
    throw searchError(`Operator '${operator}' on field '${field.name}' needs a value, not null`);
  }

  if (operator === 'IN' || operator === 'NIN') {
    if (!Array.isArray(value) || value.length === 0) {
      throw searchError(`Operator '${operator}' on field '${field.name}' needs a non-empty array value`);
    }
    const list = JSON.stringify(value.map((v: unknown) => scalar(field, v, now)));
    return operator === 'IN'
      ? around('$ IN (SELECT value FROM json_each(?))', expr, list)
      : around(orNull('$ NOT IN (SELECT value FROM json_each(?))'), expr, list);
  }
  if (Array.isArray(value)) {
    throw searchError(`Operator '${operator}' on field '${field.name}' takes a single value; arrays need IN or NIN`);
  }

  const v = scalar(field, value, now);
  if (field.type === 'date') {
    // Dates match by calendar day (UTC here): '=' is the whole day, '>' starts the next day.
    const day = Math.floor((v as number) / DAY) * DAY;
    if (operator === '=') return around('($ >= ? AND $ < ?)', expr, day, day + DAY);
    if (operator === '>') return around('$ >= ?', expr, day + DAY);
    return around('$ < ?', expr, day);
  }

  switch (operator) {
    case '=':
      return around('$ = ?', expr, v);
    case '!=':
      return around(orNull('$ != ?'), expr, v);
    case '>':
    case '<':
    case '>=':
    case '<=':
      return around(`$ ${operator} ?`, expr, v);
    case '~':
      return around("$ LIKE ? ESCAPE '\\'", expr, `%${likeEscape(String(v))}%`);
    case '!~':
      return around(orNull("$ NOT LIKE ? ESCAPE '\\'"), expr, `%${likeEscape(String(v))}%`);
    case '^':
      return around("$ LIKE ? ESCAPE '\\'", expr, `${likeEscape(String(v))}%`);
    case '$':
      return around("$ LIKE ? ESCAPE '\\'", expr, `%${likeEscape(String(v))}`);
  }
}
