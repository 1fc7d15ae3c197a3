/**
 * One worker thread of the local API: its own SQLite connection to the shared file, and the route
 * table. It runs the handlers of the jobs the pool sends, one at a time (better-sqlite3 is synchronous),
 * and answers each with JSON text, so the main thread only moves bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, openReader } from '../db/open.js';
import type { ServiceContext } from '../http/route.js';
import { routeKey, runHandler } from '../http/run-handler.js';
import { ScrollRegistry } from '../http/scrolls.js';
import { allRoutes } from '../routes/index.js';
import type { PoolMessage, WorkerMessage, WorkerSetup } from './protocol.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const routes = new Map(allRoutes.map((route) => [routeKey(route), route]));

// The main thread owns the clock (a test may have injected one); each job carries its reading.
let jobNowMs = 0;
const now = () => Math.floor(jobNowMs / 1000);
const service: ServiceContext = {
  db: setup.writer ? openDatabase(setup.file, { durable: setup.durable }) : openReader(setup.file),
  baseUrl: '',
  // Only the writer is sent pinned routes (scrolls), so this registry is the only one in use.
  scrolls: new ScrollRegistry(now),
  now,
};

const send = (message: WorkerMessage) => port.postMessage(message);

port.on('message', (message: PoolMessage) => {
  if (message.kind === 'close') {
    service.db.close();
    port.close();
    return;
  }
  const { id, job } = message;
  jobNowMs = message.nowMs;
  service.baseUrl = message.baseUrl;
  try {
    const route = routes.get(message.route);
    if (!route) throw new Error(`no route ${message.route} in this worker`);
    send({ kind: 'result', id, result: runHandler(route, job, service) });
  } catch (error) {
    send({ kind: 'failed', id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

send({ kind: 'ready' });
