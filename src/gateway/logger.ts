/**
 * The gateway's log lines: yoga's logger format (`INFO …`, `WARN …`, `ERR …`), coloured only when the
 * stream it goes to is a terminal. Yoga's own logger always colours its level prefixes, which puts
 * ANSI escape codes into every log file and log collector.
 */
import type { YogaLogger } from 'graphql-yoga';

const COLOURS = { debug: '\x1b[35m', info: '\x1b[36m', warn: '\x1b[33m', error: '\x1b[31m' } as const;
const RESET = '\x1b[0m';
const LABELS = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERR' } as const;
const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

export interface GatewayLoggerOptions {
  /** Lowest level written. @default 'info' ('debug' when DEBUG=1, as yoga does) */
  level?: Level;
  /** Whether the stream of `level` is a terminal. @default process.stdout/stderr's isTTY */
  isTerminal?: (level: Level) => boolean;
  /** Where a line goes. @default console.debug/info/warn/error (info to stdout; warn and error to stderr) */
  write?: (level: Level, ...args: unknown[]) => void;
}

export function createGatewayLogger(options: GatewayLoggerOptions = {}): YogaLogger {
  const lowest = LEVELS.indexOf(options.level ?? (process.env['DEBUG'] === '1' ? 'debug' : 'info'));
  const isTerminal = options.isTerminal ?? ((level) => Boolean((level === 'warn' || level === 'error' ? process.stderr : process.stdout).isTTY));
  const write = options.write ?? ((level, ...args) => console[level](...args));
  const logAt = (level: Level) => {
    if (LEVELS.indexOf(level) < lowest) return () => undefined;
    return (...args: unknown[]) => {
      const label = isTerminal(level) ? `${COLOURS[level]}${LABELS[level]}${RESET}` : LABELS[level];
      write(level, label, ...args);
    };
  };
  return { debug: logAt('debug'), info: logAt('info'), warn: logAt('warn'), error: logAt('error') };
}
