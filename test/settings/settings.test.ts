/**
 * The shared settings mechanism (src/settings/) on a small declaration of its own: defaults parsed like
 * any input, flag over variable, lists, a group, rules across settings, unknown keys, and --help.
 */
import { describe, expect, it } from 'vitest';
import {
  SettingsError,
  group,
  integer,
  invalid,
  listOf,
  oneOf,
  optionPath,
  parseCommandLine,
  readSettings,
  repeated,
  resolveSettings,
  setting,
  text,
  token,
  usage,
} from '../../src/settings/index.js';

const FAULTS = {
  rate: setting({ flag: 'fault-rate', env: 'T_FAULT_RATE', placeholder: 'N', help: 'Faults per hundred', default: 0, parse: integer(0, 100) }),
  kinds: setting({ flag: 'fault-kinds', env: 'T_FAULT_KINDS', placeholder: 'K', help: 'Fault kinds', default: ['5xx'], parse: listOf(['5xx', '429'] as const) }),
};
const SETTINGS = {
  port: setting({ flag: 'port', env: 'T_PORT', placeholder: 'PORT', help: 'Port to listen on', default: 4000, parse: integer(0, 65_535) }),
  name: setting({ flag: 'name', env: 'T_NAME', placeholder: 'NAME', help: 'A name without a default', parse: text() }),
  tokens: setting({ flag: 'token', env: 'T_TOKEN', placeholder: 'T', help: 'Tokens', repeatable: true, default: ['dev'], parse: repeated(token()) }),
  faults: group(FAULTS),
  internal: setting({ default: 'x', parse: text() }),
  mode: setting({
    flag: 'mode',
    env: 'T_MODE',
    placeholder: 'MODE',
    help: 'development or production',
    default: 'development',
    impliedBy: { env: 'T_NODE_ENV', value: (text) => (text === 'production' ? 'production' : undefined) },
    parse: oneOf(['development', 'production']),
  }),
};

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('readSettings (a program passing options)', () => {
  it('fills in parsed defaults; an optional setting without one is undefined; a group is off unless given', () => {
    expect(readSettings(SETTINGS, {})).toEqual({ port: 4000, name: undefined, tokens: ['dev'], faults: undefined, internal: 'x', mode: 'development' });
    expect(readSettings(SETTINGS, { faults: { rate: 5 } }).faults).toEqual({ rate: 5, kinds: ['5xx'] });
  });

  it('takes typed values and text alike, and gives back what it accepts (a parsed result parses again)', () => {
    const once = readSettings(SETTINGS, { port: '4_001', tokens: ['a', 'b'], faults: { kinds: '429,5xx' } });
    expect(once).toMatchObject({ port: 4001, tokens: ['a', 'b'], faults: { kinds: ['429', '5xx'] } });
    expect(readSettings(SETTINGS, once)).toEqual(once);
  });

  it('reports every problem at once, by flag or by option path, and unknown keys at any depth', () => {
    const input = { port: 70_000, tokens: [], faults: { rate: -1, bogus: 1 }, prot: 1 } as never;
    expect(problems(() => readSettings(SETTINGS, input))).toEqual([
      "--port must be a whole number from 0 to 65535, got '70000'",
      '--token must be a list of at least one value, got []',
      "--fault-rate must be a whole number from 0 to 100, got '-1'",
      'Unknown setting(s): faults.bogus',
      'Unknown setting(s): prot',
    ]);
    expect(problems(() => readSettings(SETTINGS, input, { label: optionPath }))[2]).toBe("faults.rate must be a whole number from 0 to 100, got '-1'");
  });

  it('never echoes a refused token', () => {
    expect(problems(() => readSettings(SETTINGS, { tokens: ['sec ret'] }))).toEqual(['--token must be a non-empty token without spaces']);
  });

  it('runs rules across settings on the values that passed', () => {
    const check = (values: { port?: number; name?: string }, name: (key: 'port' | 'name') => string) =>
      values.port === 0 && values.name === undefined ? [`${name('name')} is required with ${name('port')} 0`] : [];
    expect(problems(() => readSettings(SETTINGS, { port: 0 }, { check }))).toEqual(['--name is required with --port 0']);
    expect(readSettings(SETTINGS, { port: 0, name: 'n' }, { check }).port).toBe(0);
  });

  it('refuses a value its parser throws on, with the parser’s message', () => {
    const even = { n: setting({ parse: (value: number, label: string) => (value % 2 === 0 ? value : (() => { throw invalid(`${label} must be even`); })()) }) };
    expect(problems(() => readSettings(even, { n: 3 }))).toEqual(['n must be even']);
  });
});

describe('the command line', () => {
  const resolve = (argv: string[], env: Record<string, string> = {}) => {
    const parsed = parseCommandLine(SETTINGS, argv);
    if (parsed.help) throw new Error('unexpected --help');
    return resolveSettings(SETTINGS, parsed.flags, env);
  };

  it('a flag wins over its variable; an empty variable is unset; a repeatable flag collects, its variable splits on commas', () => {
    expect(resolve(['--port', '1'], { T_PORT: '2' }).port).toBe(1);
    expect(resolve([], { T_PORT: '2' }).port).toBe(2);
    expect(resolve([], { T_PORT: '' }).port).toBe(4000);
    expect(resolve(['--token', 'a', '--token', 'b']).tokens).toEqual(['a', 'b']);
    expect(resolve([], { T_TOKEN: 'a, b' }).tokens).toEqual(['a', 'b']);
  });

  it("puts a group's flags into the group, turning it on", () => {
    expect(resolve(['--fault-rate', '3']).faults).toEqual({ rate: 3, kinds: ['5xx'] });
    expect(resolve([], { T_FAULT_KINDS: '429' }).faults).toEqual({ rate: 0, kinds: ['429'] });
  });

  it('takes a value another variable implies only when neither the flag nor its own variable is set', () => {
    expect(resolve([], { T_NODE_ENV: 'production' }).mode).toBe('production');
    expect(resolve([], { T_NODE_ENV: 'test' }).mode).toBe('development');
    expect(resolve([], { T_NODE_ENV: 'production', T_MODE: 'development' }).mode).toBe('development');
    expect(resolve(['--mode', 'development'], { T_NODE_ENV: 'production' }).mode).toBe('development');
  });

  it('names the variable when the bad value came from one', () => {
    expect(problems(() => resolve([], { T_PORT: 'x', T_FAULT_RATE: '101' }))).toEqual([
      "T_PORT must be a whole number from 0 to 65535, got 'x'",
      "T_FAULT_RATE must be a whole number from 0 to 100, got '101'",
    ]);
  });

  it('says what is wrong with a malformed command line in an operator’s words', () => {
    expect(problems(() => parseCommandLine(SETTINGS, ['--prot', '1']))).toEqual(["unknown flag '--prot'"]);
    expect(problems(() => parseCommandLine(SETTINGS, ['--port']))).toEqual(['--port needs a value, e.g. --port VALUE']);
    expect(problems(() => parseCommandLine(SETTINGS, ['1']))).toEqual(["unexpected argument '1'; every setting is a --flag"]);
    expect(parseCommandLine(SETTINGS, ['-h', '--port', 'x'])).toEqual({ help: true });
  });

  it('--help: every flag in declaration order with its default and variable, and nothing for program-only settings', () => {
    const help = usage(SETTINGS, { usage: 'Usage: t [flags]', about: ['About t.'], examples: ['Example: t --port 1'] });
    const flags = [...help.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]);
    expect(flags).toEqual(['--port', '--name', '--token', '--fault-rate', '--fault-kinds', '--mode']);
    expect(help).toContain('env T_MODE; implied by T_NODE_ENV');
    expect(help).toMatch(/--port PORT +Port to listen on \(default 4000\)\n +env T_PORT/);
    expect(help).toMatch(/--name NAME +A name without a default\n/);
    expect(help).toContain('Tokens (default dev) (repeatable)');
    expect(help).toContain('Fault kinds (default 5xx)');
    expect(help).not.toContain('internal');
  });
});
