/**
 * What the pacing, replica and Redis-fault tests share: a mixed load of the benchmark's reference
 * queries and contact updates (each update names its own contact, so a write sent twice shows as
 * two PUTs to one path), sent over real HTTP to one or more gateways, and the checks of what the
 * upstream received and what the callers got.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { referenceQueries } from '../../bench/gateway/queries.js';
import type { LocalApi, ReceivedRequest } from '../../src/local-api/index.js';

export interface LoadResult {
  /** The HTTP status of the gateway's answer. */
  status: number;
  /** 'data': answered without errors; 'rate-limited': every error is RATE_LIMITED with retryAfter; 'other': anything else. */
  outcome: 'data' | 'rate-limited' | 'other';
  body: string;
}

const UPDATE_CONTACT = `mutation PacedUpdate($id: ID!, $name: String!) {
  updateContact(id: $id, input: { name: $name }) { __typename ... on UpdateContactPayload { contact { intercomId name } } }
}`;

export interface LoadItem {
  query: string;
  variables: Record<string, unknown>;
}

/** `count` operations cycling through the reference queries, every `writeEvery`-th one an update of a contact of its own. */
export function mixedLoad(api: LocalApi, count: number, writeEvery = 5): LoadItem[] {
  const queries = referenceQueries(api.db);
  // The schema's global ids: a user's or a lead's, by the contact's role.
  const contactIds = (api.db.prepare('SELECT id, role FROM contacts ORDER BY seq').all() as Array<{ id: string; role: string }>).map((row) =>
    encodeGlobalID(row.role === 'lead' ? 'Lead' : 'User', row.id),
  );
  const items: LoadItem[] = [];
  let writes = 0;
  for (let i = 0; i < count; i++) {
    if (i % writeEvery === writeEvery - 1 && writes < contactIds.length) {
      items.push({ query: UPDATE_CONTACT, variables: { id: contactIds[writes++]!, name: `Paced ${i}` } });
    } else {
      const query = queries[i % queries.length]!;
      items.push({ query: query.document, variables: query.variables });
    }
  }
  return items;
}

export async function send(graphqlUrl: string, item: LoadItem): Promise<LoadResult> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(item),
  });
  const body = await response.text();
  let outcome: LoadResult['outcome'] = 'other';
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ extensions?: { code?: unknown; retryAfter?: unknown } }> };
    if (!parsed.errors?.length && parsed.data) outcome = 'data';
    else if (
      parsed.errors?.length &&
      parsed.errors.every((error) => error.extensions?.code === 'RATE_LIMITED' && typeof error.extensions.retryAfter === 'number' && error.extensions.retryAfter > 0)
    ) {
      outcome = 'rate-limited';
    }
  } catch {
    // Not JSON: stays 'other'.
  }
  return { status: response.status, outcome, body };
}

/**
 * Sends `items` from `concurrency` workers, round-robin over `urls`, until all are sent or `untilMs`
 * (epoch) has passed, `pauseMs` between one worker's requests.
 */
export async function runLoad(
  urls: readonly string[],
  items: readonly LoadItem[],
  options: { concurrency: number; untilMs?: number; pauseMs?: number; onResult?: (result: LoadResult) => void },
): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  let next = 0;
  const worker = async (w: number) => {
    for (;;) {
      if (options.untilMs !== undefined && Date.now() >= options.untilMs) return;
      const index = next++;
      if (index >= items.length) return;
      const result = await send(urls[(index + w) % urls.length]!, items[index]!);
      results.push(result);
      options.onResult?.(result);
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  return results;
}

/** The most requests the upstream received in one of its windows (by arrival time; Intercom's are 10 s), rate-limited routes only. */
export function busiestWindow(received: readonly ReceivedRequest[], windowMs = 10_000): number {
  const perWindow = new Map<number, number>();
  for (const entry of received) {
    const window = Math.floor(entry.at / windowMs);
    perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
  }
  return Math.max(0, ...perWindow.values());
}

/** The writes (non-GET) the upstream received more than once at the same path. */
export function repeatedWrites(received: readonly ReceivedRequest[]): string[] {
  const seen = new Map<string, number>();
  for (const entry of received) {
    if (entry.method === 'GET' || entry.path.endsWith('/search') || entry.path === '/companies/list') continue;
    const key = `${entry.method} ${entry.path}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`);
}

/** Statuses the upstream answered, counted. */
export function statusCounts(received: readonly ReceivedRequest[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const entry of received) counts[entry.status ?? 0] = (counts[entry.status ?? 0] ?? 0) + 1;
  return counts;
}

/**
 * Open loop: starts `perSecond` operations a second (cycling through `items`) for `durationMs`,
 * whether or not earlier ones answered — as independent callers would — and waits for all answers.
 */
export async function runOpenLoop(
  urls: readonly string[],
  items: readonly LoadItem[],
  options: { perSecond: number; durationMs: number; onResult?: (result: LoadResult) => void },
): Promise<LoadResult[]> {
  const pending: Array<Promise<LoadResult>> = [];
  const started = Date.now();
  const interval = 1000 / options.perSecond;
  for (let i = 0; Date.now() - started < options.durationMs; i++) {
    const item = items[i % items.length]!;
    pending.push(
      send(urls[i % urls.length]!, item).then((result) => {
        options.onResult?.(result);
        return result;
      }),
    );
    const due = started + (i + 1) * interval;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return Promise.all(pending);
}
