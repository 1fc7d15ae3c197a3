/**
 * Cache keys for loaders whose keys are objects (a tag id plus `first`/`after`, a search body …).
 * Object keys are sorted so that `{a, b}` and `{b, a}` are one key, and `undefined` members are
 * dropped so an omitted argument and an explicit `undefined` share an entry.
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, member]) => [key, normalize(member)]));
  }
  return value;
}
