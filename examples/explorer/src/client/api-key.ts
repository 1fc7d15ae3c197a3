/**
 * The caller's API key, as the person pasted it. Kept in sessionStorage (gone with the tab) and never
 * part of the bundle: the built files hold no key, so serving them to anyone gives away nothing.
 */
const STORAGE_KEY = 'grouping-gateway-explorer.api-key';

export function readApiKey(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveApiKey(key: string): void {
  const trimmed = key.trim();
  if (trimmed === '') sessionStorage.removeItem(STORAGE_KEY);
  else sessionStorage.setItem(STORAGE_KEY, trimmed);
}
