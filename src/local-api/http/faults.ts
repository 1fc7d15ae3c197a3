import type { FaultOptions } from '../options.js';
import { mulberry32, type Random } from '../seed/random.js';

/**
 * The faults a test can inject:
 * - `5xx`: 503 with an `error.list`;
 * - `429`: a real rate-limit answer (headers and `error.list`) for an exhausted window;
 * - `reset`: the connection is reset before any answer;
 * - `truncated`: the headers promise a whole body, half is sent, then the connection closes;
 * - `malformed`: 200 with a whole body that is not JSON;
 * - `shape`: 200 with valid JSON of the wrong shape (no envelope a client of this API expects).
 * Every injected fault is answered before the request reaches its route: nothing is read or written.
 */
export const FAULT_KINDS = ['5xx', '429', 'reset', 'truncated', 'malformed', 'shape'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The body of the `shape` fault: JSON, but neither a resource, a list nor an `error.list`. */
export const WRONG_SHAPE_BODY = { type: 'injected.wrong_shape', items: [{ name: 'not what was asked for' }] } as const;

/** What to do to one request: how long to wait first, and which fault (if any) to answer with. */
export interface FaultPlan {
  delayMs: number;
  fault: FaultKind | null;
}

/**
 * Decides, request by request, which ones fail and how. The dice are a seeded PRNG (mulberry32), so a
 * test that saw a failure pattern sees the same one again: the n-th request to arrive always gets the
 * n-th plan.
 */
export class FaultInjector {
  private readonly random: Random;

  constructor(private readonly options: FaultOptions) {
    this.random = mulberry32(options.seed);
  }

  plan(): FaultPlan {
    const { latencyMs, rate, kinds } = this.options;
    const fault = rate > 0 && this.random() < rate ? kinds[Math.floor(this.random() * kinds.length)]! : null;
    return { delayMs: latencyMs, fault };
  }
}
