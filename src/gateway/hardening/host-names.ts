/**
 * Which `Host` header values the gateway answers to. DNS rebinding works by pointing an attacker's
 * name at the gateway's address, so the browser sends that foreign name in `Host`: answering only to
 * names the operator listed (and to literal IP addresses, which no rebinding can produce, when the
 * gateway listens beyond loopback) defeats it.
 */
import { isIP } from 'node:net';

export interface HostPolicyOptions {
  /** The address the gateway listens on (`--host`). */
  listenHost: string;
  /**
   * Extra names clients use (`--allowed-host`): exact names, or `.example.com` for that domain and
   * every subdomain. Case does not matter; ports are ignored.
   */
  allowedHosts: readonly string[];
}

export interface HostPolicy {
  /** True when `host` (a Host header value, with or without a port) may be served. */
  allows(host: string): boolean;
  /** One line for the start banner. */
  describe(): string;
}

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '::ffff:127.0.0.1';
}

/** A Host header value without its port: `[::1]:4000` → `::1`, `Example.com:80` → `example.com`. */
export function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') < 0 ? undefined : value.indexOf(']'));
  const colon = value.indexOf(':');
  // More than one colon without brackets is a bare IPv6 address, which has no port.
  return colon >= 0 && value.indexOf(':', colon + 1) < 0 ? value.slice(0, colon) : value;
}

/** A valid `--allowed-host` entry: a DNS name or `.domain`, or an IP address. */
export function isValidAllowedHost(entry: string): boolean {
  const name = entry.startsWith('.') ? entry.slice(1) : entry;
  if (isIP(name.replace(/^\[|\]$/g, '')) !== 0) return !entry.startsWith('.');
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(name);
}

export function createHostPolicy(options: HostPolicyOptions): HostPolicy {
  const loopbackOnly = isLoopback(options.listenHost);
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const entry of options.allowedHosts) {
    const name = entry.trim().toLowerCase().replace(/^\[|\]$/g, '');
    if (name.startsWith('.')) suffixes.push(name);
    else exact.add(name);
  }
  return {
    allows(host) {
      const name = hostName(host);
      if (name === '') return false;
      if (exact.has(name) || suffixes.some((suffix) => name.endsWith(suffix) || name === suffix.slice(1))) return true;
      if (isLoopback(name)) return true;
      // Beyond loopback, clients may use any of the machine's addresses; an IP literal cannot be a rebinding.
      return !loopbackOnly && isIP(name) !== 0;
    },
    describe() {
      const listed = options.allowedHosts.length > 0 ? options.allowedHosts.join(', ') : undefined;
      if (loopbackOnly) return `loopback names${listed ? ` and ${listed}` : ''}`;
      return `${listed ?? 'no names (set --allowed-host)'}, IP addresses and loopback names`;
    },
  };
}
