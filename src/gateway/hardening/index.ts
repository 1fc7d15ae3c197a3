/**
 * Everything that keeps a hostile or careless caller — a browser page on another site included — from
 * costing the gateway more than a bounded amount: the yoga options and plugins for CORS, CSRF, body,
 * document, operation, list and response limits. The Host check sits at the HTTP layer (host-check.ts)
 * and the deadline in the request's call scope (request-deadline.ts); both are wired where the server
 * and the context are built.
 */
import type { Plugin } from 'graphql-yoga';
import { corsAllowList, useVaryOnOrigin } from './cors.js';
import { createDocumentCaches } from './document-cache.js';
import { MAX_VARIABLE_NESTING, REQUEST_LIMIT_DEFAULTS, type RequestLimits } from './limits.js';
import { useCsrfPrevention } from '../plugins/csrf-prevention.js';
import { useRequestParseErrors } from '../plugins/request-parse-errors.js';
import { useListArgumentLimit } from '../plugins/list-argument-limit.js';
import { useOperationLimits } from '../plugins/operation-limits.js';
import { useQueryLengthLimit } from '../plugins/query-length-limit.js';
import { useResponseSizeLimit } from '../plugins/response-size-limit.js';

export { REQUEST_LIMIT_DEFAULTS, type RequestLimits } from './limits.js';

export interface HardeningOptions {
  /** Any limit not given takes its default (limits.ts). */
  limits?: Partial<RequestLimits>;
  /** Origins (`https://app.example.com`) whose pages may call the gateway, with credentials. @default none */
  corsOrigins?: readonly string[];
}

export interface Hardening {
  limits: RequestLimits;
  /** Spread into yoga's options. */
  yogaOptions: {
    cors: ReturnType<typeof corsAllowList> | false;
    maxRequestBodySize: number;
    /** File uploads are not part of this API, and multipart is a content type forms can send. */
    multipart: false;
    parserAndValidationCache: ReturnType<typeof createDocumentCaches>;
  };
  /** Registered before the gateway's other plugins. */
  plugins: Plugin[];
}

export function createHardening(options: HardeningOptions = {}): Hardening {
  const limits = withDefaults(options.limits ?? {});
  const origins = options.corsOrigins ?? [];
  const plugins: Plugin[] = [
    useCsrfPrevention(),
    useRequestParseErrors(),
    useQueryLengthLimit({ maxLength: limits.maxQueryLength }),
    useOperationLimits(limits),
    useListArgumentLimit({ maxItems: limits.maxListItems, maxNesting: MAX_VARIABLE_NESTING }),
    useResponseSizeLimit({ maxBytes: limits.maxResponseBytes }),
  ];
  if (origins.length > 0) plugins.push(useVaryOnOrigin());
  return {
    limits,
    yogaOptions: {
      // With no origin listed, yoga adds no CORS headers at all: browsers allow no cross-origin read.
      cors: origins.length > 0 ? corsAllowList(origins) : false,
      maxRequestBodySize: limits.maxBodyBytes,
      multipart: false,
      parserAndValidationCache: createDocumentCaches(),
    },
    plugins,
  };
}

/** Only the limit keys (a whole gateway configuration may be passed), each missing one at its default. */
function withDefaults(given: Partial<RequestLimits>): RequestLimits {
  const limits = { ...REQUEST_LIMIT_DEFAULTS };
  for (const key of Object.keys(limits) as Array<keyof RequestLimits>) {
    const value = given[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}
