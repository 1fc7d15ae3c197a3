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
 * or Node would load both builds. The same holds for yoga's plugin packages: their ESM builds import
 * yoga's ESM build, so they are loaded with `yogaPlugin()` below. Type-only imports are fine.
 */
import { createRequire } from 'node:module';

type GraphQLYoga = typeof import('graphql-yoga');

const requireCommonJs = createRequire(import.meta.url);

const yoga = requireCommonJs('graphql-yoga') as GraphQLYoga;

export const { createYoga, createGraphQLError, handleStreamOrSingleExecutionResult } = yoga;

/** Yoga's plugin packages the gateway uses, by name. */
interface YogaPluginPackages {
  '@graphql-yoga/plugin-disable-introspection': typeof import('@graphql-yoga/plugin-disable-introspection');
  '@graphql-yoga/plugin-persisted-operations': typeof import('@graphql-yoga/plugin-persisted-operations');
  '@graphql-yoga/plugin-prometheus': typeof import('@graphql-yoga/plugin-prometheus');
  '@graphql-yoga/plugin-response-cache': typeof import('@graphql-yoga/plugin-response-cache');
}

/**
 * A yoga plugin package through its CommonJS build, sharing the runtime above. Call it where the
 * plugin is built, not at import time: a plugin the configuration does not use is then never loaded.
 */
export function yogaPlugin<Name extends keyof YogaPluginPackages>(name: Name): YogaPluginPackages[Name] {
  return requireCommonJs(name) as YogaPluginPackages[Name];
}
