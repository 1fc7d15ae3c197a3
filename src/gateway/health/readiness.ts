/**
 * Whether the gateway can serve: the upstream answers and accepts the token, and every other
 * dependency that registered a check (a shared Redis, when there is one) answers. Checked at most
 * once per interval however often load balancers ask — each check is an upstream call, and the
 * upstream's rate budget is shared with real traffic — and concurrent askers share one check.
 *
 * Reasons are short and fixed (a code, never the upstream's URL or message): /readiness is typically
 * reachable by whatever probes the gateway.
 */
import { CallScope, type IntercomClient } from '../../intercom/client.js';
import { UpstreamError } from '../../intercom/errors.js';

export interface ReadinessCheck {
  /** e.g. 'upstream', 'redis'. */
  name: string;
  /** Resolves when healthy; rejects with an Error whose message is a short, safe reason. */
  run(): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  /** The first failing check's reason, when not ready. */
  reason?: string;
  /** Each check's result: 'ok' or its reason. */
  checks: Record<string, string>;
  checkedAt: string;
}

export interface Readiness {
  /** The latest report, checking again when the last is older than the interval. */
  report(): Promise<ReadinessReport>;
  /** Add a dependency's check (e.g. Redis, when configured). */
  addCheck(check: ReadinessCheck): void;
  /** From now on: not ready, reason 'shutting down' (load balancers stop sending before we stop). */
  drain(): void;
}

export interface ReadinessOptions {
  checks: ReadinessCheck[];
  /** @default 10000 */
  intervalMs?: number;
  /** @default Date.now */
  now?: () => number;
}

export function createReadiness(options: ReadinessOptions): Readiness {
  const checks = [...options.checks];
  const intervalMs = options.intervalMs ?? 10_000;
  const now = options.now ?? Date.now;
  let last: { at: number; report: Promise<ReadinessReport> } | undefined;
  let draining = false;

  async function runAll(): Promise<ReadinessReport> {
    const results = await Promise.all(
      checks.map(async (check) => {
        try {
          await check.run();
          return [check.name, 'ok'] as const;
        } catch (error) {
          return [check.name, error instanceof Error ? error.message : 'failed'] as const;
        }
      }),
    );
    const failed = results.find(([, result]) => result !== 'ok');
    return {
      ready: failed === undefined,
      ...(failed ? { reason: `${failed[0]}: ${failed[1]}` } : {}),
      checks: Object.fromEntries(results),
      checkedAt: new Date(now()).toISOString(),
    };
  }

  return {
    report() {
      if (draining) return Promise.resolve({ ready: false, reason: 'shutting down', checks: {}, checkedAt: new Date(now()).toISOString() });
      const at = now();
      if (!last || at - last.at >= intervalMs) last = { at, report: runAll() };
      return last.report;
    },
    addCheck(check) {
      checks.push(check);
      last = undefined;
    },
    drain() {
      draining = true;
    },
  };
}

/** The upstream check: `GET /me` with a short deadline, its failure named by code. */
export function upstreamCheck(client: IntercomClient, timeoutMs = 3_000): ReadinessCheck {
  return {
    name: 'upstream',
    async run() {
      try {
        await client.withScope(new CallScope({ signal: AbortSignal.timeout(timeoutMs) })).getMe();
      } catch (error) {
        const code = error instanceof UpstreamError ? error.code : undefined;
        // A rate-limited token was accepted: the gateway is up, only busy. Taking every replica out of
        // the load balancer for a shared budget would turn "slow" into "down".
        if (code === 'RATE_LIMITED') return;
        throw new Error(REASONS[code ?? ''] ?? 'the upstream failed (UPSTREAM_ERROR)');
      }
    },
  };
}

const REASONS: Record<string, string> = {
  UNAUTHENTICATED: 'the upstream rejected the token (UNAUTHENTICATED)',
  FORBIDDEN: 'the upstream refused the token (FORBIDDEN)',
  UPSTREAM_UNAVAILABLE: 'the upstream is unreachable (UPSTREAM_UNAVAILABLE)',
};
