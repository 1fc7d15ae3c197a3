/**
 * Running totals of what requests cost upstream, for metrics to read: how many requests ended each
 * way, and the calls estimated and made. Pass `totals.record` as the gateway's `cost.onCost`.
 */
import type { CostRecord } from '../plugins/cost-limit.js';

export interface CostTotalsSnapshot {
  requests: Record<CostRecord['outcome'], number>;
  estimatedCalls: number;
  actualCalls: number;
}

export interface CostTotals {
  record(record: CostRecord): void;
  snapshot(): CostTotalsSnapshot;
}

export function createCostTotals(): CostTotals {
  const requests: CostTotalsSnapshot['requests'] = { ok: 0, 'refused-estimate': 0, 'refused-caller-budget': 0, 'stopped-at-limit': 0 };
  let estimatedCalls = 0;
  let actualCalls = 0;
  return {
    record(record) {
      requests[record.outcome] += 1;
      estimatedCalls += record.estimate;
      actualCalls += record.actual;
    },
    snapshot: () => ({ requests: { ...requests }, estimatedCalls, actualCalls }),
  };
}
