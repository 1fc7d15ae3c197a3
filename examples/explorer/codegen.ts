/**
 * graphql-codegen (client preset) for the explorer: typed documents from the gateway's committed
 * schema into src/gql/. `documentMode: 'string'` gives each operation its text and, with
 * `persistedDocuments`, its `__meta__.hash` — the id the app sends as `documentId` in production. The
 * same run writes src/gql/persisted-documents.json, the trusted-documents manifest the gateway loads
 * when it serves the explorer (same tool and hashing as `grouping-gateway documents build`).
 * Run from this folder (`npm run codegen`) or from the repository root (`npm run explorer:codegen`).
 */
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: CodegenConfig = {
  schema: here('../../schema/schema.graphql'),
  documents: [here('src/**/*.graphql')],
  ignoreNoDocuments: false,
  generates: {
    [here('src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        // DateTime travels as an ISO string; JSON as any JSON value.
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
