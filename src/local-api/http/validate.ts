/**
 * Input validation shared by routes: zod for bodies, small readers for query parameters. Every failure
 * becomes an Intercom error naming the offending field, so a client always learns what to fix.
 */
import type { z } from 'zod';
import { ApiError, badRequest, parameterInvalid, parameterNotFound } from './errors.js';

/**
 * Parses `value` with `schema`. Unknown keys (a `.strict()` object) answer 400 `bad_request` "bad 'x'
 * parameter", as Intercom does; missing required fields 400 `parameter_not_found`; anything else
 * 400 `parameter_invalid`.
 */
export function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const full = field ? `${field}.${key}` : key;
    return fail(badRequest(`bad '${full}' parameter`, full));
  }
  if (field === '') return fail(parameterInvalid(`Request body is invalid: ${issue.message}`));
  if (valueAt(value, issue.path) === undefined) return fail(parameterNotFound(`${field} is required`, field));
  return fail(parameterInvalid(`${field} is invalid: ${issue.message}`, field));
}

/**
 * An integer query parameter within [min, max], or `fallback` when absent. Out-of-range or
 * non-integer values answer 400 `parameter_invalid` naming the parameter.
 */
export function intParam(query: URLSearchParams, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw parameterInvalid(`${name} must be an integer`, name);
  const value = Number(raw);
  if (value < min || value > max) throw parameterInvalid(`${name} must be between ${min} and ${max}`, name);
  return value;
}

/** A query parameter restricted to a few values, or `fallback` when absent. */
export function enumParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw parameterInvalid(`${name} must be one of ${allowed.join(', ')}`, name);
  }
  return raw as T;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fail(error: ApiError): never {
  throw error;
}
