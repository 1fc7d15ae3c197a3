/**
 * Whether the loaders batch keys and cache results. Both are on in production; turning them off
 * gives the naive gateway (one upstream call per key, nothing reused) that the performance
 * benchmark measures the real one against.
 */
export interface LoaderTuning {
  /** Collect the keys of a tick into one upstream call. @default true */
  batch: boolean;
  /** Reuse results (and identical upstream reads) within the request. @default true */
  cache: boolean;
}

export const DEFAULT_TUNING: LoaderTuning = { batch: true, cache: true };

/** Nothing batched, nothing reused: one upstream call per key. Exists only for the benchmark's comparison. */
export const NAIVE_TUNING: LoaderTuning = { batch: false, cache: false };

/** The named settings an operator can pick (`serve --loaders`). */
export const LOADER_MODES = { batched: DEFAULT_TUNING, naive: NAIVE_TUNING } as const satisfies Record<string, LoaderTuning>;
export type LoaderMode = keyof typeof LOADER_MODES;
