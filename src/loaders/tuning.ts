/**
 * Whether the loaders batch keys and reuse results. Everything is on in production; the other
 * modes exist only for the performance benchmark, which measures the real gateway against them so
 * that each factor is credited on its own:
 *   naive  → dedupe   isolates de-duplication of identical reads within a request,
 *   dedupe → batched  isolates batching (plus the cross-request list cache, measured apart).
 */
export interface LoaderTuning {
  /** Collect the keys of a tick into one upstream call. @default true */
  batch: boolean;
  /** Reuse results (and identical upstream reads) within the request. @default true */
  cache: boolean;
  /**
   * Reuse across requests too (the shared tag/segment list cache and, when configured, the
   * response cache). Never without `cache`. @default the value of `cache`
   */
  acrossRequests?: boolean;
}

export const DEFAULT_TUNING: LoaderTuning = { batch: true, cache: true };

/** Nothing batched, nothing reused: one upstream call per key. Exists only for the benchmark's comparison. */
export const NAIVE_TUNING: LoaderTuning = { batch: false, cache: false };

/**
 * Identical reads within a request made once, but one upstream call per key and nothing kept
 * between requests: the naive gateway plus de-duplication alone. Exists only for the benchmark.
 */
export const DEDUPE_ONLY_TUNING: LoaderTuning = { batch: false, cache: true, acrossRequests: false };

/** The named settings an operator can pick (`serve --loaders`). */
export const LOADER_MODES = { batched: DEFAULT_TUNING, dedupe: DEDUPE_ONLY_TUNING, naive: NAIVE_TUNING } as const satisfies Record<string, LoaderTuning>;
export type LoaderMode = keyof typeof LOADER_MODES;

/** Whether this tuning lets the gateway keep anything between requests (list and response caches). */
export function reusesAcrossRequests(tuning: LoaderTuning): boolean {
  return tuning.cache && tuning.acrossRequests !== false;
}
