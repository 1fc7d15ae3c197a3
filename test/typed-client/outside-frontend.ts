/**
 * What README "Typed clients" tells an outside frontend to write, as data the test below uses: its
 * codegen config (client preset, scalars mapped, ESM imports for NodeNext), its tsconfig, and a
 * small document with code that leans on the generated types.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The frontend's codegen.ts, as README shows it, with the schema at `schemaFile`. */
export function frontendCodegenConfig(schemaFile: string, documents: string, outDir: string): CodegenConfig {
  return {
    schema: schemaFile,
    documents: [documents],
    // NodeNext resolves relative imports only with their extension.
    emitLegacyCommonJSImports: false,
    ignoreNoDocuments: true,
    generates: {
      [outDir]: {
        preset: 'client',
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          // Without this, DateTime and JSON are typed `any`.
          scalars: { DateTime: 'string', JSON: 'unknown' },
        },
      },
    },
  };
}

export const FRONTEND_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['src'],
};

/** The frontend's code: one query, its result used as the generated types say. */
export const FRONTEND_SOURCE = `
import { graphql } from './gql/index.js';
import type { ResultOf } from '@graphql-typed-document-node/core';

export const TagPage = graphql(\`
  query TagPage($id: ID!) {
    tag(id: $id) {
      id
      name
      contactCount
      users(first: 5) {
        totalCount
        edges { node { id email createdAt customAttributes } }
      }
    }
  }
\`);

export const CreateTag = graphql(\`
  mutation CreateTagFromFrontend($name: String!) {
    createTag(name: $name) {
      __typename
      ... on CreateTagPayload { tag { id name } }
      ... on Error { message field }
    }
  }
\`);

type IsAny<T> = 0 extends 1 & T ? true : false;

export function render(data: ResultOf<typeof TagPage>): string[] {
  const tag = data.tag;
  if (!tag) return [];
  // Non-null where the upstream always has a value: no \`?.\` needed.
  const name: string = tag.name;
  const count: number = tag.contactCount;
  const rows = (tag.users?.edges ?? []).map((edge) => {
    const created: string | null | undefined = edge.node.createdAt;
    const notAny: IsAny<typeof edge.node.createdAt> = false;
    const attributes: unknown = edge.node.customAttributes;
    const attributesNotAny: IsAny<typeof edge.node.customAttributes> = false;
    return \`\${edge.node.id} \${edge.node.email ?? ''} \${created ?? ''} \${notAny} \${attributesNotAny} \${typeof attributes}\`;
  });
  return [\`\${name} (\${count}, \${tag.users?.totalCount ?? 0})\`, ...rows];
}

export function outcome(data: ResultOf<typeof CreateTag>): string {
  const result = data.createTag;
  switch (result?.__typename) {
    case 'CreateTagPayload':
      return result.tag.id;
    case 'BadInputError':
    case 'NotFoundError':
      return result.message;
    default:
      return 'no answer';
  }
}
`;
