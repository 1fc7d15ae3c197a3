/** Declared settings for the commands: declare (setting.ts), parse (parsers.ts), validate (read.ts), command line and help (command-line.ts). */
export * from './setting.js';
export * from './parsers.js';
export * from './read.js';
export * from './command-line.js';
