/**
 * `GET /readiness`: 200 `{ ready: true, … }` when the gateway can serve, else 503 with a short
 * reason (health/readiness.ts). `/health` stays yoga's: alive, whatever the upstream does.
 */
import type { Plugin } from 'graphql-yoga';
import type { Readiness } from '../health/readiness.js';

export interface ReadinessPluginOptions {
  readiness: Readiness;
  /** @default '/readiness' */
  endpoint?: string;
}

export function useReadiness(options: ReadinessPluginOptions): Plugin {
  const endpoint = options.endpoint ?? '/readiness';
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      const report = await options.readiness.report();
      endResponse(fetchAPI.Response.json(report, { status: report.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } }));
    },
  };
}
