/**
 * Every write clears the request's loaders once it settled — also when a chunked write fails
 * halfway: the chunks that landed changed the upstream, and what the request read before must not
 * be served after. Real HTTP to a local API on 127.0.0.1; the halfway failure is real too (a contact
 * of the second chunk is deleted upstream just before that chunk goes out, so the upstream answers
 * it with 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/gateway/yoga.js';
import { createIntercomClient, type IntercomClient } from '../../src/intercom/client.js';
import type { Contact } from '../../src/intercom/types.js';
import { startLocalApi, type LocalApi } from '../../src/local-api/index.js';

const TAG = 'halfway-written';
/** More than one POST /tags chunk (50 contacts each). */
const USERS = 55;

let api: LocalApi;
let setup: IntercomClient;
let users: Contact[];

beforeAll(async () => {
  api = await startLocalApi({ port: 0, seed: 'demo', recordRequests: true });
  setup = createIntercomClient({ baseUrl: api.url, token: api.token });
  users = [];
  for (let i = 0; i < USERS; i++) users.push(await setup.createContact({ role: 'user', email: `chunk.${i}@example.com` }));
});
afterAll(async () => {
  await setup?.close();
  await api?.close();
});

describe('a write clears the request’s loaders in a finally', () => {
  it('a chunked tagging that fails halfway leaves nothing stale for the rest of the request', async () => {
    const deleted = users[USERS - 1]!;
    let tagRequests = 0;
    const client = createIntercomClient({ baseUrl: api.url, token: api.token }).intercept({
      async around(request, next) {
        if (request.endpoint.name === 'tagRequest' && ++tagRequests === 2) {
          // Someone else deletes a contact of the second chunk between the two chunks.
          const gone = await fetch(`${api.url}/contacts/${deleted.id}`, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${api.token}`, accept: 'application/json', 'intercom-version': '2.11' },
          });
          expect(gone.status).toBe(200);
        }
        return next();
      },
    });
    const gateway = createGateway({ client, logging: false, graphiql: false });
    const first = { email: users[0]!.email };
    const everyone = users.map((user) => ({ email: user.email }));

    // `before` reads the tag list while the tag does not exist yet; `write` creates the tag and tags
    // the first chunk, then fails on the second; `after` needs the tag, so it must read the list again.
    const response = await gateway.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query: `mutation ($name: String!, $first: [ContactRefInput!]!, $everyone: [ContactRefInput!]!) {
          before: untagUsers(name: $name, users: $first) { __typename }
          write: tagUsers(name: $name, users: $everyone) { __typename }
          after: untagUsers(name: $name, users: $first) { __typename }
        }`,
        variables: { name: TAG, first: [first], everyone },
      }),
    });
    const body = (await response.json()) as { data: Record<string, { __typename: string }> };
    await client.close();

    expect(tagRequests).toBe(2);
    expect(body.data['before']!.__typename).toBe('NotFoundError');
    expect(body.data['write']!.__typename).toBe('NotFoundError');
    // Served from a fresh read: the tag the first chunk created is found, and taken off again.
    expect(body.data['after']!.__typename).not.toMatch(/Error$/);
    const tagsOfFirst = await setup.listContactTags(users[0]!.id);
    expect(tagsOfFirst.data.map((tag) => tag.name)).not.toContain(TAG);
    const tagsOfSecond = await setup.listContactTags(users[1]!.id);
    expect(tagsOfSecond.data.map((tag) => tag.name)).toContain(TAG);
  });
});
