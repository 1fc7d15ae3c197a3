/**
 * Production mode's refusals for callers without the `dev` scope: no introspection (yoga's
 * disable-introspection plugin: graphql-js' NoSchemaIntrospectionCustomRule), and no "Did you mean"
 * suggestions in validation errors (graphql-armor's block-field-suggestions), which would otherwise
 * let a caller map the schema field by field. GraphiQL is decided where yoga serves it (yoga.ts);
 * arbitrary documents by plugins/trusted-documents.ts.
 *
 * Both are per request: yoga's validation cache keys results by the rules in use, so a dev caller's
 * introspection is never answered from a non-dev caller's cached refusal, or the other way round.
 */
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { Plugin } from 'graphql-yoga';
import { yogaPlugin } from '../yoga-runtime.js';

export interface ProductionModeOptions {
  /** Whether the request's caller has the `dev` scope. */
  isDev(request: Request): boolean;
}

export function useProductionMode(options: ProductionModeOptions): Plugin {
  const suggestions = blockFieldSuggestionsPlugin({ mask: '' });
  const { useDisableIntrospection } = yogaPlugin('@graphql-yoga/plugin-disable-introspection');
  const disableIntrospection = useDisableIntrospection({ isDisabled: (request) => !options.isDev(request) });
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(disableIntrospection as Plugin);
      addPlugin({
        onValidate(payload) {
          const request = (payload.context as { request?: Request }).request;
          if (request && options.isDev(request)) return;
          return suggestions.onValidate?.(payload as never);
        },
      });
    },
  };
}
