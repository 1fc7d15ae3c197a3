/**
 * What every command does with its settings before running: `--help` printed from the declarations,
 * flags merged over the environment and validated, and on bad input every problem printed with what
 * to run next and exit status 2.
 */
import {
  SettingsError,
  parseCommandLine,
  resolveSettings,
  usage,
  type ReadOptions,
  type Settings,
  type SettingsInput,
  type SettingsValues,
  type UsageText,
} from '../settings/index.js';

export interface CommandSettings<S extends Settings> {
  /** e.g. `grouping-gateway serve`: the prefix of every message. */
  command: string;
  settings: S;
  help: Omit<UsageText, 'usage'>;
  /** Rules across settings. */
  check?: ReadOptions<S>['check'];
  /** Settings the command sets itself (no flag). */
  extra?: SettingsInput<S>;
}

/** Where a command writes, and how it sets its exit status; tests pass a recorder. */
export interface CommandOutput {
  out(text: string): void;
  error(text: string): void;
  exit(status: number): void;
}

export const processOutput: CommandOutput = {
  out: (text) => console.log(text),
  error: (text) => console.error(text),
  exit: (status) => {
    process.exitCode = status;
  },
};

/** The validated settings, or undefined when the command must not run (help printed, or bad input: exit status 2). */
export function readCommandSettings<S extends Settings>(
  spec: CommandSettings<S>,
  argv: string[],
  env: Record<string, string | undefined>,
  output: CommandOutput = processOutput,
): SettingsValues<S> | undefined {
  try {
    const parsed = parseCommandLine(spec.settings, argv);
    if (parsed.help) {
      output.out(commandUsage(spec));
      return undefined;
    }
    return resolveSettings(spec.settings, parsed.flags, env, { check: spec.check, extra: spec.extra });
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    failUsage(spec.command, error.problems, output);
    return undefined;
  }
}

export function commandUsage<S extends Settings>(spec: CommandSettings<S>): string {
  return usage(spec.settings, { usage: `Usage: ${spec.command} [flags]`, ...spec.help });
}

/** Prints each problem and where to look, and sets exit status 2 (bad input). */
export function failUsage(command: string, problems: string[], output: CommandOutput = processOutput): void {
  for (const problem of problems) output.error(`${command}: ${problem}`);
  output.error(`Run '${command} --help' for the flags.`);
  output.exit(2);
}
