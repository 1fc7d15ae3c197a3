/**
 * Parsers for the kinds of values settings take. Each accepts the text of a flag or environment
 * variable and the typed value a program passes, and refuses anything else with a message that
 * names the setting, shows what was given and says what would be accepted.
 */
import { invalid, type Parser } from './setting.js';

/** How a refused value is shown: text as given, anything else as JSON. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * A whole number from `min` to `max`. Text may use `_` between digits (`1_000_000`).
 * `expected` replaces "a whole number from min to max" in the message.
 */
export function integer(min: number, max: number, expected?: string): Parser<number, number | string> {
  return (value, label) => {
    const text = typeof value === 'string' ? value.trim() : undefined;
    const number =
      typeof value === 'number' ? value : text !== undefined && /^-?\d+(_\d+)*$/.test(text) ? Number(text.replaceAll('_', '')) : Number.NaN;
    if (Number.isSafeInteger(number) && number >= min && number <= max) return number;
    throw invalid(`${label} must be ${expected ?? `a whole number from ${min} to ${max}`}, got '${shown(value)}'`);
  };
}

/** A decimal number from `min` to `max`, e.g. a fraction. */
export function decimal(min: number, max: number, example: string): Parser<number, number | string> {
  return (value, label) => {
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
    if (number >= min && number <= max) return number;
    throw invalid(`${label} must be a number from ${min} to ${max} such as ${example}, got '${shown(value)}'`);
  };
}

/** Text; `check` (optional) refuses some of it with the rest of a sentence after the label. */
export function text(check?: (value: string) => string | undefined): Parser<string, string> {
  return (value, label) => {
    if (typeof value !== 'string') throw invalid(`${label} must be text, got ${shown(value)}`);
    const problem = check?.(value);
    if (problem !== undefined) throw invalid(`${label} ${problem}`);
    return value;
  };
}

/** A secret or name without spaces: non-empty, no whitespace. Never echoed (it may be a token). */
export function token(): Parser<string, string> {
  return text((value) => (value.trim() === '' || /\s/.test(value) ? 'must be a non-empty token without spaces' : undefined));
}

/** A host name or IP address to listen on. */
export function host(): Parser<string, string> {
  return text((value) =>
    /^[A-Za-z0-9.:_-]+$/.test(value) ? undefined : `must be a host name or IP address such as 127.0.0.1, got '${value}'`,
  );
}

/** One of `choices`; the message lists them, or says `expected` instead. */
export function oneOf<const C extends string>(choices: readonly C[], expected?: string): Parser<C, C | string> {
  return (value, label) => {
    const choice = typeof value === 'string' ? value.trim() : value;
    if ((choices as readonly unknown[]).includes(choice)) return choice as C;
    throw invalid(`${label} must be ${expected ?? `one of ${choices.join(', ')}`}; got '${shown(value)}'`);
  };
}

/** A comma-separated list (text) or an array, of `choices`, at least one. */
export function listOf<const C extends string>(choices: readonly C[]): Parser<C[], readonly C[] | string> {
  return (value, label) => {
    const items = typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value;
    if (Array.isArray(items) && items.length > 0 && items.every((item) => (choices as readonly unknown[]).includes(item))) {
      return [...(items as C[])];
    }
    throw invalid(`${label} must be a comma-separated list of ${choices.join(', ')}; got '${shown(value)}'`);
  };
}

/**
 * A list of values for a repeatable flag (or a comma-separated variable, or an array from a program),
 * each checked by `item`, at least one.
 */
export function repeated<T>(item: Parser<T, string>): Parser<T[], readonly string[] | string> {
  return (value, label) => {
    const items = typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value;
    if (!Array.isArray(items) || items.length === 0) throw invalid(`${label} must be a list of at least one value, got ${shown(value)}`);
    return items.map((one: string) => item(one, label));
  };
}

/** An absolute http(s) URL, returned as given. */
export function httpUrl(example: string): Parser<string, string> {
  return text((value) => {
    const url = URL.canParse(value) ? new URL(value) : undefined;
    return url && (url.protocol === 'http:' || url.protocol === 'https:') ? undefined : `must be an http(s) URL such as ${example}, got '${value}'`;
  });
}

/** true or false (programs only, or `true`/`false` as text). */
export function boolean(): Parser<boolean, boolean> {
  return (value, label) => {
    const given: unknown = value;
    const parsed = given === 'true' ? true : given === 'false' ? false : given;
    if (typeof parsed === 'boolean') return parsed;
    throw invalid(`${label} must be true or false, got '${shown(value)}'`);
  };
}

/** A clock: a function returning milliseconds since the epoch (programs only, e.g. tests). */
export function clock(): Parser<() => number, () => number> {
  return (value, label) => {
    if (typeof value === 'function') return value;
    throw invalid(`${label} must be a function returning milliseconds since the epoch, got ${shown(value)}`);
  };
}
