// The local grouping API from dist/ (the same code `grouping-gateway local-api` runs), keeping the
// record of every request it received, and answering "how many since N?" on a second port — so a
// benchmark counts upstream calls at the upstream's side, as the tests do, while the service runs in
// a process of its own (its CPU is not billed to the gateway, nor its event loop shared with the load).
// Plain JavaScript so it runs without a TypeScript loader, like the compiled gateway it serves.
//
// Usage: node counting-local-api.mjs DB_FILE TOKEN LATENCY_MS WORKERS
//   DB_FILE an already seeded SQLite file (served as is: --seed none), LATENCY_MS injected on every
//   response, WORKERS request threads; the rate limit is lifted so that it never binds.
// Prints "counting-local-api listening on http://127.0.0.1:PORT record http://127.0.0.1:PORT2" once
// both ports accept requests. GET /received?since=N on the record port answers
// {"count": total, "since": N, "calls": count - N, "statuses": {"200": k, ...},
//  "routes": {"GET /companies/:id": k, ...}} for the requests at or after N (path segments holding a
// digit shown as :id, so one route is one line).
import http from 'node:http';
import { startLocalApi } from '../../../dist/local-api/index.js';

const [file, token, latency, workers] = process.argv.slice(2);
if (!file || !token || !/^\d+$/.test(latency ?? '') || !/^\d+$/.test(workers ?? '')) {
  console.error('usage: node counting-local-api.mjs DB_FILE TOKEN LATENCY_MS WORKERS');
  process.exit(2);
}

const api = await startLocalApi({
  host: '127.0.0.1',
  port: 0,
  db: file,
  seed: 'none',
  tokens: [token],
  rateLimit: 100_000_000,
  workers: Number(workers),
  faults: { latencyMs: Number(latency) },
  recordRequests: true,
});

const record = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://record');
  const since = Number(url.searchParams.get('since') ?? '0');
  if (req.method !== 'GET' || url.pathname !== '/received' || !Number.isInteger(since) || since < 0) {
    res.writeHead(404).end();
    return;
  }
  const entries = api.received.since(since);
  const statuses = {};
  const routes = {};
  for (const entry of entries) {
    const key = String(entry.status ?? 'pending');
    statuses[key] = (statuses[key] ?? 0) + 1;
    const route = `${entry.method} ${entry.path.replace(/\/[^/]*\d[^/]*/g, '/:id')}`;
    routes[route] = (routes[route] ?? 0) + 1;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ count: api.received.count, since, calls: entries.length, statuses, routes }));
});
record.listen(0, '127.0.0.1', () => {
  console.log(`counting-local-api listening on ${api.url} record http://127.0.0.1:${record.address().port}`);
});

process.on('SIGTERM', () => {
  record.close();
  record.closeAllConnections();
  void api.close().finally(() => process.exit(0));
});
