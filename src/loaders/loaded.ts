/**
 * One error policy for relations: what a relation field reads either arrives whole or the field
 * fails with the upstream's error (the response keeps the rest: partial data). A failed read is
 * never turned into an empty list — "this user has no tags" and "the tag list could not be read"
 * must not look the same, to a caller or to a response cache.
 */

/**
 * The loaded values of `loadMany`: the first failure is rethrown; keys that do not exist (`null`,
 * e.g. a contact deleted since it was listed) are left out.
 */
export function presentOrThrow<T>(values: ReadonlyArray<T | null | Error>): T[] {
  const failure = values.find((value): value is Error => value instanceof Error);
  if (failure) throw failure;
  return values.filter((value): value is T => value !== null);
}
