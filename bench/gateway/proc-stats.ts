/**
 * CPU time and memory of a child process, read from Linux's /proc — the same way for every child
 * (compiled gateway, naive gateway, yoga-from-memory), so their figures compare.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** USER_HZ: /proc reports CPU time in these ticks. 100 on every Linux we run on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/** User + system CPU time the process has used so far, in ms (10 ms resolution). */
export function cpuMs(pid: number): number {
  return parseCpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) * (1000 / TICKS_PER_SECOND);
}

/**
 * utime + stime from a /proc/<pid>/stat line. The command name (field 2) is in parentheses and may
 * hold spaces, so fields are counted after the last ')': utime and stime are fields 14 and 15.
 */
export function parseCpuTicks(stat: string): number {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // afterName[0] is field 3 (state), so field n is afterName[n - 3].
  const utime = Number(afterName[14 - 3]);
  const stime = Number(afterName[15 - 3]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`unreadable /proc stat line: ${stat.slice(0, 80)}`);
  return utime + stime;
}

/** A `VmXxx:  1234 kB` line of /proc/<pid>/status, in MB. */
export function parseStatusMb(status: string, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc status`);
  return Number(match[1]) / 1024;
}

/** Peak resident memory (VmHWM) since start or since the last `resetPeakRss`, in MB. */
export function peakRssMb(pid: number): number {
  return parseStatusMb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM');
}

export function rssMb(pid: number): number {
  return parseStatusMb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
}

/**
 * Resets VmHWM to the current RSS (`echo 5 > /proc/<pid>/clear_refs`, Linux ≥ 4.0), so each
 * measurement's peak is its own and not the child's lifetime peak. Returns false when not allowed;
 * the peak then covers everything the child did before.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
