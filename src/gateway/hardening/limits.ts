/**
 * The static limits every request meets before it can cost anything: how big its body and document may
 * be, how deep and wide its operation, how long its lists, how big its answer and how long it may run.
 * One place for the defaults, so the configuration, the plugins and the README agree.
 *
 * Sized from the project's own documents (bench/queries, test/gateway/documents): the deepest is 9
 * levels counting fragments (8 without), the most aliases 2, the largest document 6 KB and 880 tokens
 * for a whole file of operations, the longest list 160 ids (two `IN` searches of at most 150). Each
 * default leaves room above that, and each stops the documented attacks: a 10-level
 * `tags → users → companies → …` query is ~20 levels deep, 100 aliases with arguments are over 1,000
 * tokens, `nodes(ids:)` with 2,000 ids is ten times the list limit.
 */
export interface RequestLimits {
  /** Most bytes of a request body, counted while it is read; more is refused before parsing (413). */
  maxBodyBytes: number;
  /** Most characters of a GraphQL document (`query`), checked before it is parsed. */
  maxQueryLength: number;
  /** Most lexical tokens of a document; the parser stops at the limit. */
  maxTokens: number;
  /** Deepest field nesting of an operation (fragments do not add a level). */
  maxDepth: number;
  /** Most aliased fields in an operation (`__typename` aliases are free). */
  maxAliases: number;
  /** Most directives in an operation. */
  maxDirectives: number;
  /** Most items in any list an argument carries, inline or through a variable (`nodes(ids:)`, `IN` values, bulk mutations). */
  maxListItems: number;
  /** Most bytes of a response's JSON; a larger result is replaced by one error before it is serialised. */
  maxResponseBytes: number;
  /** How long one request may run; then its upstream calls stop (its abort signal fires). */
  requestTimeoutMs: number;
}

export const REQUEST_LIMIT_DEFAULTS: Readonly<RequestLimits> = {
  maxBodyBytes: 100_000,
  maxQueryLength: 20_000,
  maxTokens: 1_000,
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxListItems: 200,
  maxResponseBytes: 5_000_000,
  requestTimeoutMs: 15_000,
};

/** Deepest nesting of arrays and objects accepted in variables: guards graphql-js' recursive input coercion. */
export const MAX_VARIABLE_NESTING = 32;
