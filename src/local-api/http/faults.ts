import type { FaultOptions } from '../options.js';
import { mulberry32, type Random } from '../seed/random.js';

export type FaultKind = FaultOptions['kinds'][number];

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
