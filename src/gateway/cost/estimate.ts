/**
 * Walks one operation as graphql-js will execute it — variables coerced, `@skip`/`@include`
 * applied, fragments and aliases expanded — and prices every field with the cost model (model.ts),
 * carrying down how many objects each selection is resolved on. No upstream call is made.
 */
import {
  getNamedType,
  getOperationAST,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getDirectiveValues, getVariableValues } from 'graphql/execution/values.js';
import { COST_MODEL, type FieldOutcome, type FieldRule } from './model.js';
import { NO_LIST_CACHE, Plan, type ListCacheState, type Need, type Rows } from './plan.js';
import type { SeenSizes } from './seen-sizes.js';

export interface EstimateInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
  sizes: SeenSizes;
  lists?: ListCacheState;
  /** The rules; the cost model unless a test passes its own. */
  model?: Record<string, FieldRule>;
}

export interface Estimate {
  /** Upstream calls the operation will make. With `needs`, a lower bound until those facts are known. */
  calls: number;
  needs: Need[];
}

/** Nothing the operation could execute (no such operation, invalid variables): graphql-js runs no resolver. */
const NOTHING: Estimate = { calls: 0, needs: [] };

export function estimateUpstreamCalls(input: EstimateInput): Estimate {
  const { schema, document } = input;
  // No name (or an empty one): the document's only operation.
  const operation = getOperationAST(document, input.operationName || null);
  if (!operation) return NOTHING;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], input.variables ?? {});
  if (coerced.errors) return NOTHING;
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : undefined;
  if (!rootType) return NOTHING;

  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;

  const plan = new Plan(input.sizes, input.lists ?? NO_LIST_CACHE);
  const walker = new Walker(schema, fragments, coerced.coerced, plan, input.model ?? COST_MODEL);
  walker.visitObject(rootType, [operation.selectionSet], { count: 1 }, undefined);
  return { calls: plan.finish(), needs: [...plan.needs] };
}

/** The fields of one response key: every node that asked for it (aliases and fragments merge here). */
type FieldGroup = { name: string; nodes: FieldNode[] };

class Walker {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly plan: Plan,
    private readonly model: Record<string, FieldRule>,
  ) {}

  visitObject(type: GraphQLObjectType, selectionSets: SelectionSetNode[], rows: Rows, meta: Record<string, number> | undefined): void {
    if (rows.count <= 0 && !rows.unknown) return; // no object: no resolver runs
    for (const group of this.collect(type, selectionSets).values()) this.visitField(type, group, rows, meta);
  }

  /** An interface or union: each object is one of the possible types; fields shared by several are priced once. */
  private visitAbstract(
    type: GraphQLCompositeType,
    selectionSets: SelectionSetNode[],
    outcome: FieldOutcome,
  ): void {
    const possible = isAbstractType(type) ? this.schema.getPossibleTypes(type) : [];
    if (outcome.perType) {
      for (const concrete of possible) {
        const rows = outcome.perType[concrete.name];
        if (rows) this.visitObject(concrete, selectionSets, rows, outcome.meta);
      }
      return;
    }
    if (outcome.rows.count <= 0 && !outcome.rows.unknown) return;
    // Same field, same arguments on several types (Contact fields on User and Lead): one resolver, priced once.
    const seen = new Map<string, { type: GraphQLObjectType; group: FieldGroup }>();
    for (const concrete of possible) {
      for (const [key, group] of this.collect(concrete, selectionSets)) {
        const signature = `${key}\0${group.name}\0${JSON.stringify(this.argumentsOf(concrete, group) ?? null)}`;
        const existing = seen.get(signature);
        if (existing) existing.group.nodes.push(...group.nodes.filter((node) => !existing.group.nodes.includes(node)));
        else seen.set(signature, { type: concrete, group: { name: group.name, nodes: [...group.nodes] } });
      }
    }
    for (const { type: concrete, group } of seen.values()) this.visitField(concrete, group, outcome.rows, outcome.meta);
  }

  private argumentsOf(type: GraphQLObjectType, group: FieldGroup): Record<string, unknown> | undefined {
    const definition = type.getFields()[group.name];
    if (!definition) return undefined;
    try {
      return getArgumentValues(definition, group.nodes[0]!, this.variables);
    } catch {
      return undefined;
    }
  }

  private visitField(type: GraphQLObjectType, group: FieldGroup, rows: Rows, meta: Record<string, number> | undefined): void {
    if (group.name.startsWith('__')) return; // __typename, introspection: no upstream call
    const definition = type.getFields()[group.name];
    if (!definition) return;
    const args = this.argumentsOf(type, group);
    if (args === undefined) return; // invalid arguments: the field fails before its resolver
    const rule = this.ruleFor(type, group.name);
    const outcome: FieldOutcome = rule ? rule({ args, parent: rows, parentMeta: meta, plan: this.plan }) : { rows, ...(meta ? { meta } : {}) };
    const named = getNamedType(definition.type);
    if (!isCompositeType(named)) return;
    const selectionSets = group.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    if (selectionSets.length === 0) return;
    if (isObjectType(named)) this.visitObject(named, selectionSets, outcome.rows, outcome.meta);
    else this.visitAbstract(named, selectionSets, outcome);
  }

  /** `Type.field`, else the field as declared by an interface the type implements (`Contact.tags` for User). */
  private ruleFor(type: GraphQLObjectType, field: string): FieldRule | undefined {
    const own = this.model[`${type.name}.${field}`];
    if (own) return own;
    for (const iface of type.getInterfaces()) {
      const inherited = this.model[`${iface.name}.${field}`];
      if (inherited) return inherited;
    }
    return undefined;
  }

  /** graphql-js' CollectFields: response key → the field nodes that apply to `type`. */
  private collect(type: GraphQLObjectType, selectionSets: SelectionSetNode[]): Map<string, FieldGroup> {
    const fields = new Map<string, FieldGroup>();
    const visited = new Set<string>();
    const walk = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const group = fields.get(key);
          if (group) group.nodes.push(selection);
          else fields.set(key, { name: selection.name.value, nodes: [selection] });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!selection.typeCondition || this.applies(selection.typeCondition.name.value, type)) walk(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = this.fragments[name];
          if (visited.has(name) || !fragment) continue;
          visited.add(name);
          if (this.applies(fragment.typeCondition.name.value, type)) walk(fragment.selectionSet);
        }
      }
    };
    for (const selectionSet of selectionSets) walk(selectionSet);
    return fields;
  }

  private applies(condition: string, type: GraphQLObjectType): boolean {
    const conditionType = this.schema.getType(condition);
    if (!conditionType) return false;
    if (conditionType === type) return true;
    return isAbstractType(conditionType) && this.schema.isSubType(conditionType, type);
  }

  private included(node: Parameters<typeof getDirectiveValues>[1]): boolean {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.variables);
    if (skip?.['if'] === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.variables);
    return include?.['if'] !== false;
  }
}
