/**
 * A contact's tags, companies and segments.
 *
 * Tags and companies: contacts embed up to 10 of each (ids only). When `has_more` is false the
 * embedded ids are complete and resolve through the per-request tag list and company loader; only
 * when it is true is the contact's sub-resource read (one call for that contact).
 *
 * Segments: contacts embed none. For a batch of N contacts and S segments the loader makes
 * min(N, S) calls: `GET /contacts/{id}/segments` per contact when there are no more contacts than
 * segments, else one search per segment (`segment_id = S AND id IN [the batch]`), whose cost does
 * not depend on the number of contacts. Deciding needs the segment list (one call per request,
 * shared); a lone contact skips that wait.
 *
 * A failed read fails the contact's relation (src/loaders/loaded.ts), never answers an empty list.
 */
import DataLoader from 'dataloader';
import type { Company, Contact, Segment, Tag } from '../intercom/types.js';
import type { CompanyLoaders } from './companies.js';
import { presentOrThrow } from './loaded.js';
import { allOf, chunks, eq, within } from './search.js';
import type { SegmentLoaders } from './segments.js';
import type { TagLoaders } from './tags.js';
import type { LoaderTuning } from './tuning.js';
import type { UpstreamClient } from './upstream.js';

export interface ContactRelationLoaders {
  tags: DataLoader<Contact, Tag[], string>;
  companies: DataLoader<Contact, Company[], string>;
  segments: DataLoader<Contact, Segment[], string>;
}

export function createContactRelationLoaders(
  client: UpstreamClient,
  deps: { tags: TagLoaders; companies: CompanyLoaders; segments: SegmentLoaders },
  tuning: LoaderTuning,
): ContactRelationLoaders {
  const byContactId = { ...tuning, cacheKeyFn: (contact: Contact) => contact.id };
  const tags = new DataLoader<Contact, Tag[], string>(
    (contacts) =>
      Promise.all(
        contacts.map(async (contact) => {
          if (contact.tags?.has_more) return (await client.listContactTags(contact.id)).data;
          return presentOrThrow(await deps.tags.byId.loadMany((contact.tags?.data ?? []).map((tag) => tag.id)));
        }),
      ),
    byContactId,
  );

  const companies = new DataLoader<Contact, Company[], string>(
    (contacts) =>
      Promise.all(
        contacts.map(async (contact) => {
          if (contact.companies?.has_more) {
            const list = (await client.listContactCompanies(contact.id)).data;
            deps.companies.prime(list);
            return list;
          }
          const ids = (contact.companies?.data ?? []).map((company) => company.id);
          return presentOrThrow(await deps.companies.byId.loadMany(ids));
        }),
      ),
    byContactId,
  );

  const perContact = (contacts: readonly Contact[]) =>
    Promise.all(contacts.map(async (contact) => (await client.listContactSegments(contact.id)).data));

  const segments = new DataLoader<Contact, Segment[], string>(async (contacts) => {
    // One contact (a detail page): its sub-resource, without waiting for the segment list first.
    if (contacts.length === 1) return perContact(contacts);
    const all = await deps.segments.all();
    if (contacts.length <= all.length) {
      const known = new Map(all.map((segment) => [segment.id, segment]));
      return (await perContact(contacts)).map((list) => list.map((segment) => known.get(segment.id) ?? segment));
    }
    const members = new Map<string, Segment[]>(contacts.map((contact) => [contact.id, []]));
    const ids = contacts.map((contact) => contact.id);
    await Promise.all(
      all.flatMap((segment) =>
        chunks(ids).map(async (chunk) => {
          const page = await client.searchContacts({
            query: allOf([eq('segment_id', segment.id), within('id', chunk)])!,
            pagination: { per_page: chunk.length },
          });
          for (const contact of page.data) members.get(contact.id)?.push(segment);
        }),
      ),
    );
    // Keep the upstream's segment order for every contact, whatever order the searches finished in.
    const order = new Map(all.map((segment, index) => [segment.id, index]));
    return contacts.map((contact) =>
      (members.get(contact.id) ?? []).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    );
  }, byContactId);

  return { tags, companies, segments };
}
