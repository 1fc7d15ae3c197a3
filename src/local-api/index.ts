/**
 * The local grouping API: an Intercom-compatible REST service over SQLite. This file is its only
 * public entry; the gateway and the CLI import nothing else from this folder.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type Db } from './db/open.js';
import { createRequestListener } from './http/server.js';
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
  /** The underlying store, for tests and benchmarks that need to inspect or bulk-load it. */
  db: Db;
  close(): Promise<void>;
}

/** Starts the service; options that fail validation throw a `SettingsError` naming each one. */
export async function startLocalApi(input: LocalApiOptionsInput = {}): Promise<LocalApi> {
  const options = parseLocalApiOptions(input);
  const now = () => Math.floor(options.clock() / 1000);
  const db = openDatabase(options.db);
  try {
    // Only whether there is any contact: counting a million-row store at every start is wasted work.
    const empty = db.prepare('SELECT 1 FROM contacts LIMIT 1').get() === undefined;
    if (empty && options.seed !== 'none') seedDatabase(db, options.seed, { progress: options.progress, now: now() });
    if (options.segmentsFile) loadSegmentsFile(db, options.segmentsFile, now());
  } catch (error) {
    db.close();
    throw error;
  }

  const service: ServiceContext = {
    db,
    options,
    baseUrl: '',
    scrolls: new ScrollRegistry(now),
    now,
  };
  const received = options.recordRequests ? new ReceivedRequests() : undefined;
  const server = http.createServer(createRequestListener(allRoutes, service, received));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
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
      }).finally(() => db.close());
      return closed;
    },
  };
}
