/**
 * The worker pool on its own: real threads on a real file, without the HTTP server in front.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/local-api/db/open.js';
import { scratchStore } from '../../src/local-api/db/scratch.js';
import type { HandlerJob } from '../../src/local-api/http/run-handler.js';
import type { Route } from '../../src/local-api/http/route.js';
import { allRoutes } from '../../src/local-api/routes/index.js';
import { seedDatabase } from '../../src/local-api/seed/index.js';
import { WorkerPool } from '../../src/local-api/workers/pool.js';

const store = scratchStore();
const listTags = allRoutes.find((r) => r.method === 'GET' && r.path === '/tags')!;
const job = (route: Route, query = ''): HandlerJob => ({
  method: route.method,
  path: route.path,
  params: {},
  query,
  body: undefined,
  version: '2.11',
  dialect: 'v2',
  token: 't',
});

let pool: WorkerPool;
beforeAll(async () => {
  const db = openDatabase(store.file, { durable: false });
  seedDatabase(db, 'demo', { progress: false, now: 1_800_000_000 });
  db.close();
  pool = await WorkerPool.start(2, { file: store.file, durable: false });
});
afterAll(async () => {
  await pool?.close();
  store.remove();
});

describe('WorkerPool', () => {
  it('answers with the status, headers and JSON text the handler produced', async () => {
    const result = await pool.run(listTags, job(listTags), Date.now(), 'http://local');
    expect(result.status).toBe(200);
    expect(JSON.parse(result.text!)).toMatchObject({ type: 'list', data: expect.any(Array) });
  });

  it('rejects when a worker cannot run the job, and keeps serving', async () => {
    const unknown: Route = { ...listTags, path: '/no-such-route' };
    await expect(pool.run(unknown, job(unknown), Date.now(), 'http://local')).rejects.toThrow(/local-api worker \d: Error: no route GET any \/no-such-route/);
    expect((await pool.run(listTags, job(listTags), Date.now(), 'http://local')).status).toBe(200);
  });
});
