/**
 * Settings from a command line and the environment: flags parsed with node:util's parseArgs, a flag
 * winning over its variable, an empty variable counting as unset, messages naming the flag or the
 * variable the bad value came from — and `--help`, generated from the same declarations.
 */
import { parseArgs } from 'node:util';
import { shown } from './parsers.js';
import { readSettings, type ReadOptions } from './read.js';
import { SettingsError, isGroup, type AnySetting, type Settings, type SettingsInput, type SettingsValues } from './setting.js';

/** A setting that has a flag, with its dotted path in the settings (`port`, `faults.rate`). */
export interface FlagSetting {
  path: string;
  setting: AnySetting & { flag: string };
}

/** Every setting with a flag, groups included, in declaration order (the order of `--help`). */
export function flagSettings(settings: Settings, prefix = ''): FlagSetting[] {
  return Object.entries(settings).flatMap(([key, entry]): FlagSetting[] => {
    if (isGroup(entry)) return flagSettings(entry.group, `${prefix}${key}.`);
    return entry.flag ? [{ path: `${prefix}${key}`, setting: entry as FlagSetting['setting'] }] : [];
  });
}

/** Flags as given: text, or a list for a repeatable flag, by setting path. */
export type GivenFlags = Record<string, string | string[]>;

/** `--help`, or the flags given; throws `SettingsError` with one problem for a malformed command line. */
export function parseCommandLine(settings: Settings, argv: string[]): { help: true } | { help: false; flags: GivenFlags } {
  const known = flagSettings(settings);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(known.map(({ setting }) => [setting.flag, { type: 'string' as const, multiple: setting.repeatable ?? false }])),
      },
    });
  } catch (error) {
    throw new SettingsError([describeParseError(error)]);
  }
  if (parsed.values['help'] === true) return { help: true };
  const flags: GivenFlags = {};
  for (const { path, setting } of known) {
    const value = parsed.values[setting.flag];
    if (typeof value === 'string' || Array.isArray(value)) flags[path] = value as string | string[];
  }
  return { help: false, flags };
}

/** node:util's messages mention internals ("strict:true"); say it the way an operator needs it. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag '${option ?? message}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option ?? 'a flag'} needs a value, e.g. ${option ?? '--port'} VALUE`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const positional = /'([^']*)'/.exec(message)?.[1];
    return `unexpected argument '${positional ?? ''}'; every setting is a --flag`;
  }
  return message;
}

/**
 * Merges flags over environment variables, adds `extra` (settings a command sets itself, without a
 * flag), and validates the whole; throws `SettingsError` listing every problem.
 */
export function resolveSettings<S extends Settings>(
  settings: S,
  flags: GivenFlags,
  env: Record<string, string | undefined>,
  options: Pick<ReadOptions<S>, 'check'> & { extra?: SettingsInput<S> } = {},
): SettingsValues<S> {
  const input: Record<string, unknown> = { ...options.extra };
  /** The variable each setting's value came from, by path. */
  const fromEnv = new Map<string, string>();
  for (const { path, setting } of flagSettings(settings)) {
    const envValue = setting.env === undefined ? undefined : env[setting.env];
    let value: string | string[] | undefined = flags[path];
    if (value === undefined && envValue !== undefined && envValue !== '') {
      value = setting.repeatable ? envValue.split(',').map((part) => part.trim()) : envValue;
      fromEnv.set(path, setting.env!);
    }
    const implied = value === undefined && setting.impliedBy ? setting.impliedBy.value(env[setting.impliedBy.env] ?? '') : undefined;
    if (implied !== undefined) fromEnv.set(path, setting.impliedBy!.env);
    if (value !== undefined || implied !== undefined) setPath(input, path, value ?? implied);
  }
  return readSettings(settings, input as SettingsInput<S>, {
    label: (path, setting) => fromEnv.get(path) ?? (setting.flag ? `--${setting.flag}` : path),
    check: options.check,
  });
}

function setPath(into: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = into;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[keys.at(-1)!] = value;
}

export interface UsageText {
  /** e.g. `Usage: grouping-gateway serve [flags]`. */
  usage: string;
  /** Lines between the usage line and the flags. */
  about: string[];
  /** Lines after the flags. */
  examples: string[];
}

/** `--help`: every flag with its placeholder, help, default and variable, in declaration order. */
export function usage(settings: Settings, text: UsageText): string {
  const rows = flagSettings(settings).map(({ setting }) => {
    const fallback = setting.default === undefined ? '' : ` (default ${Array.isArray(setting.default) ? setting.default.join(',') : shown(setting.default)})`;
    const repeat = setting.repeatable ? ' (repeatable)' : '';
    const env = setting.impliedBy ? `${setting.env ?? ''}${setting.env ? '; ' : ''}implied by ${setting.impliedBy.env}` : setting.env;
    return { left: `--${setting.flag} ${setting.placeholder ?? 'VALUE'}`, help: `${setting.help ?? ''}${fallback}${repeat}`, env };
  });
  const width = Math.max(...rows.map(({ left }) => left.length), '-h, --help'.length) + 4;
  const indent = ''.padEnd(width + 2);
  const wrap = (line: string) => wrapWords(line, HELP_COLUMNS - indent.length).join(`\n${indent}`);
  return [
    text.usage,
    '',
    ...text.about,
    '',
    'Flags (each also read from the environment variable shown; a flag wins over its variable):',
    ...rows.map(({ left, help, env }) => `  ${left.padEnd(width)}${wrap(help)}${env ? `\n${indent}env ${env}` : ''}`),
    `  ${'-h, --help'.padEnd(width)}Show this help`,
    '',
    ...text.examples,
  ].join('\n');
}

/** Help text is wrapped to this many columns. */
const HELP_COLUMNS = 110;

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}
