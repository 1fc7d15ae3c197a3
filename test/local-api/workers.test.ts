/**
 * The local API with several worker threads (`workers: 2`): handlers run in parallel on their own
 * connections, while everything with state — rate limit, fault dice, recording, clock, scrolls, the
 * remembered counts — behaves as it does with one.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLocalApiArgs } from '../../src/cli/local-api.js';
import { parseLocalApiOptions, startLocalApi, type LocalApi } from '../../src/local-api/index.js';
import { createContact } from '../../src/local-api/store/contacts.js';

const TOKEN = 'workers';
const V2 = { 'intercom-version': '2.11' };

function client(api: LocalApi, token = TOKEN) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as any) : undefined };
  };
  return {
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) => call('POST', path, body, headers),
  };
}

/** Contacts whose external_id starts with `prefix`, with the exact total_count (remembered between writes). */
const searchByPrefix = (prefix: string) => ({
  query: { field: 'external_id', operator: '^', value: prefix },
  pagination: { per_page: 5 },
});

describe('local API with two workers', () => {
  // The service's clock, fixed so the rate-limit window and timestamps are known.
  const CLOCK = Date.UTC(2031, 4, 6, 7, 8, 1);
  let api: LocalApi;
  let c: ReturnType<typeof client>;
  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', workers: 2, tokens: [TOKEN], recordRequests: true, clock: () => CLOCK });
    c = client(api);
  });
  afterAll(() => api?.close());

  it('answers a read on another worker while the writer is stuck behind a lock', async () => {
    // The main thread's own connection takes the write lock, so the writer worker's next write waits
    // in SQLite's busy handler. A read answered meanwhile was served by a different thread.
    api.db.exec('BEGIN IMMEDIATE');
    let writeSettled = false;
    const write = c.post('/contacts', { role: 'user', external_id: 'blocked-write' }, V2).finally(() => (writeSettled = true));
    try {
      // Give the write time to reach the writer before the reads are sent.
      await new Promise((resolve) => setTimeout(resolve, 100));
      // One at a time: each goes to the least busy worker, which is the reader while the writer waits.
      for (const path of ['/tags', '/segments', '/tags']) expect((await c.get(path)).status).toBe(200);
      expect((await c.get('/contacts?per_page=5', V2)).status).toBe(200);
      expect(writeSettled).toBe(false);
    } finally {
      api.db.exec('COMMIT');
    }
    expect((await write).status).toBe(200);
  });

  it('shows a write made through the writer to the next read on every worker', async () => {
    const created = await c.post('/contacts', { role: 'user', external_id: 'seen-everywhere', email: 'seen@example.com' }, V2);
    expect(created.status).toBe(200);
    // Reads with nothing in flight take the workers in turn, so four in a row visit both twice.
    for (let i = 0; i < 4; i++) {
      const read = await c.get(`/contacts/${created.body.id}`, V2);
      expect(read.status).toBe(200);
      expect(read.body.email).toBe('seen@example.com');
    }
  });

  it('forgets a remembered total_count on every worker when one write lands', async () => {
    const counts = async () => {
      const seen: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await c.post('/contacts/search', searchByPrefix('count-'), V2);
        expect(res.status).toBe(200);
        seen.push(res.body.total_count);
      }
      return seen;
    };
    await c.post('/contacts', { role: 'user', external_id: 'count-1' }, V2);
    // Both workers now remember the count.
    expect(await counts()).toEqual([1, 1, 1, 1]);
    await c.post('/contacts', { role: 'user', external_id: 'count-2' }, V2);
    expect(await counts()).toEqual([2, 2, 2, 2]);
    // A write through the main thread's own connection (as a test's bulk load does) counts too.
    createContact(api.db, { role: 'user', external_id: 'count-3' }, Math.floor(CLOCK / 1000));
    expect(await counts()).toEqual([3, 3, 3, 3]);
  });

  it('stamps writes with the injected clock, not the worker thread’s own', async () => {
    const created = await c.post('/contacts', { role: 'user', external_id: 'clocked' }, V2);
    expect(created.body.created_at).toBe(Math.floor(CLOCK / 1000));
  });

  it('keeps one open scroll per kind across workers, and its position', async () => {
    const first = await c.get('/users/scroll', { 'intercom-version': '1.4' });
    expect(first.status).toBe(200);
    // Refused whichever worker would take it: the scroll lives on the writer, and scrolls run there.
    for (let i = 0; i < 2; i++) expect((await c.get('/users/scroll', { 'intercom-version': '1.4' })).status).toBe(400);
    let param: string = first.body.scroll_param;
    const ids = new Set<string>(first.body.users.map((u: any) => u.id));
    for (let round = 0; round < 20; round++) {
      const next = await c.get(`/users/scroll?scroll_param=${param}`, { 'intercom-version': '1.4' });
      expect(next.status).toBe(200);
      if (next.body.users.length === 0) break;
      for (const user of next.body.users) {
        expect(ids.has(user.id)).toBe(false);
        ids.add(user.id);
      }
      param = next.body.scroll_param;
    }
    const users = api.db.prepare("SELECT COUNT(*) FROM contacts WHERE role = 'user'").pluck().get() as number;
    expect(ids.size).toBe(users);
  });

  it('records every request in the process that started it', async () => {
    const mark = api.received!.count;
    await Promise.all(Array.from({ length: 12 }, (_, i) => c.get(`/tags?n=${i}`)));
    const seen = api.received!.since(mark).map((r) => r.query);
    expect(seen.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `n=${i}`).sort());
  });

  it('uses a scratch file for :memory:, shared by the workers and removed on close', async () => {
    const scratch = await startLocalApi({ port: 0, seed: 'none', workers: 2, tokens: [TOKEN] });
    const folder = dirname(scratch.db.name);
    expect(existsSync(scratch.db.name)).toBe(true);
    const s = client(scratch);
    expect((await s.post('/tags', { name: 'shared' })).status).toBe(200);
    const names = await Promise.all([s.get('/tags'), s.get('/tags')]);
    for (const res of names) expect(res.body.tags.map((t: any) => t.name)).toEqual(['shared']);
    await scratch.close();
    expect(existsSync(folder)).toBe(false);
  });
});

describe('state that stays global with two workers', () => {
  it('spends one rate-limit budget per token, whichever worker answers', async () => {
    const clock = Date.UTC(2031, 0, 1, 0, 0, 1);
    // 60 a minute: 10 per 10-second window.
    const api = await startLocalApi({ port: 0, seed: 'none', workers: 2, tokens: [TOKEN], rateLimit: 60, clock: () => clock });
    try {
      const c = client(api);
      const statuses = (await Promise.all(Array.from({ length: 16 }, () => c.get('/tags')))).map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    } finally {
      await api.close();
    }
  });

  it('rolls the same fault dice as one worker: the n-th request gets the n-th fault', async () => {
    const faults = { rate: 0.5, kinds: ['5xx', '429'] as ('5xx' | '429')[], seed: 7 };
    const statusesWith = async (workers: number) => {
      const api = await startLocalApi({ port: 0, seed: 'none', workers, tokens: [TOKEN], faults });
      try {
        const c = client(api);
        const statuses: number[] = [];
        for (let i = 0; i < 20; i++) statuses.push((await c.get('/tags')).status);
        return statuses;
      } finally {
        await api.close();
      }
    };
    const one = await statusesWith(1);
    expect(new Set(one)).toEqual(new Set([200, 503, 429]));
    expect(await statusesWith(2)).toEqual(one);
  });
});

describe('the workers setting', () => {
  it('defaults to 1 and refuses anything but a whole number from 1 to 16, naming the option', () => {
    expect(parseLocalApiOptions({}).workers).toBe(1);
    expect(parseLocalApiOptions({ workers: '4' }).workers).toBe(4);
    expect(() => parseLocalApiOptions({ workers: 0 })).toThrow(/workers must be a whole number from 1 to 16, got '0'/);
    expect(() => parseLocalApiOptions({ workers: 'two' as never })).toThrow(/workers/);
  });

  it('is the --workers flag and LOCAL_API_WORKERS of the local-api command', () => {
    const quiet = { out: () => {}, error: () => {}, exit: () => {} };
    expect(parseLocalApiArgs(['--workers', '3'], {}, quiet)?.workers).toBe(3);
    expect(parseLocalApiArgs([], { LOCAL_API_WORKERS: '2' }, quiet)?.workers).toBe(2);
    const errors: string[] = [];
    expect(parseLocalApiArgs(['--workers', '17'], {}, { ...quiet, error: (line: string) => errors.push(line) })).toBeUndefined();
    expect(errors.join('\n')).toMatch(/--workers must be a whole number from 1 to 16, got '17'/);
  });
});
