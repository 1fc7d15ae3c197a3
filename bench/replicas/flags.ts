/**
 * The flags of `npm run bench:replicas`, validated: every value is bounded, so a typo cannot start a
 * load of hours or a hundred processes on a shared machine.
 */
import { parseArgs } from 'node:util';

export const REPLICAS_USAGE = `Usage: npm run bench:replicas [-- flags]

  --quick            3,000 contacts, 3 s per configuration; results go to bench/results/replicas-quick.json
  --replicas LIST    replica counts to run, in order, comma-separated, each 1 to 8 (default 1,2,3)
  --seconds N        measured load per configuration, 1 to 600 s (default 20; --quick 3)
  --clients N        concurrent clients of the closed loop, 1 to 256 (default 8)
  --latency-ms N     the local API's injected latency, 0 to 1000 ms (default 20)
  --contacts N       contacts to seed, 100 to 200000 (default 10000; --quick 3000)
  -h, --help         show this help`;

export interface ReplicaSettings {
  quick: boolean;
  replicas: number[];
  contacts: number;
  clients: number;
  latencyMs: number;
  seconds: number;
  /** Before each measured load, a mixed load this long (after every replica answered every query once). */
  warmupSeconds: number;
  /** A second bound on the measured load besides its time. */
  maxRequests: number;
}

export type ParsedReplicaFlags = { kind: 'run'; settings: ReplicaSettings } | { kind: 'help' } | { kind: 'error'; message: string };

function wholeNumber(name: string, raw: string | undefined, min: number, max: number, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
  return value;
}

export function parseReplicaFlags(argv: readonly string[]): ParsedReplicaFlags {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        replicas: { type: 'string' },
        seconds: { type: 'string' },
        clients: { type: 'string' },
        'latency-ms': { type: 'string' },
        contacts: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) return { kind: 'help' };
    const quick = values.quick === true;
    const replicas = (values.replicas ?? '1,2,3').split(',').map((part) => wholeNumber('replicas', part, 1, 8, Number.NaN));
    if (replicas.length === 0 || replicas.length > 8) throw new Error(`--replicas takes 1 to 8 counts, got '${values.replicas}'`);
    return {
      kind: 'run',
      settings: {
        quick,
        replicas,
        contacts: wholeNumber('contacts', values.contacts, 100, 200_000, quick ? 3_000 : 10_000),
        clients: wholeNumber('clients', values.clients, 1, 256, 8),
        latencyMs: wholeNumber('latency-ms', values['latency-ms'], 0, 1_000, 20),
        seconds: wholeNumber('seconds', values.seconds, 1, 600, quick ? 3 : 20),
        warmupSeconds: quick ? 1 : 3,
        maxRequests: 1_000_000,
      },
    };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}
