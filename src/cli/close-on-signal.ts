/**
 * Graceful shutdown for a long-running command: the first SIGINT/SIGTERM closes cleanly (the process
 * then exits on its own, status 0); a second one means "now" and exits without waiting for open
 * connections. Shared by every command that serves.
 *
 * A repeat within `SAME_SIGNAL_MS` counts as the same request: Ctrl-C in a terminal reaches the whole
 * process group, so under `npm start` the process gets the terminal's SIGINT and npm's forwarded copy.
 */
const SAME_SIGNAL_MS = 1_000;

export function closeOnSignal(name: string, close: () => Promise<void>): void {
  let firstAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstAt !== undefined) {
      if (Date.now() - firstAt < SAME_SIGNAL_MS) return;
      process.exit(130);
    }
    firstAt = Date.now();
    console.log(`${name}: ${signal} received, closing`);
    close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        console.error(`${name}: error while closing`, error);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
