/**
 * Refuses to send a result whose JSON would exceed the limit. The size is estimated by walking the
 * result and stops counting at the limit, so an oversized result (100 copies of a page of contacts was
 * 15.7 MB) costs a walk up to the limit instead of a full serialisation and its copy in memory; the
 * caller gets one error with a stable code instead.
 */
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError, handleStreamOrSingleExecutionResult } from '../yoga-runtime.js';

export interface ResponseSizeLimitOptions {
  /** Most bytes of a result's JSON (estimated: strings counted in UTF-16 units, which JSON rarely exceeds by much). */
  maxBytes: number;
}

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

/**
 * Roughly the length of `JSON.stringify(value)`, but gives up once `limit` is passed (returns a value
 * above it). An explicit stack: a result's JSON scalars come from the upstream and may nest deeply.
 */
export function jsonSizeAtMost(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const current = stack.pop();
    if (current === null || current === undefined) size += 4;
    else if (typeof current === 'string') size += current.length + 2;
    else if (typeof current === 'number' || typeof current === 'boolean') size += String(current).length;
    else if (Array.isArray(current)) {
      size += 2 + current.length;
      for (const item of current) stack.push(item);
    } else if (typeof current === 'object') {
      // for…in over own keys, not Object.entries: no array of pairs per object of a result that may
      // hold tens of thousands of them (measured: the walk was 2.5% of a tag explorer's CPU).
      size += 2;
      for (const key in current) {
        if (!Object.hasOwn(current, key)) continue;
        size += key.length + 4;
        stack.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return size;
}

export function useResponseSizeLimit(options: ResponseSizeLimitOptions): Plugin {
  const check: Parameters<typeof handleStreamOrSingleExecutionResult>[1] = ({ result, setResult }) => {
    // Errors are serialised by yoga from a few known fields; their AST nodes and sources never are.
    const errorsSize = (result.errors ?? []).reduce((sum, error) => sum + error.message.length + 200, 0);
    const size = errorsSize + jsonSizeAtMost({ data: result.data, extensions: result.extensions }, options.maxBytes - errorsSize);
    if (size <= options.maxBytes) return;
    const limited: ExecutionResult = {
      data: null,
      errors: [
        createGraphQLError(
          `The response would be larger than ${options.maxBytes} bytes; ask for fewer items, fields or aliases`,
          { extensions: { code: RESPONSE_TOO_LARGE } },
        ),
      ],
    };
    setResult(limited);
  };
  return {
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, check);
        },
      };
    },
  };
}
