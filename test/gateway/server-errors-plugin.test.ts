/**
 * useUpstreamErrors inside yoga with masking on, exactly as the gateway configures it: upstream
 * failures keep their code and safe message, anything else stays masked. A two-field schema isolates
 * the plugin from the gateway schema; the full gateway is covered in server.test.ts.
 */
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/intercom/errors.js';
import { useUpstreamErrors } from '../../src/gateway/plugins/upstream-errors.js';

const SECRET = 'http://10.0.0.7:4010/contacts?token=s3cret';

function yogaWith(resolvers: Record<string, () => unknown>, logged: string[] = []) {
  const record = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  return createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query {
          ok: String
          upstream: String
          bug: String
          nested: Nested
        }
        type Nested {
          upstream: String
        }
      `,
      resolvers: {
        Query: resolvers,
        Nested: {
          upstream: () => {
            throw new UpstreamError('RATE_LIMITED', 'The upstream rate limit was exceeded; retry after 3 s', {
              retryAfterSeconds: 3,
              cause: new Error(SECRET),
            });
          },
        },
      },
    }),
    maskedErrors: { isDev: false },
    logging: { debug: () => undefined, info: () => undefined, warn: record, error: record },
    plugins: [useUpstreamErrors()],
  });
}

async function execute(yoga: ReturnType<typeof yogaWith>, query: string) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, text: await response.text() };
}

describe('useUpstreamErrors', () => {
  const logged: string[] = [];
  const yoga = yogaWith({
    ok: () => 'fine',
    upstream: () => Promise.reject(new UpstreamError('NOT_FOUND', 'Upstream contact not found', { status: 404, cause: new Error(SECRET) })),
    bug: () => {
      throw new TypeError(`cannot read properties of undefined at ${SECRET}`);
    },
    nested: () => ({}),
  }, logged);

  it('turns an UpstreamError into a GraphQL error with extensions.code, keeping partial data', async () => {
    const { status, text } = await execute(yoga, '{ ok upstream }');
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: { ok: 'fine', upstream: null },
      errors: [
        {
          message: 'Upstream contact not found',
          locations: [{ line: 1, column: 6 }],
          path: ['upstream'],
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });

  it('keeps the path of a nested failure and exposes retryAfter for RATE_LIMITED', async () => {
    const body = JSON.parse((await execute(yoga, '{ nested { upstream } }')).text);
    expect(body.data).toEqual({ nested: { upstream: null } });
    expect(body.errors[0]).toMatchObject({
      path: ['nested', 'upstream'],
      extensions: { code: 'RATE_LIMITED', retryAfter: 3 },
    });
  });

  it('masks non-upstream errors', async () => {
    const body = JSON.parse((await execute(yoga, '{ ok bug }')).text);
    expect(body.data).toEqual({ ok: 'fine', bug: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe('Unexpected error.');
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('never lets the cause, stack or upstream address reach the response', async () => {
    const { text } = await execute(yoga, '{ ok upstream bug nested { upstream } }');
    for (const leak of [SECRET, '10.0.0.7', 's3cret', 'stack', 'originalError', 'cause', 'TypeError']) {
      expect(text).not.toContain(leak);
    }
  });

  it('logs upstream outages for the operator, but not what the caller caused', async () => {
    logged.length = 0;
    await execute(yoga, '{ upstream nested { upstream } }');
    expect(logged).toEqual(['upstream errors: 1× RATE_LIMITED (first at nested.upstream)']);
  });

  it('folds every failed field of one operation into one warning', async () => {
    logged.length = 0;
    const aliases = Array.from({ length: 500 }, (_, i) => `n${i}: nested { upstream }`).join(' ');
    const { text } = await execute(yoga, `{ ${aliases} }`);
    expect(JSON.parse(text).errors).toHaveLength(500);
    expect(logged).toEqual(['upstream errors: 500× RATE_LIMITED (first at n0.upstream)']);
  });
});
