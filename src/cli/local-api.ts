/**
 * `grouping-gateway local-api`: runs the local, Intercom-compatible grouping API.
 *
 * Every flag can also come from an environment variable (LOCAL_API_<FLAG>, e.g. LOCAL_API_PORT); a
 * flag wins over its variable. Bad input exits with status 2 and a message that names the setting,
 * shows what was given and says what would be accepted.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAULT_KINDS, localApiOptionsSchema, startLocalApi, type FaultKind, type LocalApiOptionsInput } from '../local-api/index.js';
import { closeOnSignal } from './close-on-signal.js';

/** A setting's flag, variable, help line and parser. Order here is the order of `--help`. */
interface Setting {
  flag: string;
  placeholder: string;
  help: string;
  /** Repeatable flag; its variable takes a comma-separated list. */
  multiple?: boolean;
  apply(value: string, into: CliOptions, label: string): void;
}

interface CliOptions extends LocalApiOptionsInput {
  fault: { latencyMs?: number; rate?: number; kinds?: FaultKind[]; seed?: number };
}

class UsageError extends Error {}

const SETTINGS: Setting[] = [
  {
    flag: 'host',
    placeholder: 'HOST',
    help: 'Interface to listen on (default 127.0.0.1, loopback only)',
    apply(value, into, label) {
      if (!/^[A-Za-z0-9.:_-]+$/.test(value)) fail(`${label} must be a host name or IP address such as 127.0.0.1, got '${value}'`);
      into.host = value;
    },
  },
  {
    flag: 'port',
    placeholder: 'PORT',
    help: 'Port to listen on (default 4010; 0 picks a free port)',
    apply(value, into, label) {
      into.port = integer(value, label, 0, 65_535);
    },
  },
  {
    flag: 'db',
    placeholder: 'FILE',
    help: "SQLite file to keep the data in, or :memory: (default :memory:, gone on exit). A new file is seeded; an existing one is reused",
    apply(value, into, label) {
      if (value !== ':memory:') {
        const folder = dirname(resolve(value));
        if (!existsSync(folder)) fail(`${label} '${value}': folder '${folder}' does not exist; create it or pick another path`);
        if (existsSync(value) && statSync(value).isDirectory()) fail(`${label} '${value}' is a folder; give a file path such as ${value}/local-api.db`);
      }
      into.db = value;
    },
  },
  {
    flag: 'seed',
    placeholder: 'demo|none|N',
    help: "Data for an empty store: 'demo' (the segmentation guide's workspace, default), 'none', or N generated contacts (1 to 10000000)",
    apply(value, into, label) {
      if (value === 'demo' || value === 'none') into.seed = value;
      else into.seed = integer(value.replaceAll('_', ''), label, 1, 10_000_000, "'demo', 'none' or a number of contacts from 1 to 10000000");
    },
  },
  {
    flag: 'token',
    placeholder: 'TOKEN',
    multiple: true,
    help: 'Access token clients must send (Bearer, or Basic with an empty password); repeat for several (default dev-token)',
    apply(value, into, label) {
      if (value.trim() === '' || /\s/.test(value)) fail(`${label} must be a non-empty token without spaces, got '${value}'`);
      into.tokens = [...(into.tokens ?? []), value];
    },
  },
  {
    flag: 'default-version',
    placeholder: 'VERSION',
    help: "Intercom-Version assumed when a request sends none (default 1.4, the guide's dialect; 2.x for the contacts API)",
    apply(value, into, label) {
      // The service's own schema knows the versions; its message lists them.
      const check = localApiOptionsSchema.shape.defaultVersion.safeParse(value);
      if (!check.success) fail(`${label} ${check.error.issues[0]?.message ?? 'is not a known version'}; got '${value}'`);
      into.defaultVersion = value;
    },
  },
  {
    flag: 'rate-limit',
    placeholder: 'N',
    help: "Requests per minute per token (default 10000), spent in 10-second windows of N/6 as Intercom does",
    apply(value, into, label) {
      into.rateLimit = integer(value.replaceAll('_', ''), label, 6, 100_000_000, 'a whole number of requests per minute of at least 6');
    },
  },
  {
    flag: 'segments',
    placeholder: 'FILE',
    help: 'JSON file of segment definitions (saved 2.x search queries) to load at start',
    apply(value, into, label) {
      if (!existsSync(value) || !statSync(value).isFile()) fail(`${label} file '${value}' does not exist; give the path of a JSON file of segments`);
      into.segmentsFile = value;
    },
  },
  {
    flag: 'admin-token',
    placeholder: 'TOKEN',
    help: 'Token for the admin-only segment route (outside Intercom\'s paths); without it that route is off',
    apply(value, into, label) {
      if (value.trim() === '' || /\s/.test(value)) fail(`${label} must be a non-empty token without spaces`);
      into.adminToken = value;
    },
  },
  {
    flag: 'public-url',
    placeholder: 'URL',
    help: "Absolute base URL used in 1.x pages.next links, when clients reach the service through a proxy",
    apply(value, into, label) {
      const url = URL.canParse(value) ? new URL(value) : undefined;
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) fail(`${label} must be an http(s) URL such as http://localhost:4010, got '${value}'`);
      into.publicUrl = value;
    },
  },
  {
    flag: 'latency-ms',
    placeholder: 'MS',
    help: 'Fault injection: milliseconds added to every response (default 0)',
    apply(value, into, label) {
      into.fault.latencyMs = integer(value, label, 0, 60_000);
    },
  },
  {
    flag: 'fault-rate',
    placeholder: 'RATE',
    help: 'Fault injection: fraction of requests, 0 to 1, answered with a fault from --fault-kinds (default 0)',
    apply(value, into, label) {
      const rate = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
      if (!(rate >= 0 && rate <= 1)) fail(`${label} must be a number from 0 to 1 such as 0.1, got '${value}'`);
      into.fault.rate = rate;
    },
  },
  {
    flag: 'fault-kinds',
    placeholder: 'KINDS',
    help: `Fault injection: comma-separated faults to choose from: ${FAULT_KINDS.join(', ')} (default 5xx)`,
    apply(value, into, label) {
      const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
      const unknown = kinds.filter((kind) => !(FAULT_KINDS as readonly string[]).includes(kind));
      if (kinds.length === 0 || unknown.length > 0) {
        fail(`${label} must be a comma-separated list of ${FAULT_KINDS.join(', ')}; got '${value}'`);
      }
      into.fault.kinds = kinds as FaultKind[];
    },
  },
  {
    flag: 'fault-seed',
    placeholder: 'N',
    help: 'Fault injection: seed of the fault dice, so a run can be replayed (default 1)',
    apply(value, into, label) {
      into.fault.seed = integer(value, label, 0, 2 ** 31 - 1);
    },
  },
];

const envName = (flag: string) => `LOCAL_API_${flag.toUpperCase().replaceAll('-', '_')}`;

export function usage(): string {
  const rows = SETTINGS.map((s) => [`  --${s.flag} ${s.placeholder}`, s.help, envName(s.flag)] as const);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    'Usage: grouping-gateway local-api [flags]',
    '',
    'Runs the local, Intercom-compatible grouping REST API (1.x and 2.x dialects) over SQLite.',
    '',
    'Flags (each also read from the environment variable shown; a flag wins over its variable):',
    ...rows.map(([left, help, env]) => `${left.padEnd(width)}${help}\n${''.padEnd(width)}env ${env}`),
    `  --help${''.padEnd(width - 8)}Show this help`,
    '',
    'Example: grouping-gateway local-api --port 4010 --db ./local-api.db --seed 100000 --token secret',
  ].join('\n');
}

/** Parses argv and the environment into validated service options; throws UsageError on bad input. */
export function parseLocalApiArgs(argv: string[], env: NodeJS.ProcessEnv): LocalApiOptionsInput | 'help' {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(SETTINGS.map((s) => [s.flag, { type: 'string' as const, multiple: s.multiple ?? false }])),
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) return 'help';

  const options: CliOptions = { progress: true, fault: {} };
  for (const setting of SETTINGS) {
    const fromFlag = parsed.values[setting.flag] as string | string[] | undefined;
    const fromEnv = env[envName(setting.flag)];
    if (fromFlag !== undefined) {
      for (const value of Array.isArray(fromFlag) ? fromFlag : [fromFlag]) setting.apply(value, options, `--${setting.flag}`);
    } else if (fromEnv !== undefined && fromEnv !== '') {
      const values = setting.multiple ? fromEnv.split(',').map((v) => v.trim()) : [fromEnv];
      for (const value of values) setting.apply(value, options, envName(setting.flag));
    }
  }

  const { fault, ...rest } = options;
  const input: LocalApiOptionsInput = Object.keys(fault).length > 0 ? { ...rest, faults: fault } : rest;
  // The flag parsers above give the precise messages; the schema is the final word on the whole.
  const check = localApiOptionsSchema.safeParse(input);
  if (!check.success) {
    throw new UsageError(check.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('\n'));
  }
  return input;
}

export async function main(argv: string[]): Promise<void> {
  let options: LocalApiOptionsInput | 'help';
  try {
    options = parseLocalApiArgs(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`grouping-gateway local-api: ${error.message}\nRun 'grouping-gateway local-api --help' for the flags.`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(usage());
    return;
  }

  const started = Date.now();
  let api;
  try {
    api = await startLocalApi(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    const where = `${options.host ?? '127.0.0.1'}:${options.port ?? 4010}`;
    if (code === 'EADDRINUSE') {
      console.error(`grouping-gateway local-api: ${where} is already in use; pick another port with --port (0 picks a free one)`);
      process.exitCode = 1;
    } else if (code === undefined) {
      // No system error code: the input was refused (e.g. a segments file with a bad query).
      console.error(`grouping-gateway local-api: ${message}\nRun 'grouping-gateway local-api --help' for the flags.`);
      process.exitCode = 2;
    } else {
      console.error(`grouping-gateway local-api: could not start (${code}): ${message}`);
      process.exitCode = 1;
    }
    return;
  }

  // One write, so whoever waits for the "listening on" line gets the token with it.
  console.log(
    [
      `local-api listening on ${api.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  token:   ${api.token}`,
      `  db:      ${options.db ?? ':memory:'}`,
      `  version: Intercom-Version ${options.defaultVersion ?? '1.4'} when a request sends none`,
      `  try:     curl -H 'Authorization: Bearer ${api.token}' -H 'Accept: application/json' ${api.url}/tags`,
    ].join('\n'),
  );

  closeOnSignal('local-api', () => api.close());
}

function integer(value: string, label: string, min: number, max: number, expected?: string): number {
  const number = /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    fail(`${label} must be ${expected ?? `an integer ${min}–${max}`}, got '${value}'`);
  }
  return number;
}

function fail(message: string): never {
  throw new UsageError(message);
}
