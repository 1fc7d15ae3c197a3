/**
 * Fuzz: 10,000 generated hostile requests against the real gateway over HTTP, in front of a local API
 * that records what it receives. Every request is invalid by construction — random bytes, cut JSON,
 * deep nesting, huge strings, wrong types, unknown fields, wrong content types and methods, bad
 * document ids, bad variables, syntax soup — so none may reach the upstream, none may get a 5xx, and
 * the gateway must answer normally afterwards. The seed is fixed: a failure names its request number
 * and is replayed by running the file again.
 */
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHardened, type HardenedGateway } from './hardening-harness.js';

const REQUESTS = 10_000;
const CONCURRENCY = 16;
const SEED = 0x8badf00d;
/** How many kinds of hostile request `generate` makes, in turn. */
const KINDS = 16;

interface HostileRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

const VALID_QUERIES = [
  '{ tags { id name } }',
  'query Users($first: Int) { users(first: $first) { edges { node { id email } } } }',
  'query Node($id: ID!) { node(id: $id) { id } }',
  'mutation Create($name: String!) { createTag(name: $name) { __typename } }',
  'query Filter($email: String) { contacts(filter: { email: $email }) { totalCount } }',
];
const TOKENS = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '...', '!', '=', 'query', 'mutation', 'subscription', 'fragment', 'on', 'tags', 'users', 'first', '"', '"""', '#', '1e999', '-0', 'null', 'true', '\\u0000', '💥', '__schema', '__type'];
const CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/html', 'application/json-patch+json', 'application/jsonx', 'application/json, text/plain', ''];
const WRONG_TYPES: unknown[] = [0, -1, 1.5, true, false, null, [], [1], {}, { a: 1 }, 'x', '', [[[]]], 1e308];

function generate(rng: ReturnType<typeof random>, index: number): HostileRequest {
  const json = (body: unknown): HostileRequest => ({
    kind: '',
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: rng.pick(['application/json', 'application/graphql-response+json', '*/*']) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const query = rng.pick(VALID_QUERIES);
  const kinds: Array<[string, () => HostileRequest]> = [
    ['random-bytes', () => json(Buffer.from(Array.from({ length: 1 + rng.int(2_000) }, () => rng.int(256))) as unknown as string)],
    ['cut-json', () => {
      const whole = JSON.stringify({ query, variables: { first: 3, id: 'user:1', name: 'x', email: 'a@b.c' } });
      return json(whole.slice(0, rng.int(whole.length - 1)));
    }],
    ['deep-json', () => {
      const depth = 1_000 + rng.int(10_000);
      return json(rng.next() < 0.5 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `{"query":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`);
    }],
    ['deep-graphql', () => {
      const depth = 20 + rng.int(1_000);
      return json({ query: `{ ${'tags { users(first: 1) { edges { node { companies { '.repeat(depth).slice(0, 30_000)}` });
    }],
    ['deep-variables', () => {
      const depth = 40 + rng.int(5_000);
      const search = `${'{"and":['.repeat(depth)}{"field":"email","operator":"EQ","value":"a"}${']}'.repeat(depth)}`;
      return json(`{"query":"query D($s: ContactSearch) { contacts(filter: { search: $s }) { totalCount } }","variables":{"s":${search}}}`);
    }],
    ['huge-string', () => {
      const huge = 'A'.repeat(20_001 + rng.int(120_000));
      return json(rng.pick([{ query: huge }, { query: `{ ${huge} }` }, { query, operationName: huge }, { query: `{ tags { ${huge.slice(0, 19_000)} } }` }]));
    }],
    ['wrong-types', () => {
      const wrong = rng.pick(WRONG_TYPES);
      return json(rng.pick([{ query: wrong }, { query, variables: rng.pick(['x', 1, true, [1]]) }, { query, operationName: rng.pick([1, true, {}, []]) }, { query, extensions: rng.pick(['x', 1, [1]]) }, wrong]));
    }],
    ['unknown-fields', () => {
      return json(rng.pick([
        { query, [rng.pick(['mutation', 'doc', 'Query', '__proto__x', 'operation'])]: 1 },
        { query: `{ tags { ${rng.pick(['secret', 'password', '__proto__', 'constructor', 'nope'])} } }` },
        { query: `{ ${rng.pick(['deleteEverything', 'admin', 'config', 'tagz'])} }` },
        { query: `{ users(first: 5, ${rng.pick(['limit', 'offset', 'token'])}: 1) { totalCount } }` },
      ]));
    }],
    ['wrong-content-type', () => ({
      kind: '',
      method: 'POST',
      path: '/graphql',
      headers: rng.next() < 0.9 ? { 'content-type': rng.pick(CONTENT_TYPES) } : ({} as Record<string, string>),
      body: rng.pick([JSON.stringify({ query: 'mutation { createTag(name: "csrf") { __typename } }' }), `query=${encodeURIComponent(query)}`, '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ tags { id } }"}\r\n--x--']),
    })],
    ['wrong-method', () => ({
      kind: '',
      method: rng.pick(['PUT', 'DELETE', 'PATCH', 'TRACE']),
      path: `/graphql?query=${encodeURIComponent(query)}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })],
    ['bad-document-id', () => {
      const hash = Array.from({ length: rng.pick([0, 8, 64, 65, 300]) }, () => rng.pick([...'0123456789abcdefxyz/.%'])).join('');
      return json(rng.pick([
        { documentId: hash },
        { documentId: `sha256:${hash}` },
        { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
        { extensions: { persistedQuery: { version: rng.pick([0, 2, 'x']), sha256Hash: rng.pick([1, null, []]) } } },
        { id: hash },
      ]));
    }],
    ['bad-variables', () => {
      const [document, variables] = rng.pick<[string, unknown]>([
        [VALID_QUERIES[1]!, { first: rng.pick(['x', 1.5, [], {}, 2 ** 40, -1e308, true]) }],
        [VALID_QUERIES[2]!, rng.pick([{}, { id: null }, { id: { a: 1 } }, { id: [1, 2] }])],
        [VALID_QUERIES[3]!, rng.pick([{}, { name: null }, { name: 1 }, { name: ['a'] }])],
        [VALID_QUERIES[4]!, { email: rng.pick([1, true, {}, []]) }],
      ]);
      return json({ query: document, variables });
    }],
    ['syntax-soup', () => json({ query: Array.from({ length: 1 + rng.int(60) }, () => rng.pick(TOKENS)).join(rng.pick(['', ' ', '\n'])) })],
    ['get-hostile', () => ({
      kind: '',
      method: 'GET',
      path: `/graphql?${rng.pick([
        `query=${encodeURIComponent('mutation { createTag(name: "get") { __typename } }')}`,
        `query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{not json')}`,
        `query=${encodeURIComponent(Array.from({ length: 20 }, () => rng.pick(TOKENS)).join(' '))}`,
        `query=${encodeURIComponent(query)}&extensions=%7B`,
        `query=${'%7B'.repeat(3_000)}`,
        'variables=%7B%7D',
      ])}`,
      headers: { accept: 'application/json' },
    })],
    ['batch', () => json(Array.from({ length: 1 + rng.int(50) }, () => ({ query })))],
    ['content-length-lie', () => ({
      kind: '',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'content-length': String(200_000 + rng.int(10_000_000)) },
      body: '',
    })],
  ];
  if (kinds.length !== KINDS) throw new Error(`KINDS is ${KINDS}, but there are ${kinds.length} kinds`);
  const [kind, make] = kinds[index % kinds.length]!;
  const request = make();
  request.kind = kind;
  return request;
}

describe('hostile requests (fuzz)', () => {
  let hardened: HardenedGateway;
  let pool: Pool;
  beforeAll(async () => {
    hardened = await startHardened();
    pool = new Pool(hardened.gateway.url, { connections: CONCURRENCY, headersTimeout: 10_000, bodyTimeout: 10_000 });
  });
  afterAll(async () => {
    await pool?.close();
    await hardened?.close();
  });

  it(`answers ${REQUESTS} invalid requests without a 5xx or an upstream call, and stays up`, { timeout: 120_000 }, async () => {
    const rng = random(SEED);
    const before = hardened.upstreamCalls();
    const statuses = new Map<string, Map<number, number>>();
    const failures: string[] = [];
    let next = 0;

    const worker = async () => {
      while (next < REQUESTS) {
        const index = next++;
        // Generated when sent, in index order (taking an index and generating are one synchronous step),
        // so the sequence is the seed's whatever the concurrency, and 10,000 bodies never sit in memory.
        const request = generate(rng, index);
        let status: number;
        try {
          const { statusCode, body } = await pool.request({ method: request.method as 'GET', path: request.path, headers: request.headers, body: request.body });
          await body.dump();
          status = statusCode;
        } catch (error) {
          // A lying Content-Length leaves the server waiting for bytes that never come; it may close on us.
          if (request.kind === 'content-length-lie') status = 0;
          else throw new Error(`request #${index} (${request.kind}) failed: ${String(error)}`);
        }
        if (status >= 500) failures.push(`#${index} ${request.kind}: ${status}`);
        const byStatus = statuses.get(request.kind) ?? new Map<number, number>();
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        statuses.set(request.kind, byStatus);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(failures).toEqual([]);
    expect(hardened.upstreamCalls() - before).toBe(0);
    // Every kind was sent and answered.
    expect(statuses.size).toBe(KINDS);

    // Still up and still right.
    const health = await fetch(`${hardened.gateway.url}/health`);
    expect(health.status).toBe(200);
    const answer = await hardened.post({ query: '{ tags { name } }' });
    expect(answer.status).toBe(200);
    expect((answer.body?.data as { tags: unknown[] }).tags.length).toBeGreaterThan(0);
  });
});
