/**
 * Graceful shutdown for a long-running command: the first SIGINT/SIGTERM closes cleanly (the process
 * then exits on its own, status 0); a second one means "now" and exits without waiting for open
 * connections. Shared by every command that serves.
 */
export function closeOnSignal(name: string, close: () => Promise<void>): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(130);
    closing = true;
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
