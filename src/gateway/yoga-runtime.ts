/**
 * graphql-yoga's runtime, loaded through its CommonJS build.
 *
 * Why: cold start. Yoga's ESM build pulls in ~400 ES modules (two copies of @graphql-tools/utils among
 * them), and Node 20's ES module loader spends about twice as long per module as `require` does:
 * measured 270 ms (import) against 140 ms (require) on the 2-core dev machine, a fifth of the time from
 * spawn to first answer. Nothing else changes: `graphql` itself resolves to its CommonJS build either
 * way (it has no `exports` map), so yoga and our schema still share one GraphQLError class.
 *
 * Every gateway module takes yoga's runtime from here — never `import { … } from 'graphql-yoga'` —
 * or Node would load both builds. Type-only imports from 'graphql-yoga' are fine.
 */
import { createRequire } from 'node:module';

type GraphQLYoga = typeof import('graphql-yoga');

const yoga = createRequire(import.meta.url)('graphql-yoga') as GraphQLYoga;

export const { createYoga, createGraphQLError, handleStreamOrSingleExecutionResult } = yoga;
