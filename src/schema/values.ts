/**
 * Conversions from Intercom's wire values to what the schema exposes.
 */

/** Unix seconds to a Date; Intercom (and the local API, for fields its spec requires) sends 0 for "never". */
export function fromUnixSeconds(seconds: number | null | undefined): Date | null {
  return typeof seconds === 'number' && seconds > 0 ? new Date(seconds * 1000) : null;
}

/** A Date to Unix seconds, for request bodies. */
export function toUnixSeconds(date: Date | null | undefined): number | undefined {
  return date ? Math.floor(date.getTime() / 1000) : undefined;
}

/** Strings the upstream sends as '' when unset become null. */
export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}
