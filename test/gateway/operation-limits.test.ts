/**
 * The static limits over real HTTP: each attack from the frontend-safety review is refused with a
 * stable code, quickly, and without a single request reaching the upstream (counted there); and the
 * defaults leave every document the project ships — bench/queries, test/gateway/documents — alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_LIMIT_CODES } from '../../src/gateway/plugins/operation-limits.js';
import { REQUEST_LIMIT_DEFAULTS } from '../../src/gateway/hardening/limits.js';
import { codes, distinctAliasesQuery, fanOutQuery, identicalAliasesQuery, startHardened, type Answer, type HardenedGateway } from './hardening-harness.js';

const LIMIT_CODES = new Set<unknown>([...Object.values(OPERATION_LIMIT_CODES), 'QUERY_TOO_LONG', 'BAD_USER_INPUT', 'RESPONSE_TOO_LARGE']);

/** The same request with `# variant n` after its document: the same operation, a different text. */
function withComment(body: unknown, variant: number): unknown {
  if (typeof body === 'string') return body.replace(/^\{"query":"/, `{"query":"# variant ${variant}\\n`);
  const request = body as { query: string };
  return { ...request, query: `# variant ${variant}\n${request.query}` };
}

describe('static request limits', () => {
  let hardened: HardenedGateway;
  beforeAll(async () => {
    hardened = await startHardened();
    // Warm the JIT with documents of the same kinds but not the same text, so the timed requests below
    // are neither cold starts nor hits of yoga's parse and validation caches.
    for (const query of [fanOutQuery(11), distinctAliasesQuery(99), identicalAliasesQuery(99), `{ tags { ${'id '.repeat(2_500)} } }`]) {
      await hardened.post({ query });
    }
  });
  afterAll(() => hardened?.close());

  /**
   * Sends the request and checks it was refused with `code` and no upstream call; then four variants
   * of it (a different trailing comment each, so yoga's parse and validation caches cannot answer) whose
   * median time, with the first's, must be under 100 ms — a median, because this machine is shared.
   */
  async function expectRefused(body: unknown, code: string): Promise<Answer> {
    const before = hardened.upstreamCalls();
    const answer = await hardened.post(body);
    expect(codes(answer), answer.text.slice(0, 300)).toContain(code);
    expect(answer.body?.data ?? null).toBeNull();
    // GraphQL-over-HTTP: with `accept: application/json` a request error still answers 200; never 5xx.
    expect([200, 400, 413]).toContain(answer.status);
    const times = [answer.ms];
    for (let variant = 1; variant <= 4; variant++) {
      const again = await hardened.post(withComment(body, variant));
      expect(codes(again)).toContain(code);
      times.push(again.ms);
    }
    times.sort((a, b) => a - b);
    expect(times[2], `times ${times.map((ms) => ms.toFixed(1)).join(', ')} ms`).toBeLessThan(100);
    expect(hardened.upstreamCalls()).toBe(before);
    return answer;
  }

  it('refuses the 10-level and the 20-level fan-out queries by depth', async () => {
    const ten = await expectRefused({ query: fanOutQuery(10) }, 'MAX_DEPTH_EXCEEDED');
    expect(ten.body?.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded/);
    await expectRefused({ query: fanOutQuery(20) }, 'MAX_DEPTH_EXCEEDED');
  });

  it('refuses 100 aliases with distinct arguments, 100 identical aliases, and 21 aliases', async () => {
    // 100 aliases with arguments are over 1,000 tokens: the parser stops before the aliases are counted.
    await expectRefused({ query: distinctAliasesQuery(100) }, 'MAX_TOKENS_EXCEEDED');
    await expectRefused({ query: identicalAliasesQuery(100) }, 'MAX_TOKENS_EXCEEDED');
    // Without arguments 100 aliases fit in the token limit; the alias limit refuses them.
    const bare = `{ ${Array.from({ length: 100 }, (_, i) => `t${i}: tags { ...T }`).join(' ')} } fragment T on Tag { id name }`;
    const identical = await expectRefused({ query: bare }, 'MAX_ALIASES_EXCEEDED');
    expect(identical.body?.errors?.[0]?.message).toMatch(/Aliases limit of 20 exceeded, found 100/);
    // Within the token limit, the alias limit is what refuses.
    const distinct = await expectRefused({ query: distinctAliasesQuery(21) }, 'MAX_ALIASES_EXCEEDED');
    expect(distinct.body?.errors?.[0]?.message).toMatch(/Aliases limit of 20 exceeded, found 21/);
  });

  it('refuses nodes(ids:) with 2,000 ids, naming the argument, whether sent in a variable or inline', async () => {
    const ids = Array.from({ length: 2_000 }, (_, i) => `user:${i}`);
    const variable = await expectRefused({ query: 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }, 'BAD_USER_INPUT');
    expect(variable.body?.errors?.[0]?.extensions?.['argument']).toBe('nodes(ids:)');
    expect(variable.body?.errors?.[0]?.message).toMatch(/2000 items; at most 200/);
    // Written inline, 2,000 ids are over 4,000 tokens: the parser stops first (short ids, to stay under the length limit).
    const short = Array.from({ length: 2_000 }, (_, i) => String(i));
    await expectRefused({ query: `{ nodes(ids: ${JSON.stringify(short)}) { id } }` }, 'MAX_TOKENS_EXCEEDED');
    // 300 short inline ids fit the token limit but not the list limit.
    const inline = await expectRefused({ query: `{ nodes(ids: ${JSON.stringify(short.slice(0, 300))}) { id } }` }, 'BAD_USER_INPUT');
    expect(inline.body?.errors?.[0]?.extensions?.['argument']).toBe('nodes(ids:)');
  });

  it('caps the values of an IN search filter, inline and in a variable', async () => {
    const emails = Array.from({ length: 500 }, (_, i) => `person${i}@example.com`);
    const inline = await expectRefused(
      { query: `{ contacts(filter: { search: { field: email, operator: IN, value: ${JSON.stringify(emails.slice(0, 201))} } }) { totalCount } }` },
      'BAD_USER_INPUT',
    );
    expect(inline.body?.errors?.[0]?.extensions?.['argument']).toBe('contacts(filter:)');
    const variable = await expectRefused(
      {
        query: 'query In($search: ContactSearch) { contacts(filter: { search: $search }) { totalCount } }',
        variables: { search: { field: 'email', operator: 'IN', value: emails } },
      },
      'BAD_USER_INPUT',
    );
    expect(variable.body?.errors?.[0]?.extensions?.['argument']).toBe('contacts(filter:)');
  });

  it('refuses variables nested deeper than graphql-js can coerce safely', async () => {
    // Written as text: JSON.stringify itself would overflow on 10,000 levels.
    const depth = 5_000;
    const search = `${'{"and":['.repeat(depth)}{"field":"email","operator":"EQ","value":"a@example.com"}${']}'.repeat(depth)}`;
    const query = JSON.stringify('query Deep($search: ContactSearch) { contacts(filter: { search: $search }) { totalCount } }');
    const answer = await expectRefused(`{"query":${query},"variables":{"search":${search}}}`, 'BAD_USER_INPUT');
    expect(answer.body?.errors?.[0]?.message).toMatch(/nested deeper than 32 levels/);
  });

  it('refuses too many tokens, too many directives and too long a document', async () => {
    await expectRefused({ query: `{ tags { ${'name '.repeat(2_500)} } }` }, 'MAX_TOKENS_EXCEEDED');
    await expectRefused({ query: `{ tags { ${'name @include(if: true) '.repeat(25)} } }` }, 'MAX_DIRECTIVES_EXCEEDED');
    await expectRefused({ query: `{ tags { name } } # ${'x'.repeat(25_000)}` }, 'QUERY_TOO_LONG');
  });

  it('answers 400 to a limit error when the client accepts application/graphql-response+json', async () => {
    const answer = await hardened.post({ query: fanOutQuery(10) }, { accept: 'application/graphql-response+json' });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    expect(codes(answer)).toEqual(['MAX_DEPTH_EXCEEDED']);
  });

  it('lets every document the project ships through its limits', async () => {
    const files = [
      ...readdirSync('bench/queries').map((file) => `bench/queries/${file}`),
      ...readdirSync('test/gateway/documents').map((file) => `test/gateway/documents/${file}`),
    ];
    let checked = 0;
    for (const file of files) {
      const document = parse(readFileSync(file, 'utf8'));
      const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
        // No variables: an operation that passed every limit fails later, on its missing variables, if at all.
        const query = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] });
        const answer = await hardened.post({ query });
        const limited = codes(answer).filter((code) => LIMIT_CODES.has(code) && code !== 'BAD_USER_INPUT');
        expect(limited, `${file} ${operation.name?.value}: ${answer.text.slice(0, 200)}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('the response size cap', () => {
  let hardened: HardenedGateway;
  beforeAll(async () => {
    // Aliases allowed, so the response cap is what bounds 100 identical aliases here.
    hardened = await startHardened({ maxAliases: 200, maxTokens: 10_000, maxResponseBytes: 1_000_000 }, { seed: 2_000 });
  });
  afterAll(() => hardened?.close());

  it('replaces an over-large result with RESPONSE_TOO_LARGE instead of sending megabytes', async () => {
    const answer = await hardened.post({ query: identicalAliasesQuery(100) });
    expect(codes(answer)).toEqual(['RESPONSE_TOO_LARGE']);
    expect(answer.body?.data ?? null).toBeNull();
    expect(answer.text.length).toBeLessThan(1_000);
    // One page answered every copy: the loaders deduplicated, and the cap came after.
    expect(hardened.upstreamCalls()).toBeLessThanOrEqual(2);
  });

  it('still answers a result under the cap', async () => {
    const answer = await hardened.post({ query: identicalAliasesQuery(2) });
    expect(codes(answer)).toEqual([]);
    expect(answer.text.length).toBeGreaterThan(10_000);
    expect(answer.text.length).toBeLessThan(REQUEST_LIMIT_DEFAULTS.maxResponseBytes);
  });
});
