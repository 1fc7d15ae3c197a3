/**
 * The runtime half of the cost limit: a listener on the request's call scope that counts the
 * upstream calls the request sends and refuses every call past the limit (nothing is sent; the field
 * that asked fails with COST_LIMIT_EXCEEDED, the rest of the response stays). It also gives the
 * request's actual cost, retries included, for `extensions.cost` and for the caller's budget.
 */
import type { CallListener } from '../../intercom/call-scope.js';
import { costStop } from './errors.js';

export class CallBudget {
  /** Calls let through so far. */
  calls = 0;
  /** Calls refused because the limit was reached. */
  refused = 0;

  /** @param limit most calls this request may send; Infinity counts without limiting. */
  constructor(readonly limit: number) {}

  readonly listener: CallListener = {
    beforeCall: () => {
      if (this.calls >= this.limit) {
        this.refused += 1;
        throw costStop(this.limit);
      }
      this.calls += 1;
    },
  };
}
