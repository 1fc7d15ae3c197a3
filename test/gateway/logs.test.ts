/**
 * The gateway's log as production writes it: a real `serve` child with NODE_ENV=production and its
 * stdout a pipe. Every line must be one JSON object; no line may carry the upstream token or any
 * contact's email (the queries below send emails as variables and get them back as data); each
 * operation writes one line with its request id, and a failing upstream does not multiply lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'log-test-token-7f3a9c2e51';

describe('production logs', () => {
  let api: LocalApi;
  let child: ChildProcess;
  let stdout = '';
  let stderr = '';
  let graphqlUrl: string;

  beforeAll(async () => {
    api = await startLocalApi({ port: 0, seed: 'demo', tokens: [TOKEN] });
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GATEWAY_|INTERCOM_|NODE_OPTIONS$)/.test(name)));
    child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--upstream', api.url, '--token', TOKEN],
      { cwd: root, env: { ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no GraphiQL line within 30 s; stderr: ${stderr}`)), 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /GraphiQL: http:\/\/localhost:(\d+)\/graphql/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    graphqlUrl = `http://127.0.0.1:${port}/graphql`;
  }, 60_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await api?.close().catch(() => undefined);
  });

  const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  it('writes JSON lines only, one per operation, without the token or any email', async () => {
    const emails = (api.db.prepare('SELECT email FROM contacts WHERE email IS NOT NULL').all() as Array<{ email: string }>).map((row) => row.email);
    expect(emails.length).toBeGreaterThan(5);

    const lookup = 'query Lookup($email: String!) { contacts(filter: { email: $email }, first: 5) { edges { node { id name email } } } }';
    const found = await post(lookup, { email: emails[1] }, { 'x-request-id': 'support-ticket-4711' });
    expect(found.headers.get('x-request-id')).toBe('support-ticket-4711');
    expect(JSON.stringify(await found.json())).toContain(emails[1]);

    // A header that is not an id (it would inject text into the log) is replaced, not echoed.
    const injected = await post('query Everyone { contacts(first: 3) { edges { node { email } } } }', {}, { 'x-request-id': 'x"},{"fake":1' });
    const replacedId = injected.headers.get('x-request-id')!;
    expect(replacedId).toMatch(/^[0-9a-f-]{36}$/);
    await injected.json();

    // A traceparent's trace id becomes the request id when no x-request-id is sent.
    const traced = await post('{ __typename }', {}, { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
    expect(traced.headers.get('x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    await traced.json();

    // An operation name that is not a GraphQL name never reaches the log.
    const badName = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', operationName: 'Evil name-with spaces' }),
    });
    await badName.text();

    // The upstream goes away: twenty failing fields in one operation.
    await api.close();
    const aliases = Array.from({ length: 20 }, (_, i) => `c${i}: contact(intercomId: "5a03e2d33e69b29660557c${String(i).padStart(2, '0')}") { id email }`).join(' ');
    const outage = await post(`query Outage { ${aliases} }`, {}, { 'x-request-id': 'outage-1' });
    expect((await outage.json()).errors.length).toBe(20);

    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;

    const lines = stdout.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(5);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      for (const email of emails) expect(line).not.toContain(email);
    }
    expect(stderr).toBe('');

    const operations = records.filter((record) => record['msg'] === 'operation');
    const byId = (id: string) => operations.filter((record) => record['requestId'] === id);
    expect(byId('support-ticket-4711')).toHaveLength(1);
    expect(byId('support-ticket-4711')[0]).toMatchObject({ operation: 'Lookup', type: 'query', outcome: 'ok', status: 200 });
    expect((byId('support-ticket-4711')[0]!['upstream'] as { calls: number }).calls).toBeGreaterThan(0);
    expect(byId(replacedId)).toHaveLength(1);
    expect(byId('4bf92f3577b34da6a3ce929d0e0e4736')).toMatchObject([{ operation: '(anonymous)', upstream: { calls: 0 } }]);
    expect(stdout).not.toContain('fake');
    expect(stdout).not.toContain('Evil name');

    // The outage: one operation line (at warn) and one folded warning, not one line per field.
    const outageLine = byId('outage-1');
    expect(outageLine).toMatchObject([{ operation: 'Outage', outcome: 'failed', level: 40, errors: { UPSTREAM_UNAVAILABLE: 20 } }]);
    const warnings = records.filter((record) => String(record['msg']).startsWith('upstream errors:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!['msg']).toContain('20× UPSTREAM_UNAVAILABLE');
  }, 60_000);
});
