/**
 * The cost of a request counted in upstream calls (src/gateway/cost/):
 * - before execution, the operation's calls are estimated from the cost model; over the limit it is
 *   refused with COST_LIMIT_EXCEEDED (`estimate`, `limit` in extensions) and nothing is sent upstream;
 * - the caller's per-minute budget is charged the estimate; spent: RATE_LIMITED, HTTP 429 and
 *   `Retry-After`, nothing sent;
 * - while it runs, a budget on the request's call scope refuses every call past the limit: partial
 *   data and the same code;
 * - after it, the caller's budget is settled to the actual calls, `extensions.cost` carries estimate
 *   and actual when the request sends `x-gateway-cost: true`, and `onCost` hears every request.
 */
import type { GraphQLError, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { handleStreamOrSingleExecutionResult } from '../yoga-runtime.js';
import type { GatewayContext } from '../../schema/context.js';
import { CallBudget } from '../cost/call-budget.js';
import { createCallerBudget } from '../cost/caller-budget.js';
import { callerRateLimited, COST_LIMIT_EXCEEDED, costRefusal, costStop } from '../cost/errors.js';
import { estimateUpstreamCalls, type Estimate } from '../cost/estimate.js';
import type { ListCacheState, Need } from '../cost/plan.js';
import type { SeenSizes } from '../cost/seen-sizes.js';

/** Facts are three (tag list, segment list, /counts probe): three rounds learn them all. */
const MAX_LEARNING_ROUNDS = 3;

/** The request header that asks for `extensions.cost` in the response. */
export const COST_HEADER = 'x-gateway-cost';

/** What one request cost, for metrics. */
export interface CostRecord {
  operationName: string | undefined;
  callerId: string;
  /** Upstream calls estimated before execution. */
  estimate: number;
  /** Upstream calls the request sent (0 when refused). */
  actual: number;
  limit: number;
  /** Why the request was refused or stopped, if it was. */
  outcome: 'ok' | 'refused-estimate' | 'refused-caller-budget' | 'stopped-at-limit';
}

export interface CostLimitOptions {
  /** Most upstream calls one request may make (estimated before, counted while it runs). */
  maxUpstreamCalls: number;
  /** Upstream calls per minute per caller (`caller.limits.upstreamCallsPerMinute` overrides it); 0: no budget. */
  callerCallsPerMinute: number;
  /** What the gateway has seen of the upstream's sizes, for this request's upstream scope. */
  sizesFor(context: GatewayContext): SeenSizes;
  /**
   * Hears the answer of the `/counts` probe made for an estimate. The probe is made once per
   * upstream, not as a call of the request's client, so no call interceptor sees it.
   */
  probed?(context: GatewayContext, supported: boolean): void;
  /** Whether the shared tag and segment lists are fresh for this request (reading them costs nothing). */
  listsFor?(context: GatewayContext): ListCacheState;
  /** The clock of the caller budget, in ms (tests). @default Date.now */
  now?: () => number;
  /** Hears the cost of every request (metrics). Must not throw. */
  onCost?(record: CostRecord): void;
}

export function useCostLimit(options: CostLimitOptions): Plugin<GatewayContext> {
  const limit = options.maxUpstreamCalls;
  const callerBudget = createCallerBudget({ perMinute: options.callerCallsPerMinute, now: options.now });
  const report = (record: CostRecord) => {
    try {
      options.onCost?.(record);
    } catch {
      // Metrics never fail a request.
    }
  };

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue;
      const callerId = context.caller.id;
      const operationName = args.operationName ?? undefined;
      const wantsCost = asksForCost(context);
      const budget = new CallBudget(limit);
      // Counting starts now: facts read for the estimate are calls of this request too.
      context.callScope.listen(budget.listener);

      // Taken once: a list read while learning facts is a call of this request, not a cached one.
      const lists = options.listsFor?.(context);
      const estimateNow = (): Estimate => {
        try {
          return estimateUpstreamCalls({
            schema: args.schema as GraphQLSchema,
            document: args.document,
            operationName: args.operationName,
            variables: args.variableValues as Record<string, unknown> | undefined,
            sizes: options.sizesFor(context),
            lists,
          });
        } catch {
          // A document the model cannot walk is still bounded while it runs, by the budget below.
          return { calls: 0, needs: [] };
        }
      };

      const refuse = (error: GraphQLError, outcome: CostRecord['outcome'], estimated: number) => {
        report({ operationName, callerId, estimate: estimated, actual: budget.calls, limit, outcome });
        const result = { errors: [error], ...(wantsCost ? { extensions: { cost: { estimate: estimated, actual: budget.calls, limit } } } : {}) };
        setResultAndStopExecution(result);
      };
      const ownLimit = context.caller.limits?.upstreamCallsPerMinute;

      let estimate = estimateNow();
      // Missing facts make the estimate a lower bound: refuse on it when it is already too much —
      // over the limit, or over what the caller has left — before reading any fact. A learned fact
      // can reveal the next need (tags → their members' segments), hence the rounds.
      for (let round = 0; round < MAX_LEARNING_ROUNDS && estimate.needs.length > 0 && estimate.calls <= limit; round++) {
        const affordable = callerBudget.check(callerId, estimate.calls, ownLimit);
        if (!affordable.ok) {
          return refuse(callerRateLimited(affordable.retryAfterSeconds, affordable.perMinute, estimate.calls), 'refused-caller-budget', estimate.calls);
        }
        await learn(context, estimate.needs, options.probed);
        estimate = estimateNow();
      }
      if (estimate.calls > limit) return refuse(costRefusal(estimate.calls, limit), 'refused-estimate', estimate.calls);

      const charge = callerBudget.charge(callerId, estimate.calls, ownLimit);
      if (!charge.ok) {
        return refuse(callerRateLimited(charge.retryAfterSeconds, charge.perMinute, estimate.calls), 'refused-caller-budget', estimate.calls);
      }

      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            charge.settle(budget.calls);
            const stopped = budget.refused > 0;
            report({
              operationName,
              callerId,
              estimate: estimate.calls,
              actual: budget.calls,
              limit,
              outcome: stopped ? 'stopped-at-limit' : 'ok',
            });
            let errors = result.errors;
            // A refused call can be swallowed where a loader tolerates a missing row; say it anyway.
            if (stopped && !errors?.some((error) => error.extensions?.['code'] === COST_LIMIT_EXCEEDED)) {
              errors = [...(errors ?? []), costStop(limit)];
            }
            if (!wantsCost && errors === result.errors) return;
            setResult({
              ...result,
              ...(errors ? { errors } : {}),
              ...(wantsCost
                ? { extensions: { ...result.extensions, cost: { estimate: estimate.calls, actual: budget.calls, limit } } }
                : {}),
            });
          });
        },
      };
    },
  };
}

function asksForCost(context: GatewayContext): boolean {
  const request = (context as GatewayContext & { request?: Request }).request;
  return request?.headers.get(COST_HEADER)?.trim().toLowerCase() === 'true';
}

/**
 * Reads what the estimate lacked, through the request's own loaders: the tag list, the segment list
 * and the `/counts` probe are what the operation reads first anyway, so this adds no call the
 * operation would not make (the read cache and the probe's memory de-duplicate them). A failure is
 * left to the operation's own fields to report.
 */
async function learn(context: GatewayContext, needs: Need[], probed: CostLimitOptions['probed']): Promise<void> {
  await Promise.allSettled(
    needs.map(async (need) => {
      if (need === 'tags') return context.loaders.tags.all();
      if (need === 'segments') return context.loaders.segments.all();
      const supported = await context.client.legacyCountsSupported();
      probed?.(context, supported);
      return supported;
    }),
  );
}
