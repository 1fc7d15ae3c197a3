/** Test support: a command's output and exit status, recorded in-process instead of a child's pipes. */
import type { CommandOutput } from '../src/cli/read-settings.js';

export interface RecordedOutput extends CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  /** undefined until the command sets one (a command that runs sets none). */
  readonly status: number | undefined;
}

export function recordOutput(): RecordedOutput {
  let stdout = '';
  let stderr = '';
  let status: number | undefined;
  return {
    out: (text) => void (stdout += `${text}\n`),
    error: (text) => void (stderr += `${text}\n`),
    exit: (code) => void (status = code),
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    get status() {
      return status;
    },
  };
}
