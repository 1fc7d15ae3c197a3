/**
 * `grouping-gateway <command>`: `serve` runs the GraphQL gateway, `local-api` the local grouping API.
 * Each command parses and validates its own flags; this file only dispatches.
 */
const USAGE = `Usage: grouping-gateway <command> [flags]

Commands:
  serve       Run the GraphQL gateway (GraphiQL at /graphql); embeds the local API when no upstream is set
  local-api   Run the local, Intercom-compatible grouping REST API over SQLite
  keys        Create, revoke and list API keys for 'serve --auth keys'
  documents   Build a trusted-documents manifest of a frontend's operations (serve --persisted-documents)

Run 'grouping-gateway <command> --help' for the flags of each command.`;

const commands: Record<string, () => Promise<{ main(argv: string[]): Promise<void> }>> = {
  serve: () => import('./serve.js'),
  'local-api': () => import('./local-api.js'),
  keys: () => import('./keys.js'),
  documents: () => import('./documents.js'),
};

async function run(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return;
  }
  const load = commands[name];
  if (!load) {
    console.error(`grouping-gateway: unknown command '${name}'.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  await (await load()).main(rest);
}

await run(process.argv.slice(2));
