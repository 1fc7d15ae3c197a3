/**
 * The Pothos schema builder and nothing else: plugins, scalars and empty root types. Every type
 * lives in its own file and adds itself to this builder (src/schema/index.ts imports them all).
 */
import { DataloaderPlugin, DateTimeResolver, ErrorsPlugin, JSONResolver, RelayPlugin, SchemaBuilder } from './pothos-runtime.js';
import type { GatewayContext } from './context.js';
import { decodeNodeId } from './global-ids.js';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    // Any JSON value; `{} | null` rather than `unknown` so optional input fields type-check.
    JSON: { Input: {} | null; Output: unknown };
  };
  // Every connection answers how many rows the whole list has (the upstream's total_count).
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  // Non-null unless a field says otherwise: a field is nullable only where Intercom can omit the
  // value, or where it is an error boundary (a read of its own that may fail alone: relations,
  // connections, root queries, mutations). README "Schema overview" states the rule.
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  // The errors plugin must come before the dataloader plugin (plugin-errors README).
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    decodeGlobalID: decodeNodeId,
  },
  errors: {
    defaultTypes: [],
    // Every mutation answers `<Name>Result`: its payload object (`<Name>Payload`) or a domain error.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName.charAt(0).toUpperCase()}${fieldName.slice(1)}Result`,
    },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSON', JSONResolver);

builder.queryType({});
builder.mutationType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ nullable: false, description: 'How many rows the whole list has, across all pages.', resolve: (connection) => connection.totalCount }),
);

/** The builder's resolved type parameters, for helpers that take a Pothos field builder. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
