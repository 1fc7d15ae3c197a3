/**
 * The local grouping API: an Intercom-compatible REST service over SQLite. This file is its only
 * public entry; the gateway and the CLI import nothing else from this folder.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type Db } from './db/open.js';
import { createRequestListener, type ExecuteHandler } from './http/server.js';
import { runHandler } from './http/run-handler.js';
import { scratchStore } from './db/scratch.js';
import { WorkerPool } from './workers/pool.js';
import { ScrollRegistry } from './http/scrolls.js';
import { ReceivedRequests } from './http/received.js';
import type { ServiceContext } from './http/route.js';
import { allRoutes } from './routes/index.js';
import { parseLocalApiOptions, type LocalApiOptionsInput } from './options.js';
import { seedDatabase } from './seed/index.js';
import { loadSegmentsFile } from './segments-file.js';

export type { ReceivedRequest, ReceivedRequests } from './http/received.js';
export {
  LOCAL_API_SETTINGS,
  parseLocalApiOptions,
  type LocalApiOptionsInput,
  type LocalApiOptions,
} from './options.js';
export { FAULT_KINDS, type FaultKind } from './http/faults.js';

export interface LocalApi {
  /** Base URL, e.g. http://127.0.0.1:4010 (no trailing slash). */
  url: string;
  /** The first accepted token, for callers that did not choose one. */
  token: string;
  /** Every request received, when started with `recordRequests: true` (else undefined). */
  received: ReceivedRequests | undefined;
  /**
   * The underlying store, for tests and benchmarks that need to inspect or bulk-load it: the main
   * thread's own connection (with several workers, to the same file; its commits reach them at once).
   */
  db: Db;
  close(): Promise<void>;
}

/** Starts the service; options that fail validation throw a `SettingsError` naming each one. */
export async function startLocalApi(input: LocalApiOptionsInput = {}): Promise<LocalApi> {
  const options = parseLocalApiOptions(input);
  const now = () => Math.floor(options.clock() / 1000);
  // Workers share the store through a file; ':memory:' would give each its own empty database.
  const scratch = options.workers > 1 && options.db === ':memory:' ? scratchStore() : undefined;
  const file = scratch?.file ?? options.db;
  const db = openDatabase(file, { durable: !scratch });
  let pool: WorkerPool | undefined;
  const release = async () => {
    await pool?.close();
    db.close();
    scratch?.remove();
  };
  try {
    // Only whether there is any contact: counting a million-row store at every start is wasted work.
    const empty = db.prepare('SELECT 1 FROM contacts LIMIT 1').get() === undefined;
    if (empty && options.seed !== 'none') seedDatabase(db, options.seed, { progress: options.progress, now: now() });
    if (options.segmentsFile) loadSegmentsFile(db, options.segmentsFile, now());
    // Started after seeding, so every worker opens a complete store.
    if (options.workers > 1) pool = await WorkerPool.start(options.workers, { file, durable: !scratch });
  } catch (error) {
    await release();
    throw error;
  }

  // With one worker the main thread runs the handlers on its own connection, as it always did.
  const service: ServiceContext = {
    db,
    baseUrl: '',
    scrolls: new ScrollRegistry(now),
    now,
  };
  const execute: ExecuteHandler = pool
    ? (route, job) => pool!.run(route, job, options.clock(), service.baseUrl)
    : async (route, job) => runHandler(route, job, service);
  const received = options.recordRequests ? new ReceivedRequests() : undefined;
  const server = http.createServer(createRequestListener(allRoutes, options, execute, received));
  server.keepAliveTimeout = 5_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await release();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  service.baseUrl = options.publicUrl?.replace(/\/$/, '') ?? url;

  let closed: Promise<void> | undefined;
  return {
    url,
    token: options.tokens[0]!,
    received,
    db,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }).finally(release);
      return closed;
    },
  };
}
