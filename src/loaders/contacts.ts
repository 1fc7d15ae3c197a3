/**
 * Contacts by id, external_id (1.x user_id) or email: every key of a tick in ONE
 * `POST /contacts/search` with `IN` (chunked at 150 values, the largest page), instead of one
 * `GET /contacts/{id}` per key. A lone id uses `GET /contacts/{id}` — the same one call, and it sees
 * contacts created moments ago, which search may not yet index (docs/intercom-contract.md#contact-search).
 */
import DataLoader from 'dataloader';
import type { Contact, SearchFilter } from '../intercom/types.js';
import { orNull } from './not-found.js';
import { allOf, chunks, eq, within } from './search.js';
import type { LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface ContactLoaders {
  byId: DataLoader<string, Contact | null>;
  /** Users by external_id (the 1.x `user_id`). */
  userByExternalId: DataLoader<string, Contact | null>;
  /** Users by email, case-insensitively (see `emailSpellings`); the first match when several users share an email. */
  userByEmail: DataLoader<string, Contact | null>;
  /** Puts contacts read by any other call (lists, searches, mutations) into the id cache. */
  prime(contacts: Iterable<Contact>): void;
}

async function searchIn(client: UpstreamClient, field: string, values: readonly string[], also?: SearchFilter): Promise<Contact[]> {
  const pages = await Promise.all(
    chunks(values).map((chunk) =>
      client.searchContacts({
        query: allOf([also, within(field, chunk)])!,
        pagination: { per_page: chunk.length },
      }),
    ),
  );
  return pages.flatMap((page) => page.data);
}

/**
 * The values an email `IN` search asks for: each email as given and in lower case. Upstreams keep an
 * address as it was written, and the gateway cannot count on their `=`/`IN` ignoring case (the local
 * API's does not: README, "Where it knowingly differs from Intercom"). Asking for both spellings
 * finds the address when it is stored as the caller writes it (a frontend repeating what it created)
 * or in lower case, in the same `IN` — still one search per 150 values — and the answers are matched
 * to the keys without regard to case. An upstream that ignores case finds every spelling.
 */
export function emailSpellings(emails: readonly string[]): string[] {
  return [...new Set(emails.flatMap((email) => [email, email.toLowerCase()]))];
}

function firstBy(contacts: Contact[], keyOf: (contact: Contact) => string | null): Map<string, Contact> {
  const map = new Map<string, Contact>();
  for (const contact of contacts) {
    const key = keyOf(contact);
    if (key !== null && !map.has(key)) map.set(key, contact);
  }
  return map;
}

export function createContactLoaders(client: UpstreamClient, tuning: LoaderTuning): ContactLoaders {
  const byId = new DataLoader<string, Contact | null>(async (ids) => {
    if (ids.length === 1) return [await orNull(client.getContact(ids[0]!))];
    const found = firstBy(await searchIn(client, 'id', ids), (contact) => contact.id);
    return ids.map((id) => found.get(id) ?? null);
  }, tuning);
  const prime = (contacts: Iterable<Contact>) => {
    for (const contact of contacts) byId.clear(contact.id).prime(contact.id, contact);
  };

  const userByExternalId = new DataLoader<string, Contact | null>(async (externalIds) => {
    const contacts = await searchIn(client, 'external_id', externalIds, eq('role', 'user'));
    prime(contacts);
    const found = firstBy(contacts, (contact) => contact.external_id);
    return externalIds.map((externalId) => found.get(externalId) ?? null);
  }, tuning);

  const userByEmail = new DataLoader<string, Contact | null>(
    async (emails) => {
      const contacts = await searchIn(client, 'email', emailSpellings(emails), eq('role', 'user'));
      prime(contacts);
      const found = firstBy(contacts, (contact) => contact.email?.toLowerCase() ?? null);
      return emails.map((email) => found.get(email.toLowerCase()) ?? null);
    },
    { ...tuning, cacheKeyFn: (email) => email.toLowerCase() },
  );

  return { byId, userByExternalId, userByEmail, prime };
}
