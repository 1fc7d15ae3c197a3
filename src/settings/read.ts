/**
 * Validates a program's (or a command line's) input against declared settings: every value through
 * its parser, defaults for what is missing, unknown keys refused, every problem reported at once.
 */
import {
  InvalidSetting,
  SettingsError,
  isGroup,
  type AnySetting,
  type Settings,
  type SettingsInput,
  type SettingsValues,
} from './setting.js';

/**
 * How a setting is named in messages, by its dotted path (`port`, `faults.rate`). Programs see the
 * flag when there is one; a command line names the variable when the value came from one.
 */
export type Label = (path: string, setting: AnySetting) => string;

export const flagOrPath: Label = (path, setting) => (setting.flag ? `--${setting.flag}` : path);
export const optionPath: Label = (path) => path;

export interface ReadOptions<S extends Settings> {
  label?: Label;
  /**
   * Rules across settings (e.g. "a token is required with an upstream"). Sees the values that
   * passed (a refused one is undefined) and returns problems as full sentences; `name` gives a
   * setting's label.
   */
  check?: (values: Partial<SettingsValues<S>>, name: (key: keyof S & string) => string) => string[];
}

/** The validated values; throws `SettingsError` listing every problem. */
export function readSettings<S extends Settings>(settings: S, input: SettingsInput<S> | undefined, options: ReadOptions<S> = {}): SettingsValues<S> {
  const label = options.label ?? flagOrPath;
  const problems: string[] = [];
  const values = collect(settings, input ?? {}, '', label, problems) as Partial<SettingsValues<S>>;
  if (options.check) {
    const name = (key: keyof S & string) => label(key, settings[key] as AnySetting);
    problems.push(...options.check(values, name));
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return values as SettingsValues<S>;
}

function collect(settings: Settings, input: unknown, prefix: string, label: Label, problems: string[]): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push(`${prefix.slice(0, -1) || 'options'} must be an object of settings, got ${JSON.stringify(input)}`);
    return {};
  }
  const given = input as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(settings)) {
    const path = `${prefix}${key}`;
    const value = given[key];
    if (isGroup(entry)) {
      if (value !== undefined) values[key] = collect(entry.group, value, `${path}.`, label, problems);
      continue;
    }
    const raw = value === undefined ? entry.default : value;
    if (raw === undefined) {
      values[key] = undefined;
      continue;
    }
    try {
      // A default is written by us, not a caller: if it fails, the declaration is wrong, and the
      // message (naming the setting) says so at the first start.
      values[key] = entry.parse(raw, label(path, entry));
    } catch (error) {
      if (!(error instanceof InvalidSetting)) throw error;
      problems.push(error.message);
    }
  }
  const unknown = Object.keys(given).filter((key) => given[key] !== undefined && !Object.hasOwn(settings, key));
  if (unknown.length > 0) problems.push(`Unknown setting(s): ${unknown.map((key) => `${prefix}${key}`).join(', ')}`);
  return values;
}

/** The parsed defaults, for code that needs a default outside a configuration (benchmarks, messages). */
export function defaultsOf<S extends Settings>(settings: S): SettingsValues<S> {
  return readSettings(settings, {});
}
