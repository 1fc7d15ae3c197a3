/**
 * Graceful shutdown for a long-running command: the first SIGINT/SIGTERM closes cleanly (the process
 * then exits on its own, status 0); a second one means "now" and exits without waiting for open
 * connections. Shared by every command that serves.
 *
 * A repeat within `SAME_SIGNAL_MS` counts as the same request: Ctrl-C in a terminal reaches the whole
 * process group, so under `npm start` the process gets the terminal's SIGINT and npm's forwarded copy.
 */
const SAME_SIGNAL_MS = 1_000;

/** Where the shutdown messages go: the console by default, the command's logger when it has one. */
export interface ShutdownLog {
  info(message: string): void;
  error(message: string, error: unknown): void;
}

const consoleLog: ShutdownLog = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error),
};

export function closeOnSignal(name: string, close: () => Promise<void>, log: ShutdownLog = consoleLog): void {
  let firstAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstAt !== undefined) {
      if (Date.now() - firstAt < SAME_SIGNAL_MS) return;
      process.exit(130);
    }
    firstAt = Date.now();
    log.info(`${name}: ${signal} received, closing`);
    close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        log.error(`${name}: error while closing`, error);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
