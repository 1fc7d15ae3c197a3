/**
 * Queries need the caller's `read` scope, mutations its `write` scope. Checked when execution is
 * about to start — after parsing and validation, before any resolver and so before any upstream
 * call. A caller without the scope gets FORBIDDEN (HTTP 403) and nothing runs.
 */
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from '../yoga-runtime.js';
import type { Scope } from '../../schema/caller.js';
import { AUTH_REALM } from './caller-auth.js';
import type { GatewayContext } from '../../schema/context.js';

const NEEDED: Record<'query' | 'mutation' | 'subscription', Scope> = { query: 'read', mutation: 'write', subscription: 'read' };

export function useOperationScopes(): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      // No single operation: graphql-js' own execution reports that; nothing runs either way.
      if (!operation) return;
      const needed = NEEDED[operation.operation];
      const caller = (args.contextValue as GatewayContext).caller;
      if (!caller.scopes.has(needed)) {
        throw createGraphQLError(`Forbidden: a ${operation.operation} needs the '${needed}' scope, which this caller does not have`, {
          extensions: {
            code: 'FORBIDDEN',
            // RFC 6750's answer to a valid credential without the scope: which scope would do.
            http: { status: 403, headers: { 'www-authenticate': `Bearer realm="${AUTH_REALM}", error="insufficient_scope", scope="${needed}"` } },
          },
        });
      }
    },
  };
}
