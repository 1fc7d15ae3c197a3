/**
 * Bounds the shape of every operation before it runs: tokens while the document is parsed (graphql-js
 * stops its parser at the limit, so a huge document costs no more than the limit), then depth, aliases
 * and directives with graphql-armor's rules as soon as it is parsed. A refused operation is never
 * validated in full nor executed, so it makes no upstream call. Both libraries report plain
 * "Syntax Error: …" messages; here each limit gets a stable `extensions.code` and HTTP 400 instead.
 */
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { createGraphQLError } from '../yoga-runtime.js';

export interface OperationLimitsOptions {
  /** Most lexical tokens in a document. */
  maxTokens: number;
  /** Deepest field nesting; fragments and inline fragments do not add a level. */
  maxDepth: number;
  /** Most aliased fields in one operation, fragments included (`__typename` aliases are free). */
  maxAliases: number;
  /** Most directives in one operation. */
  maxDirectives: number;
}

export const OPERATION_LIMIT_CODES = {
  tokens: 'MAX_TOKENS_EXCEEDED',
  depth: 'MAX_DEPTH_EXCEEDED',
  aliases: 'MAX_ALIASES_EXCEEDED',
  directives: 'MAX_DIRECTIVES_EXCEEDED',
} as const;

type Limit = keyof typeof OPERATION_LIMIT_CODES;

/** graphql-js' message when `maxTokens` stops a parse ("more that" sic in 16.x, "more than" hoped for later). */
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] \d+ tokens/;

/** graphql-armor's message without its misleading "Syntax Error: " prefix, under our code. */
function limitError(limit: Limit, message: string): GraphQLError {
  return withoutCapturedFrames(
    createGraphQLError(message.replace(/^Syntax Error: /, ''), {
      extensions: { code: OPERATION_LIMIT_CODES[limit], http: { status: 400 } },
    }),
  );
}

/**
 * Until its `stack` is first read, a V8 error keeps the frames it was created in — with their
 * receivers: the parser and its tokens, the validation context and its document. Yoga caches parse
 * errors (a thousand of them), so an unread stack would keep a thousand refused documents alive, about
 * half a gigabyte of 100-alias documents. Reading the stack turns it into a string and lets them go.
 */
function withoutCapturedFrames<T extends Error>(error: T): T {
  void error.stack;
  return error;
}

export function useOperationLimits(options: OperationLimitsOptions): Plugin {
  /** The rules report through the context, so every exceeded limit is listed and the check ends normally. */
  const reportAs =
    (limit: Limit) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      context?.reportError(limitError(limit, error.message));
    };
  const rules = [
    maxDepthRule({ n: options.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [reportAs('depth')] }),
    maxAliasesRule({ n: options.maxAliases, propagateOnRejection: false, onReject: [reportAs('aliases')] }),
    maxDirectivesRule({ n: options.maxDirectives, propagateOnRejection: false, onReject: [reportAs('directives')] }),
  ];
  let schema: GraphQLSchema | undefined;
  /**
   * Documents already found within the limits. Yoga's document cache answers after this plugin's
   * parse hook, so a cached document comes back through it on every request: checked once, not each time.
   */
  const withinLimits = new WeakSet<DocumentNode>();
  return {
    onSchemaChange({ schema: current }) {
      schema = current;
    },
    onParse({ parseFn, setParseFn }) {
      // graphql-js counts tokens itself and stops the parse at the limit (graphql-armor's max-tokens does
      // the same through a proxy on every token, three times slower on a 100-alias document).
      setParseFn((source, parseOptions) => parseFn(source, { ...parseOptions, maxTokens: options.maxTokens }));
      // Depth, aliases and directives are checked right after parsing rather than with the other
      // validation rules: an over-limit document then becomes a parse error, which yoga's cache keeps as
      // a small error instead of keeping its syntax tree (half a megabyte for 100 aliases, and the cache
      // holds a thousand documents), and the full validation never runs on it.
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) {
          if (TOKEN_LIMIT_MESSAGE.test(result.message)) {
            replaceParseResult(limitError('tokens', `Token limit of ${options.maxTokens} exceeded.`));
          } else {
            // graphql's own syntax errors too: yoga caches them as well.
            withoutCapturedFrames(result);
          }
          return;
        }
        if (!schema || !result || withinLimits.has(result)) return;
        const errors = validate(schema, result, rules);
        if (errors.length > 0) replaceParseResult(errors[0]!);
        else withinLimits.add(result);
      };
    },
  };
}
