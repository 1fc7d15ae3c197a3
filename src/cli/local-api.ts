/**
 * `grouping-gateway local-api`: runs the local, Intercom-compatible grouping API. Its settings are
 * the local API's own declarations (LOCAL_API_SETTINGS): every flag can also come from its
 * environment variable (LOCAL_API_<FLAG>); a flag wins. Bad input exits with status 2 and a message
 * that names the setting, shows what was given and says what would be accepted.
 */
import { LOCAL_API_SETTINGS, startLocalApi, type LocalApiOptions } from '../local-api/index.js';
import { closeOnSignal } from './close-on-signal.js';
import { commandUsage, failUsage, processOutput, readCommandSettings, type CommandOutput, type CommandSettings } from './read-settings.js';

const COMMAND = 'grouping-gateway local-api';

export const LOCAL_API_COMMAND: CommandSettings<typeof LOCAL_API_SETTINGS> = {
  command: COMMAND,
  settings: LOCAL_API_SETTINGS,
  // A person at a terminal watches a large seed's progress.
  extra: { progress: true },
  help: {
    about: ['Runs the local, Intercom-compatible grouping REST API (1.x and 2.x dialects) over SQLite.'],
    examples: ['Example: grouping-gateway local-api --port 4010 --db ./local-api.db --seed 100000 --token secret'],
  },
};

export function usage(): string {
  return commandUsage(LOCAL_API_COMMAND);
}

/** The validated options, or undefined when the command must not run (help printed, or bad input: exit status 2). */
export function parseLocalApiArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  output: CommandOutput = processOutput,
): LocalApiOptions | undefined {
  return readCommandSettings(LOCAL_API_COMMAND, argv, env, output);
}

export async function main(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  output: CommandOutput = processOutput,
): Promise<void> {
  const options = parseLocalApiArgs(argv, env, output);
  if (options === undefined) return;

  const started = Date.now();
  let api;
  try {
    api = await startLocalApi(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'EADDRINUSE') {
      output.error(`${COMMAND}: ${options.host}:${options.port} is already in use; pick another port with --port (0 picks a free one)`);
      output.exit(1);
    } else if (code === undefined) {
      // No system error code: the input was refused (e.g. a segments file with a bad query).
      failUsage(COMMAND, [message], output);
    } else {
      output.error(`${COMMAND}: could not start (${code}): ${message}`);
      output.exit(1);
    }
    return;
  }

  // One write, so whoever waits for the "listening on" line gets the token with it.
  output.out(
    [
      `local-api listening on ${api.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  token:   ${api.token}`,
      `  db:      ${options.db}`,
      `  version: Intercom-Version ${options.defaultVersion} when a request sends none`,
      `  try:     curl -H 'Authorization: Bearer ${api.token}' -H 'Accept: application/json' ${api.url}/tags`,
    ].join('\n'),
  );

  closeOnSignal('local-api', () => api.close());
}
