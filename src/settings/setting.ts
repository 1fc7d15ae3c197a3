/**
 * How a command's settings are declared: each one once, with its flag, environment variable, help
 * line, default and parser. Everything else — `--help`, reading flags and environment, validating a
 * program's options, the defaults a program sees — is derived from these declarations (read.ts,
 * command-line.ts), so no default or rule is written twice.
 *
 * Neutral ground: the gateway and the local API each declare their own settings with this module,
 * and it imports neither.
 */

/**
 * Checks one value and returns it in the form the program uses. `value` is text when it came from a
 * flag or an environment variable, or whatever a program passed (which, from JavaScript, may be
 * anything: a parser checks the type too). A bad value throws `invalid(...)`, whose message starts
 * with `label` — the flag, variable or option name the value came from.
 */
export type Parser<Out, In> = (value: In, label: string) => Out;

export interface SettingSpec<Out, In> {
  /** The command-line flag, without `--`. A setting without one is for programs only. */
  flag?: string;
  /** The environment variable read when the flag is absent; an empty one counts as unset. */
  env?: string;
  /** The value's name in `--help`, e.g. `PORT`. */
  placeholder?: string;
  /** One line for `--help`; the default is appended from `default`. */
  help?: string;
  /**
   * The value used when none is given, written as a caller would give it: it goes through `parse`
   * like any other value, and `--help` shows it. Without one the setting is optional (undefined).
   */
  default?: NoInfer<In>;
  /**
   * Another variable that implies a value when neither the flag nor `env` is given, e.g. NODE_ENV
   * (`production` implies production mode; anything else implies nothing: undefined).
   */
  impliedBy?: { env: string; value(text: string): NoInfer<In> | undefined };
  /** The flag may be given several times (the values form a list); its variable is comma-separated. */
  repeatable?: boolean;
  parse: Parser<Out, In>;
}

/** A setting with a default: its value is never undefined. */
export type DefaultedSetting<Out, In> = SettingSpec<Out, In> & { default: NoInfer<In> };

/** Settings that travel as one object (e.g. the local API's `faults`); absent = the whole group is off. */
export interface SettingGroup<S extends Settings> {
  group: S;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySetting = SettingSpec<any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Settings = { readonly [key: string]: AnySetting | SettingGroup<any> };

/**
 * Declares one setting. The overloads only serve the types: a setting declared with a default has a
 * value that is never undefined.
 */
export function setting<Out, In>(spec: DefaultedSetting<Out, In>): DefaultedSetting<Out, In>;
export function setting<Out, In>(spec: SettingSpec<Out, In>): SettingSpec<Out, In>;
export function setting<Out, In>(spec: SettingSpec<Out, In>): SettingSpec<Out, In> {
  if (spec.repeatable && !spec.flag) throw new TypeError('only a setting with a flag can be repeatable');
  return spec;
}

export function group<S extends Settings>(settings: S): SettingGroup<S> {
  return { group: settings };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function isGroup(entry: Settings[string]): entry is SettingGroup<any> {
  return 'group' in entry;
}

/** The validated values of `S`, as a program sees them. */
export type SettingsValues<S extends Settings> = { -readonly [K in keyof S]: ValueOf<S[K]> };
type ValueOf<T> =
  T extends SettingGroup<infer G>
    ? SettingsValues<G> | undefined
    : T extends SettingSpec<infer Out, infer _In>
      ? T extends { default: unknown }
        ? Out
        : Out | undefined
      : never;

/** What a program may pass for `S`: every key optional, each in the form its parser accepts. */
export type SettingsInput<S extends Settings> = { [K in keyof S]?: InputOf<S[K]> };
type InputOf<T> =
  T extends SettingGroup<infer G> ? SettingsInput<G> : T extends SettingSpec<infer _Out, infer In> ? In : never;

/** A value a parser refused; its message is a full sentence that starts with the setting's label. */
export class InvalidSetting extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSetting';
  }
}

/** Thrown by parsers: `throw invalid(\`${label} must be …, got '…'\`)`. */
export function invalid(message: string): InvalidSetting {
  return new InvalidSetting(message);
}

/** Settings that failed validation; `problems` are full sentences, one per bad setting. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
  }
}
