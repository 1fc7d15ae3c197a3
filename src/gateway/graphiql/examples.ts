/**
 * The reference queries (bench/queries/*.graphql, the same documents the benchmark runs) as GraphiQL
 * tabs, so a new user has working examples one click away. Read from disk when the page is first
 * rendered, never at start: a production gateway that nobody opens GraphiQL on pays nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface ExampleTab {
  query: string;
  /** JSON text, as GraphiQL's variables editor holds it. */
  variables?: string;
}

/** From src/gateway/graphiql/ and from dist/gateway/graphiql/ alike, the repository's bench/queries. */
const QUERIES_DIR = fileURLToPath(new URL('../../../bench/queries/', import.meta.url));

/**
 * Values for the variables the examples require. They name rows of the embedded local API's demo
 * seed (src/local-api/seed/demo.ts: user bobr, tag value_lead), so the tabs answer with data on
 * `npm start`; on a real workspace the caller edits them.
 */
const EXAMPLE_VARIABLES: Readonly<Record<string, unknown>> = {
  email: 'bobr@mitchandmurray.com',
  tagId: '1373897',
};

/** Tabs in file-name order; none when the queries are not shipped (an install without bench/). */
export async function loadExampleTabs(dir: string = QUERIES_DIR): Promise<ExampleTab[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.graphql')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    files.map(async (file) => {
      const query = await readFile(`${dir}${file}`, 'utf8');
      const variables = requiredVariables(query);
      return Object.keys(variables).length > 0 ? { query, variables: JSON.stringify(variables, null, 2) } : { query };
    }),
  );
}

/** `$name: Type!` without a default in the operation's header → the example value for it. */
function requiredVariables(query: string): Record<string, unknown> {
  const header = /^\s*(?:query|mutation)\s+\w+\s*\(([^)]*)\)/m.exec(query)?.[1] ?? '';
  const values: Record<string, unknown> = {};
  for (const match of header.matchAll(/\$(\w+)\s*:\s*[\w[\]]+!(?!\s*=)/g)) {
    const name = match[1]!;
    if (Object.hasOwn(EXAMPLE_VARIABLES, name)) values[name] = EXAMPLE_VARIABLES[name];
  }
  return values;
}
