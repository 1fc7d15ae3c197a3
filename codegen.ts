/**
 * graphql-codegen (client preset): typed documents for every operation the project sends — the
 * reference queries in bench/queries and the test documents — generated into test/gql/ from the
 * committed schema/schema.graphql. `npm run codegen` writes them; CI runs `graphql-codegen --check`.
 * `persistedDocuments` also writes test/gql/persisted-documents.json: the trusted-documents manifest
 * (id `sha256:<hex>` -> document) that a gateway in production mode loads with --persisted-documents.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['bench/queries/**/*.graphql', 'test/gateway/documents/**/*.graphql'],
  // NodeNext resolves relative imports only with their extension.
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: false,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // DateTime travels as an ISO string; JSON as any JSON value.
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
