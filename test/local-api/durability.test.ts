import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonHeaders, startCli } from './cli-child.js';

const dir = mkdtempSync(join(tmpdir(), 'local-api-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOKEN = 'durable';
const CONCURRENCY = 24;
const MAX_WRITES = 4_000; // bound on the whole run, in case the kill never lands
const KILL_AFTER_ACKS = 400;

interface Ack {
  kind: 'tag' | 'contact';
  id: string;
  name: string;
}

/**
 * Sends writes from CONCURRENCY workers, alternating 1.x POST /tags and 2.11 POST /contacts, and
 * records every one answered 200. After KILL_AFTER_ACKS acknowledgements it SIGKILLs the service
 * while the other writes are still in flight.
 */
async function writeUntilKilled(url: string, kill: () => void) {
  const acked: Ack[] = [];
  let sent = 0;
  let failedInFlight = 0;
  let killed = false;
  const worker = async () => {
    while (sent < MAX_WRITES) {
      const n = sent++;
      const isTag = n % 2 === 0;
      const name = `durable-${n}`;
      try {
        const res = await fetch(`${url}/${isTag ? 'tags' : 'contacts'}`, {
          method: 'POST',
          headers: jsonHeaders(TOKEN, { 'content-type': 'application/json', ...(isTag ? {} : { 'intercom-version': '2.11' }) }),
          body: JSON.stringify(isTag ? { name } : { role: 'user', external_id: name, email: `${name}@example.com` }),
        });
        const body = (await res.json()) as { id: string };
        if (res.status === 200) acked.push({ kind: isTag ? 'tag' : 'contact', id: body.id, name });
        else throw new Error(`write ${n} answered ${res.status}: ${JSON.stringify(body)}`);
      } catch (error) {
        if (!killed) throw error;
        failedInFlight += 1; // the process died under this request: not acknowledged, not promised
        return;
      }
      if (!killed && acked.length >= KILL_AFTER_ACKS) {
        killed = true;
        kill();
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { acked, failedInFlight, killed };
}

describe('durability', () => {
  // With several workers the writes still go through one connection, and reads through others.
  it.each([1, 2])('keeps every acknowledged write when the process is SIGKILLed mid-stream, with --workers %i', async (workers) => {
    const file = join(dir, `store-${workers}.db`);
    const args = ['--db', file, '--seed', 'demo', '--token', TOKEN, '--rate-limit', '60000000', '--workers', String(workers)];
    const first = await startCli(args);
    const { acked, failedInFlight, killed } = await writeUntilKilled(first.url, () => process.kill(first.child.pid!, 'SIGKILL'));
    expect(await first.exited).toBe('SIGKILL');
    expect(killed).toBe(true);
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    // The kill landed while writes were in flight, so some were never answered.
    expect(failedInFlight).toBeGreaterThan(0);

    const second = await startCli(args);
    try {
      const tags = (await (await fetch(`${second.url}/tags`, { headers: jsonHeaders(TOKEN) })).json()) as { tags: { id: string; name: string }[] };
      const tagNames = new Map(tags.tags.map((t) => [t.id, t.name]));
      const missing: Ack[] = [];
      for (const ack of acked.filter((a) => a.kind === 'tag')) if (tagNames.get(ack.id) !== ack.name) missing.push(ack);
      for (const ack of acked.filter((a) => a.kind === 'contact')) {
        const res = await fetch(`${second.url}/contacts/${ack.id}`, { headers: jsonHeaders(TOKEN, { 'intercom-version': '2.11' }) });
        const body = (await res.json()) as { external_id?: string };
        if (res.status !== 200 || body.external_id !== ack.name) missing.push(ack);
      }
      expect(missing).toEqual([]);
      // The demo data written before the writes is intact too.
      expect([...tagNames.values()]).toContain('value_lead');
    } finally {
      process.kill(second.child.pid!, 'SIGTERM');
    }
    expect(await second.exited).toBe(0);

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 120_000);
});
