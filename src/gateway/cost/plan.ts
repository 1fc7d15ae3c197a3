/**
 * The running tally of one estimate: the upstream calls the operation's fields will make, with the
 * request-wide de-duplication the loaders and the read cache give (an identical read is one call per
 * request; after a write the loaders start over). The rules of model.ts add to it; it knows what
 * the gateway has seen of the upstream's sizes (seen-sizes.ts) and says which facts it lacked.
 */
import { IN_CHUNK_SIZE } from '../../loaders/search.js';
import type { SeenSizes } from './seen-sizes.js';

/** Objects a field is resolved on: at most `count` of them; `ids` when exactly which is known. */
export interface Rows {
  count: number;
  ids?: readonly string[] | undefined;
  /**
   * Every tag or segment, when the gateway has not seen that list yet: `count` is 0 until it has, and
   * a rule that prices per object records the need (the plugin reads the list and estimates again).
   */
  unknown?: 'tags' | 'segments' | undefined;
  /** The upstream pages these rows are (contacts of list windows), to look up what those pages held. */
  pages?: readonly string[] | undefined;
}

/** A fact the estimate needed and the gateway had not seen yet; the plugin fetches it and estimates again. */
export type Need = 'tags' | 'segments' | 'probe';

export interface ListCacheState {
  /** The loaders read the segment list without counts from a cache shared across requests. */
  cachedAcrossRequests: boolean;
  /** The shared cache holds a fresh tag list / segment list now: reading it costs nothing. */
  tagsFresh: boolean;
  segmentsFresh: boolean;
}

export const NO_LIST_CACHE: ListCacheState = { cachedAcrossRequests: false, tagsFresh: false, segmentsFresh: false };

/** Calls for `n` keys of a loader that reads a lone key with one GET and several with searches of 150 (contacts by id). */
export function byIdBatch(n: number): number {
  if (n <= 0) return 0;
  return n === 1 ? 1 : Math.ceil(n / IN_CHUNK_SIZE);
}

/** Calls for `n` keys read with `IN` searches of 150 each. */
export function searchBatch(n: number): number {
  return n <= 0 ? 0 : Math.ceil(n / IN_CHUNK_SIZE);
}

export class Plan {
  /** Calls counted so far. */
  calls = 0;
  readonly needs = new Set<Need>();
  private readonly once = new Set<string>();
  private readonly batches = new Map<string, { keys: Set<string>; cost: (n: number) => number }>();
  /** Writes so far: each one clears the request's loaders (and the shared lists), so reads count again. */
  private epoch = 0;

  constructor(
    readonly sizes: SeenSizes,
    private readonly lists: ListCacheState,
  ) {}

  add(calls: number): void {
    if (calls > 0) this.calls += calls;
  }

  /** A read made at most once per request (between writes), whoever asks for it. */
  onceFor(key: string, calls = 1): void {
    const scoped = `${this.epoch} ${key}`;
    if (this.once.has(scoped)) return;
    this.once.add(scoped);
    this.add(calls);
  }

  /**
   * Keys gathered by one DataLoader in one tick (root fields resolve together): priced when the
   * estimate ends, on the number of distinct keys.
   */
  batch(group: string, keys: Iterable<string>, cost: (n: number) => number): void {
    const scoped = `${this.epoch} ${group}`;
    let batch = this.batches.get(scoped);
    if (!batch) {
      batch = { keys: new Set(), cost };
      this.batches.set(scoped, batch);
    }
    for (const key of keys) batch.keys.add(key);
  }

  /** A write happened: the loaders are rebuilt, the read cache and the shared lists are cleared. */
  afterWrite(): void {
    this.settleBatches();
    this.epoch += 1;
  }

  /** The total, once every field was visited. */
  finish(): number {
    this.settleBatches();
    return this.calls;
  }

  private settleBatches(): void {
    for (const batch of this.batches.values()) this.add(batch.cost(batch.keys.size));
    this.batches.clear();
  }

  // ------------------------------------------------------------ the request-wide lists

  /** `GET /tags`, once per request; free while the shared list cache holds it. */
  tagList(): void {
    this.onceFor('tags', this.epoch === 0 && this.lists.tagsFresh ? 0 : 1);
  }

  /** The segment list the loaders' `all()` reads: the counted list itself when lists are not shared. */
  segmentList(): void {
    if (!this.lists.cachedAcrossRequests) return this.countedSegmentList();
    this.onceFor('segments', this.epoch === 0 && this.lists.segmentsFresh ? 0 : 1);
  }

  /** `GET /segments?include_count=true`, once per request (never cached across requests). */
  countedSegmentList(): void {
    this.onceFor('segments counted');
  }

  /** Every tag, with ids; not yet seen: marked unknown, for the rules that price per tag to ask for. */
  allTags(): Rows {
    const ids = this.sizes.tagIds();
    return ids === undefined ? { count: 0, unknown: 'tags' } : { count: ids.length, ids };
  }

  allSegments(): Rows {
    const ids = this.sizes.segmentIds();
    return ids === undefined ? { count: 0, unknown: 'segments' } : { count: ids.length, ids };
  }

  /** Whether `/counts` is served; undefined (and the need recorded) before the first probe. */
  legacyCounts(): boolean | undefined {
    const legacy = this.sizes.legacyCounts();
    if (legacy === undefined) this.needs.add('probe');
    return legacy;
  }

  /** One read per distinct object when the objects are known, else one per row (no de-duplication assumed). */
  perObject(rows: Rows, keyOf: (id: string) => string, calls = 1): void {
    if (rows.unknown) this.needs.add(rows.unknown);
    else if (rows.ids) for (const id of rows.ids) this.onceFor(keyOf(id), calls);
    else this.add(rows.count * calls);
  }
}
