/**
 * The gateway's logger: pino, writing one JSON object per line (what log shippers parse), or
 * human-readable lines when the output is a terminal. Colour codes never reach a file or a pipe.
 */
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

export type { Logger } from 'pino';

import type { LogFormat, LogLevel } from './levels.js';

export type { LogFormat, LogLevel } from './levels.js';

export interface GatewayLoggerOptions {
  /** @default 'info' */
  level?: LogLevel;
  /** @default 'auto' */
  format?: LogFormat;
  /** Where lines go (tests pass a stream). @default stdout */
  destination?: DestinationStream;
}

export function createGatewayLogger(options: GatewayLoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  const pretty = options.format === 'pretty' || (options.format !== 'json' && options.destination === undefined && process.stdout.isTTY === true);
  const settings = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (pretty) {
    // Loaded only for a terminal: a production start (stdout is a pipe or a file) never pays for it.
    const build = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty').build;
    return pino(settings, build({ colorize: process.stdout.isTTY === true, destination: options.destination ?? 1, ignore: 'pid' }));
  }
  return pino(settings, options.destination ?? pino.destination({ dest: 1, sync: true }));
}

/**
 * Yoga's logger interface over pino. Yoga passes errors as objects (its masked, unexpected errors):
 * pino's `err` serializer keeps their type, message and stack as fields instead of a string blob.
 */
export function toYogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[level]({ err: first }, rest.map(String).join(' ') || first.message);
      else logger[level](args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
