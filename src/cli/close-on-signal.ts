/**
 * Graceful shutdown for a long-running command: the first SIGINT/SIGTERM closes cleanly (the process
 * then exits on its own, status 0); a second one means "now" and exits without waiting for open
 * connections. Shared by every command that serves.
 */

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
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(130);
    closing = true;
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
