/**
 * Caps the length of every list an operation passes as an argument — `nodes(ids:)`, the values of an
 * `IN`/`NIN` search filter, the members of a bulk tag mutation — whether written inline or sent in a
 * variable, before anything executes. A list is a fan-out: 2,000 ids would be 2,000 lookups. Variables
 * are also checked for nesting depth, because graphql-js coerces input values recursively and a
 * deeply nested `and`/`or` search would otherwise exhaust the stack.
 */
import { GraphQLError, Kind, type ASTNode, type DocumentNode, type ValidationContext, type ASTVisitor } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from '../yoga-runtime.js';

export interface ListArgumentLimitOptions {
  /** Most items of any list inside an argument (nested lists and lists inside JSON values too). */
  maxItems: number;
  /** Deepest nesting of arrays and objects inside a variable's value. */
  maxNesting: number;
}

function badInput(message: string, argument: string | undefined): GraphQLError {
  // `spec`: a request error like a validation one — 200 under application/json, 400 under graphql-response+json.
  const extensions: Record<string, unknown> = { code: 'BAD_USER_INPUT', http: { status: 400, spec: true } };
  if (argument !== undefined) extensions['argument'] = argument;
  return createGraphQLError(message, { extensions });
}

/** Validation rule for lists written in the document: reports the field and argument holding them. */
function inlineListRule(maxItems: number) {
  return (context: ValidationContext): ASTVisitor => {
    let field: string | undefined;
    let argument: string | undefined;
    return {
      Field: { enter: (node) => void (field = node.name.value) },
      Argument: {
        enter: (node) => void (argument = node.name.value),
        leave: () => void (argument = undefined),
      },
      ListValue(node) {
        if (node.values.length <= maxItems) return;
        const named = argument === undefined ? undefined : `${field}(${argument}:)`;
        context.reportError(
          badInput(`${named ? `Argument ${named}` : 'A list'} has ${node.values.length} items; at most ${maxItems} are accepted`, named),
        );
      },
    };
  };
}

/** For each variable, the first `field(argument:)` whose value uses it — to name it in the error. */
function argumentsByVariable(document: DocumentNode): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: ASTNode, field: string | undefined, argument: string | undefined): void => {
    // An explicit stack is not needed: the operation's depth is already bounded by validation.
    if (node.kind === Kind.VARIABLE) {
      if (field && argument && !found.has(node.name.value)) found.set(node.name.value, `${field}(${argument}:)`);
      return;
    }
    if (node.kind === Kind.VARIABLE_DEFINITION) return;
    const nextField = node.kind === Kind.FIELD ? node.name.value : field;
    const nextArgument = node.kind === Kind.ARGUMENT ? node.name.value : node.kind === Kind.FIELD ? undefined : argument;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) isNode(child) && visit(child, nextField, nextArgument);
      else if (isNode(value)) visit(value, nextField, nextArgument);
    }
  };
  visit(document, undefined, undefined);
  return found;
}

function isNode(value: unknown): value is ASTNode {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

/**
 * The first problem in one variable's value, walked with an explicit stack so no input can exhaust
 * this check's own stack.
 */
function checkValue(value: unknown, options: ListArgumentLimitOptions): { kind: 'items'; count: number } | { kind: 'nesting' } | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= options.maxNesting) return { kind: 'nesting' };
    const children = Array.isArray(current) ? current : Object.values(current);
    if (Array.isArray(current) && current.length > options.maxItems) return { kind: 'items', count: current.length };
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

export function useListArgumentLimit(options: ListArgumentLimitOptions): Plugin {
  const rule = inlineListRule(options.maxItems);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const variables = args.variableValues;
      if (!variables || typeof variables !== 'object') return;
      let usedBy: Map<string, string> | undefined;
      for (const [name, value] of Object.entries(variables)) {
        const problem = checkValue(value, options);
        if (!problem) continue;
        usedBy ??= argumentsByVariable(args.document);
        const argument = usedBy.get(name);
        const where = argument ? `Argument ${argument} (variable $${name})` : `Variable $${name}`;
        const message =
          problem.kind === 'items'
            ? `${where} has a list of ${problem.count} items; at most ${options.maxItems} are accepted`
            : `${where} is nested deeper than ${options.maxNesting} levels`;
        setResultAndStopExecution({ errors: [badInput(message, argument)] });
        return;
      }
    },
  };
}
