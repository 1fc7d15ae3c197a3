/**
 * One log line per GraphQL operation, and a request id on every response.
 *
 * The line carries what an operator needs and nothing a caller sent: the request id, the operation's
 * name (from the parsed document, so always a GraphQL name), its type, duration, HTTP status, the
 * upstream calls it made (counted on its call scope, retries included, by status), its outcome and
 * error codes, and the facts other plugins recorded (operation-facts.ts, e.g. a cost estimate).
 * Never variables, bodies, headers, tokens or error messages — those can hold personal data.
 * However many upstream calls failed, the request still writes one line.
 */
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logging/logger.js';
import { REQUEST_ID_HEADER, requestIdFrom } from '../logging/request-id.js';
import { operationFactsOf } from '../operation-facts.js';
import type { GatewayContext } from '../../schema/context.js';

export interface OperationLogOptions {
  /** Where the lines go. */
  logger: Logger;
}

interface RequestState {
  id: string;
  started: number;
  /** Set once the request carried GraphQL parameters: other requests (health, metrics) are not operations. */
  graphql: boolean;
  operation?: string;
  type?: string;
  upstreamCalls: number;
  upstreamStatuses: Record<string, number>;
  errors: Record<string, number>;
  hasData: boolean;
  context?: object;
}

const states = new WeakMap<Request, RequestState>();

/** Operation names are GraphQL names; the cap keeps a pathological one from bloating every line. */
const MAX_NAME = 100;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export function useOperationLog(options: OperationLogOptions): Plugin<Record<string, unknown>, Record<string, unknown>, GatewayContext> {
  const { logger } = options;
  return {
    onRequest({ request }) {
      states.set(request, {
        id: requestIdFrom(request.headers),
        started: performance.now(),
        graphql: false,
        upstreamCalls: 0,
        upstreamStatuses: {},
        errors: {},
        hasData: false,
      });
    },
    onParams({ request, params }) {
      const state = states.get(request);
      if (!state) return;
      state.graphql = true;
      // Until execution names it from the document (a response served from the cache never executes):
      // the name the caller sent, only when it is a GraphQL name, so it cannot smuggle text into a line.
      if (typeof params.operationName === 'string' && GRAPHQL_NAME.test(params.operationName)) state.operation = params.operationName;
    },
    onExecute({ args }) {
      const context = args.contextValue as GatewayContext & { request?: Request };
      const state = context.request ? states.get(context.request) : undefined;
      if (!state) return;
      const operation = getOperationAST(args.document, args.operationName);
      state.operation = operation?.name?.value.slice(0, MAX_NAME) ?? '(anonymous)';
      state.type = operation?.operation;
      state.context = context;
      context.callScope?.listen({
        afterCall(_call, outcome) {
          state.upstreamCalls += 1;
          const status = String(outcome.status);
          state.upstreamStatuses[status] = (state.upstreamStatuses[status] ?? 0) + 1;
        },
      });
    },
    onExecutionResult({ request, result }) {
      const state = states.get(request);
      if (!state || !result || Symbol.asyncIterator in result) return;
      // A data object whose every root field is null carries nothing: that operation failed.
      if (result.data && Object.values(result.data).some((value) => value !== null)) state.hasData = true;
      for (const error of result.errors ?? []) {
        const code = error.extensions?.['code'];
        const key = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
        state.errors[key] = (state.errors[key] ?? 0) + 1;
      }
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      response.headers.set(REQUEST_ID_HEADER, state.id);
      const durationMs = Math.round((performance.now() - state.started) * 10) / 10;
      if (!state.graphql) {
        logger.debug({ requestId: state.id, path: new URL(request.url).pathname.slice(0, 200), status: response.status, durationMs }, 'request');
        return;
      }
      const failed = Object.keys(state.errors).length > 0;
      const line = {
        requestId: state.id,
        operation: state.operation,
        type: state.type,
        status: response.status,
        durationMs,
        outcome: !failed ? 'ok' : state.hasData ? 'partial' : 'failed',
        upstream: { calls: state.upstreamCalls, statuses: state.upstreamStatuses },
        ...(failed ? { errors: state.errors } : {}),
        ...(state.context ? operationFactsOf(state.context) : undefined),
      };
      const upstreamTrouble = Object.keys(state.upstreamStatuses).some((status) => status === '0' || Number(status) >= 500 || status === '429');
      if (upstreamTrouble || response.status >= 500) logger.warn(line, 'operation');
      else logger.info(line, 'operation');
    },
  };
}
