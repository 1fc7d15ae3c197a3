/**
 * GraphiQL served entirely from this process: yoga's default page loads its JavaScript and CSS from a
 * CDN and stays blank offline, so the page is rendered by @graphql-yoga/render-graphiql, which inlines
 * the whole bundle. The reference queries open as tabs (examples.ts).
 */
import { createRequire } from 'node:module';
import type { GraphiQLOptions } from 'graphql-yoga';
import { loadExampleTabs } from './examples.js';

/**
 * Whether a request may see GraphiQL: a constant, or decided per request (e.g. only for callers
 * with the `dev` scope in production mode).
 */
export type GraphiQLSwitch = boolean | ((request: Request) => boolean | Promise<boolean>);

/** What yoga's `graphiql` option takes: the page's options, or false for "not for this request". */
export type GraphiQLFactory = (request: Request) => Promise<GraphiQLOptions | false>;

const TITLE = 'grouping-gateway';

export function graphiqlFactory(enabled: GraphiQLSwitch): GraphiQLFactory {
  let options: Promise<GraphiQLOptions> | undefined;
  return async (request) => {
    if (enabled === false) return false;
    if (typeof enabled === 'function' && !(await enabled(request))) return false;
    options ??= loadExampleTabs().then((tabs) => (tabs.length > 0 ? { title: TITLE, defaultTabs: tabs } : { title: TITLE }));
    return options;
  };
}

/**
 * Yoga's `renderGraphiQL`. The bundle (~9 MB of JavaScript) is required on the first page view, not at
 * start, and the page is rendered once per distinct options — they only vary if the factory's do.
 */
export function renderLocalGraphiQL(options: GraphiQLOptions): string {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (page === undefined) {
    const { renderGraphiQL } = createRequire(import.meta.url)('@graphql-yoga/render-graphiql') as typeof import('@graphql-yoga/render-graphiql');
    page = renderGraphiQL(options);
    if (pages.size >= 4) pages.clear();
    pages.set(key, page);
  }
  return page;
}

const pages = new Map<string, string>();
