/**
 * Pothos (core and the plugins the schema uses) and graphql-scalars, loaded through their CommonJS
 * builds.
 *
 * Why: cold start, as for yoga (src/gateway/yoga-runtime.ts). Their ESM builds are ~190 ES modules
 * (graphql-scalars alone 84, of which the schema uses two scalars), and Node 20's ES module loader
 * spends about twice as long per module as `require` does. `graphql` is CommonJS either way.
 *
 * Every schema module takes these from here — never a value import from '@pothos/*' or
 * 'graphql-scalars' — or Node would load both builds, and a plugin registered with one copy of the
 * core would be unknown to the other. Type-only imports are fine.
 */
import { createRequire } from 'node:module';

const requireCommonJs = createRequire(import.meta.url);

const core = requireCommonJs('@pothos/core') as typeof import('@pothos/core');
// Each plugin registers itself with the core above when loaded; its default export is the name the
// builder's `plugins` option lists.
const relay = requireCommonJs('@pothos/plugin-relay') as typeof import('@pothos/plugin-relay');
const errors = requireCommonJs('@pothos/plugin-errors') as typeof import('@pothos/plugin-errors');
const dataloader = requireCommonJs('@pothos/plugin-dataloader') as typeof import('@pothos/plugin-dataloader');
const scalars = requireCommonJs('graphql-scalars') as typeof import('graphql-scalars');

export const SchemaBuilder = core.default;
export const { initContextCache } = core;
export const RelayPlugin = relay.default;
export const ErrorsPlugin = errors.default;
export const DataloaderPlugin = dataloader.default;
export const { encodeGlobalID, decodeGlobalID } = relay;
export const { DateTimeResolver, JSONResolver } = scalars;
