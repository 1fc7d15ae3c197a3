/**
 * What plugins learn about one operation and want reported: a cost plugin records `{ cost: 12 }`,
 * and the operation's log line carries every fact while the metrics observe `cost`. Keyed by the
 * operation's context object, so nothing outlives the request. Scalars only: facts are logged as given.
 */
export type OperationFacts = Record<string, string | number | boolean>;

const facts = new WeakMap<object, OperationFacts>();

/** Adds to (or overwrites) the facts of the operation running under `context`. */
export function recordOperationFacts(context: object, fields: OperationFacts): void {
  facts.set(context, { ...facts.get(context), ...fields });
}

export function operationFactsOf(context: object): OperationFacts | undefined {
  return facts.get(context);
}
