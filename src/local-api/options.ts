/**
 * The local API's settings, each declared once: flag, environment variable, help line, default and
 * parser (src/settings/). `startLocalApi(options)` validates a program's options with them, the
 * `local-api` command reads its flags and `LOCAL_API_*` variables and prints `--help` from them.
 *
 * To add a setting, add one entry below (its position is its place in `--help`); `LocalApiOptions`
 * and `LocalApiOptionsInput` follow from it. A setting without `flag` is for programs only.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  boolean,
  clock,
  decimal,
  group,
  host,
  httpUrl,
  integer,
  invalid,
  listOf,
  oneOf,
  optionPath,
  readSettings,
  repeated,
  setting,
  shown,
  text,
  token,
  type SettingsInput,
  type SettingsValues,
} from '../settings/index.js';
import { KNOWN_VERSIONS } from './http/version.js';
import { FAULT_KINDS } from './http/faults.js';

/** The fault injection a test can ask for: each request, with probability `rate`, fails in one of `kinds`. */
export const FAULT_SETTINGS = {
  latencyMs: setting({
    flag: 'latency-ms',
    env: 'LOCAL_API_LATENCY_MS',
    placeholder: 'MS',
    help: 'Fault injection: milliseconds added to every response',
    default: 0,
    parse: integer(0, 60_000),
  }),
  rate: setting({
    flag: 'fault-rate',
    env: 'LOCAL_API_FAULT_RATE',
    placeholder: 'RATE',
    help: 'Fault injection: fraction of requests, 0 to 1, answered with a fault from --fault-kinds',
    default: 0,
    parse: decimal(0, 1, '0.1'),
  }),
  kinds: setting({
    flag: 'fault-kinds',
    env: 'LOCAL_API_FAULT_KINDS',
    placeholder: 'KINDS',
    help: `Fault injection: comma-separated faults to choose from: ${FAULT_KINDS.join(', ')}`,
    default: ['5xx'],
    parse: listOf(FAULT_KINDS),
  }),
  seed: setting({
    flag: 'fault-seed',
    env: 'LOCAL_API_FAULT_SEED',
    placeholder: 'N',
    help: 'Fault injection: seed of the fault dice, so a run can be replayed',
    default: 1,
    parse: integer(0, 2 ** 31 - 1),
  }),
};

export const LOCAL_API_SETTINGS = {
  host: setting({
    flag: 'host',
    env: 'LOCAL_API_HOST',
    placeholder: 'HOST',
    help: 'Interface to listen on (loopback unless told otherwise)',
    default: '127.0.0.1',
    parse: host(),
  }),
  port: setting({
    flag: 'port',
    env: 'LOCAL_API_PORT',
    placeholder: 'PORT',
    help: 'Port to listen on; 0 picks a free port',
    default: 4010,
    parse: integer(0, 65_535),
  }),
  db: setting({
    flag: 'db',
    env: 'LOCAL_API_DB',
    placeholder: 'FILE',
    help: 'SQLite file to keep the data in, or :memory: (gone on exit). A new file is seeded; an existing one is reused',
    default: ':memory:',
    parse: databaseFile,
  }),
  seed: setting({
    flag: 'seed',
    env: 'LOCAL_API_SEED',
    placeholder: 'demo|none|N',
    help: "Data for an empty store: 'demo' (the segmentation guide's workspace), 'none', or N generated contacts (1 to 10000000)",
    default: 'demo',
    parse: seed,
  }),
  tokens: setting({
    flag: 'token',
    env: 'LOCAL_API_TOKEN',
    placeholder: 'TOKEN',
    repeatable: true,
    help: 'Access token clients must send (Bearer, or Basic with an empty password); repeat for several',
    default: ['dev-token'],
    parse: repeated(token()),
  }),
  defaultVersion: setting({
    flag: 'default-version',
    env: 'LOCAL_API_DEFAULT_VERSION',
    placeholder: 'VERSION',
    help: "Intercom-Version assumed when a request sends none (1.4 is the guide's dialect; 2.x for the contacts API)",
    default: '1.4',
    parse: oneOf(KNOWN_VERSIONS),
  }),
  rateLimit: setting({
    flag: 'rate-limit',
    env: 'LOCAL_API_RATE_LIMIT',
    placeholder: 'N',
    help: 'Requests per minute per token, spent in --rate-window-seconds windows of N×S/60 (N/6 per 10 s, as Intercom does)',
    default: 10_000,
    // No upper bound: benchmarks turn the limit off with a very large one.
    parse: integer(6, Number.MAX_SAFE_INTEGER, 'a whole number of requests per minute of at least 6'),
  }),
  rateWindowSeconds: setting({
    flag: 'rate-window-seconds',
    env: 'LOCAL_API_RATE_WINDOW_SECONDS',
    placeholder: 'S',
    help: "Seconds per rate-limit window; Intercom's are 10, tests use shorter ones to see windows reset",
    default: 10,
    // Whole seconds: X-RateLimit-Reset is in seconds, so shorter windows could not be told apart.
    parse: integer(1, 60),
  }),
  segmentsFile: setting({
    flag: 'segments',
    env: 'LOCAL_API_SEGMENTS',
    placeholder: 'FILE',
    help: 'JSON file of segment definitions (saved 2.x search queries) to load at start',
    parse: text((value) =>
      existsSync(value) && statSync(value).isFile() ? undefined : `file '${value}' does not exist; give the path of a JSON file of segments`,
    ),
  }),
  adminToken: setting({
    flag: 'admin-token',
    env: 'LOCAL_API_ADMIN_TOKEN',
    placeholder: 'TOKEN',
    help: "Token for the admin-only segment route (outside Intercom's paths); without it that route is off",
    parse: token(),
  }),
  publicUrl: setting({
    flag: 'public-url',
    env: 'LOCAL_API_PUBLIC_URL',
    placeholder: 'URL',
    help: 'Absolute base URL used in 1.x pages.next links, when clients reach the service through a proxy',
    parse: httpUrl('http://localhost:4010'),
  }),
  workers: setting({
    flag: 'workers',
    env: 'LOCAL_API_WORKERS',
    placeholder: 'N',
    help: 'Threads answering requests, each with its own SQLite connection (writes go to one of them); 1 answers in the main thread',
    default: 1,
    parse: integer(1, 16),
  }),
  /** Off unless given (a program's `faults: {…}`, or any fault flag). */
  faults: group(FAULT_SETTINGS),
  /** Keep every received request in `LocalApi.received` (tests count upstream calls there). */
  recordRequests: setting({ default: false, parse: boolean() }),
  /**
   * The service's clock in milliseconds since the epoch: rate-limit windows, timestamps of writes,
   * time-based segment rules. Tests move it instead of waiting on the real one.
   */
  // Looked up at each call, not captured: a test that fakes `Date` moves the service's clock too.
  clock: setting({ default: () => Date.now(), parse: clock() }),
  /** Print seeding progress (a terminal progress bar) to stderr. */
  progress: setting({ default: false, parse: boolean() }),
};

export type LocalApiOptionsInput = SettingsInput<typeof LOCAL_API_SETTINGS>;
export type LocalApiOptions = SettingsValues<typeof LOCAL_API_SETTINGS>;
export type FaultOptions = SettingsValues<typeof FAULT_SETTINGS>;

/** Validates a program's options; a `SettingsError` names each bad option by its path (`port`, `faults.rate`). */
export function parseLocalApiOptions(input: LocalApiOptionsInput = {}): LocalApiOptions {
  return readSettings(LOCAL_API_SETTINGS, input, { label: optionPath });
}

function databaseFile(value: string, label: string): string {
  if (typeof value !== 'string' || value === '') throw invalid(`${label} must be a file path or :memory:, got '${shown(value)}'`);
  if (value === ':memory:') return value;
  const folder = dirname(resolve(value));
  if (!existsSync(folder)) throw invalid(`${label} '${value}': folder '${folder}' does not exist; create it or pick another path`);
  if (existsSync(value) && statSync(value).isDirectory()) throw invalid(`${label} '${value}' is a folder; give a file path such as ${value}/local-api.db`);
  return value;
}

function seed(value: 'demo' | 'none' | number | string, label: string): 'demo' | 'none' | number {
  if (value === 'demo' || value === 'none') return value;
  return integer(1, 10_000_000, "'demo', 'none' or a number of contacts from 1 to 10000000")(value, label);
}
