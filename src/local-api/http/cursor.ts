/**
 * 2.x `starting_after` cursors. Like Intercom's ("WzE3…" is base64 of "[17…"), a cursor is base64url of a
 * JSON array: the `seq` of the last row handed out and the number of the page that follows. Keyset
 * paging on `seq` keeps pages stable while rows are inserted; the page number is only for `pages.page`.
 */
import { parameterInvalid } from './errors.js';

export interface Cursor {
  afterSeq: number;
  page: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.afterSeq, cursor.page])).toString('base64url');
}

/** Decodes a cursor from a request; anything malformed answers 400 `parameter_invalid` naming `field`. */
export function decodeCursor(text: string, field = 'starting_after'): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
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
