/**
 * Yoga's cache of parsed documents, bounded by how much document text it holds rather than by a count.
 * Yoga's default keeps 1,024 documents whatever their size, and a parsed document weighs about a
 * hundred times its text (a 6 KB document of 100 aliases is ~540 KB of syntax tree): a thousand
 * distinct large documents, which any caller can send, would hold half a gigabyte. Bounded by text,
 * the cache holds every ordinary document an application sends and only a few tens of MB at worst.
 */
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Most characters of document text whose parsed documents are kept. */
const MAX_TEXT_CHARS = 500_000;
/** Parse errors are small (a message and the source text, itself capped by the query length limit). */
const MAX_CACHED_ERRORS = 1_000;
const TTL_MS = 3_600_000;

export function createDocumentCaches() {
  const documentCache = new LRUCache<string, DocumentNode>({
    maxSize: MAX_TEXT_CHARS,
    sizeCalculation: (_document, text) => Math.max(1, text.length),
    ttl: TTL_MS,
  });
  const errorCache = new LRUCache<string, Error>({ max: MAX_CACHED_ERRORS, ttl: TTL_MS });
  return { documentCache, errorCache };
}
