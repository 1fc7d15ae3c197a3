/**
 * Reading scope lists (keys files, JWT claims, the keys CLI) into a caller's scope set: only the
 * three known scopes; anything else is named in the error, never silently dropped.
 */
import { ALL_SCOPES, type Scope } from '../../schema/caller.js';

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (ALL_SCOPES as readonly string[]).includes(value);
}

/** The scopes in `values`, or the first unknown one. */
export function parseScopes(values: readonly unknown[]): { scopes: Set<Scope> } | { unknown: string } {
  const scopes = new Set<Scope>();
  for (const value of values) {
    if (!isScope(value)) return { unknown: String(value) };
    scopes.add(value);
  }
  return { scopes };
}
