import type { FaultOptions } from '../options.js';

export type FaultKind = FaultOptions['kinds'][number];

/** What to do to one request: how long to wait first, and which fault (if any) to answer with. */
export interface FaultPlan {
  delayMs: number;
  fault: FaultKind | null;
}

/**
 * Decides, request by request, which ones fail and how. The dice are a seeded PRNG (mulberry32), so a
 * test that saw a failure pattern sees the same one again.
 */
export class FaultInjector {
  private state: number;

  constructor(private readonly options: FaultOptions) {
    this.state = options.seed >>> 0;
  }

  plan(): FaultPlan {
    const { latencyMs, rate, kinds } = this.options;
    const fault = rate > 0 && this.random() < rate ? kinds[Math.floor(this.random() * kinds.length)]! : null;
    return { delayMs: latencyMs, fault };
  }

  private random(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
