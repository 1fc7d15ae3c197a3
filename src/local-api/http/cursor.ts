/**
 * 2.x `starting_after` cursors. Like Intercom's ("WzE3…" is base64 of "[17…"), every cursor of this
 * API is base64url of a JSON array — one wire format, one codec (`encodeJsonCursor` /
 * `decodeJsonCursor`); what the array holds is up to the list that hands it out.
 *
 * The keyset cursor of plain lists holds the `seq` of the last row handed out and the number of the
 * page that follows. Keyset paging on `seq` keeps pages stable while rows are inserted; the page
 * number is only for `pages.page`. (Search cursors, src/local-api/search/page.ts, hold a sort key.)
 */
import { parameterInvalid } from './errors.js';

/** The one cursor encoding of this API: base64url of the JSON array. */
export function encodeJsonCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The JSON a cursor holds, or undefined when it is not base64 of JSON. Both base64 alphabets are
 * read, so a cursor a client re-encoded with `+` and `/` still works.
 */
export function decodeJsonCursor(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export interface Cursor {
  afterSeq: number;
  page: number;
}

export function encodeCursor(cursor: Cursor): string {
  return encodeJsonCursor([cursor.afterSeq, cursor.page]);
}

/** Decodes a cursor from a request; anything malformed answers 400 `parameter_invalid` naming `field`. */
export function decodeCursor(text: string, field = 'starting_after'): Cursor {
  const value = decodeJsonCursor(text);
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) &&
    (value[1] as number) >= 1
  ) {
    return { afterSeq: value[0] as number, page: value[1] as number };
  }
  throw parameterInvalid(`${field} is not a cursor this API handed out`, field);
}
