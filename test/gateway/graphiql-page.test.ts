/**
 * The GraphiQL page without a browser: self-contained (no script or stylesheet from elsewhere), the
 * reference queries as tabs, and the per-request switch the auth layer uses to show it only to some.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/gateway/yoga.js';
import { createIntercomClient } from '../../src/intercom/client.js';

// No upstream call is made by these requests; the client only has to exist.
const client = createIntercomClient({ baseUrl: 'http://127.0.0.1:9', token: 'unused' });
afterAll(() => client.close());

const openPage = (gateway: ReturnType<typeof createGateway>, headers: Record<string, string> = {}) =>
  gateway.fetch('http://gateway/graphql', { headers: { accept: 'text/html', ...headers } });

describe('GraphiQL page', () => {
  it('is self-contained and opens the reference queries as tabs', async () => {
    const response = await openPage(createGateway({ client, logging: false }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('renderYogaGraphiQL');
    // No <script src> or <link href> to another host: everything is inline.
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
    for (const name of ['CompanyDirectory', 'ContactByEmail', 'SegmentOverview', 'TagExplorer', 'TagMembersPage', 'UserDetail', 'UsersByTag']) {
      expect(html).toContain(`query ${name}(`);
    }
    // Required variables come filled in with the demo seed's values.
    expect(html).toContain('bobr@mitchandmurray.com');
  });

  it('is decided per request when graphiql is a function', async () => {
    const gateway = createGateway({ client, logging: false, graphiql: (request) => request.headers.get('x-show-graphiql') === 'yes' });
    const shown = await openPage(gateway, { 'x-show-graphiql': 'yes' });
    expect(await shown.text()).toContain('renderYogaGraphiQL');
    const hidden = await openPage(gateway);
    expect(await hidden.text()).not.toContain('renderYogaGraphiQL');
  });

  it('is never served with graphiql: false', async () => {
    const response = await openPage(createGateway({ client, logging: false, graphiql: false }));
    expect(await response.text()).not.toContain('renderYogaGraphiQL');
  });
});
