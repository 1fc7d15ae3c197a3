import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, versionInvalid } from './errors.js';
import { authenticate } from './auth.js';
import { RateLimiter } from './rate-limit.js';
import { dialectOf, resolveVersion } from './version.js';
import { Router } from './router.js';
import { FaultInjector, WRONG_SHAPE_BODY, type FaultPlan } from './faults.js';
import type { Route } from './route.js';
import type { LocalApiOptions } from '../options.js';
import type { ReceivedRequests } from './received.js';
import { errorResult, type HandlerJob, type HandlerResult } from './run-handler.js';

const MAX_BODY_BYTES = 1024 * 1024;

type Outgoing = HandlerResult;

/**
 * Runs a routed request's handler: in this thread (the default), or on a worker thread with its own
 * connection (workers/pool.ts). Either way the answer comes back as a promise.
 */
export type ExecuteHandler = (route: Route, job: HandlerJob) => Promise<HandlerResult>;

/**
 * The request pipeline: faults (when asked) → version → auth → rate limit → Accept → route → body →
 * handler, run by `execute` in one transaction (http/run-handler.ts) → JSON. Everything before the
 * handler, and all of its state, stays in this thread whatever runs the handlers. Every failure on
 * the way is an `error.list` envelope; nothing a client sends can take the process down.
 */
export function createRequestListener(
  routes: readonly Route[],
  options: LocalApiOptions,
  execute: ExecuteHandler,
  received?: ReceivedRequests,
): http.RequestListener {
  const router = new Router(routes);
  const limiter = new RateLimiter(options.rateLimit, options.rateWindowSeconds);
  const appTokens = new Set(options.tokens);
  const adminTokens = new Set(options.adminToken ? [options.adminToken] : []);
  const faults = options.faults ? new FaultInjector(options.faults) : undefined;

  return (req, res) => {
    received?.record(req, res);
    const plan: FaultPlan = faults?.plan() ?? { delayMs: 0, fault: null };
    handle(req, plan)
      .then((out) => deliver(res, out, plan))
      .catch((error: unknown) => {
        // A client that hung up mid-request has no one to answer; that is not our failure. (Not
        // `req.destroyed`: reading the body to its end destroys the request stream too.)
        if (res.destroyed || !res.socket || res.socket.destroyed) return;
        // Only a bug reaches here; answer it as Intercom would and keep serving.
        console.error('local-api: unexpected error', error);
        deliver(res, serverError(), plan);
      });
  };

  async function handle(req: http.IncomingMessage, plan: FaultPlan): Promise<Outgoing> {
    const rateHeaders: Record<string, string> = {};
    try {
      if (plan.delayMs > 0) await sleep(plan.delayMs);
      if (plan.fault === '5xx') return errorResult(new ApiError(503, 'service_unavailable', 'Service Unavailable (injected)'));
      if (plan.fault === 'shape') return { status: 200, headers: {}, text: JSON.stringify(WRONG_SHAPE_BODY) };
      if (plan.fault === '429') {
        // As a real 429: the window's allowance, nothing left, and when the window resets.
        const headers = RateLimiter.headers(limiter.exhausted(options.clock()));
        return errorResult(new ApiError(429, 'rate_limit_exceeded', 'Exceeded rate limit (injected)', undefined, headers));
      }

      const url = new URL(req.url ?? '/', 'http://local');
      const method = req.method ?? 'GET';
      const version = resolveVersion(header(req, 'intercom-version'), options.defaultVersion);
      const dialect = dialectOf(version);
      const match = router.match(method, url.pathname, dialect);
      const isAdmin = match.kind === 'found' && match.route.auth === 'admin';

      const token = authenticate(header(req, 'authorization'), isAdmin ? adminTokens : appTokens);
      if (!isAdmin) {
        const state = limiter.take(token, options.clock());
        Object.assign(rateHeaders, RateLimiter.headers(state));
        if (!state.allowed) {
          throw new ApiError(429, 'rate_limit_exceeded', `Exceeded rate limit of ${state.limit} in ${limiter.windowSeconds}_seconds`);
        }
      }
      if (!acceptsJson(header(req, 'accept'))) {
        throw new ApiError(406, 'not_acceptable', 'The Accept header must allow application/json');
      }

      if (match.kind === 'wrong-dialect') throw versionInvalid();
      if (match.kind !== 'found') throw new ApiError(404, 'not_found', 'Resource Not Found');

      const body = await readJsonBody(req);
      const job: HandlerJob = { method, path: url.pathname, params: match.params, query: url.search.slice(1), body, version, dialect, token };
      const reply = await execute(match.route, job);
      return { ...reply, headers: { ...rateHeaders, ...reply.headers } };
    } catch (error) {
      if (error instanceof ApiError) {
        const out = errorResult(error);
        Object.assign(out.headers, rateHeaders);
        return out;
      }
      throw error;
    }
  }
}

function serverError(): Outgoing {
  return errorResult(new ApiError(500, 'server_error', 'Request failed due to an internal error'));
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A missing or incompatible Accept gets 406, as Intercom documents. */
function acceptsJson(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase())
    .some((type) => type === 'application/json' || type === 'application/*' || type === '*/*' || type.endsWith('+json'));
}

async function readJsonBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, 'request_too_large', 'Request body is larger than 1 MiB');
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  const type = header(req, 'content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Request bodies must be sent as Content-Type: application/json');
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'parameter_invalid', 'Request body is not valid JSON');
  }
}

function deliver(res: http.ServerResponse, out: Outgoing, plan: FaultPlan): void {
  if (plan.fault === 'reset') {
    // A TCP RST, as a dropped connection looks to the client (ECONNRESET), not a polite FIN.
    res.socket?.resetAndDestroy();
    return;
  }
  let text = out.text ?? '';
  if (plan.fault === 'malformed') text = text.slice(0, Math.max(1, Math.floor(text.length / 2))) + '<!-- not json';
  const headers: Record<string, string | number> = {
    ...out.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-request-id': randomUUID(),
  };
  res.writeHead(out.status, headers);
  if (plan.fault === 'truncated') {
    // Promise the whole body, send half, then hang up: the client sees a premature close.
    // Destroy only once the half is flushed, or the client would see a reset instead of a short body.
    res.write(text.slice(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
    return;
  }
  res.end(text);
}
