/**
 * Whether a listen address only reaches this machine. Auth `none` is allowed only there: the
 * anonymous caller may do everything, so it must not be reachable from anywhere else.
 */
import { isIP } from 'node:net';

export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) {
    const lower = host.toLowerCase();
    // ::1, and IPv4-mapped loopback (::ffff:127.x.y.z).
    return lower === '::1' || lower === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(lower);
  }
  return false;
}
