/**
 * Emails as people write them: a user created with a mixed-case address is found by that address —
 * by lookup, by filter, when tagging and when adding to a company — at the cost of one search, as
 * any email lookup (counted at the upstream). Real HTTP against the demo workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddUserToCompanyDocument,
  CreateUserDocument,
  TagUsersDocument,
  UserByDocument,
  UserListDocument,
} from '../gql/graphql.js';
import { dataOf, startHarness, type Harness } from './gateway-harness.js';

const EMAIL = 'Mixed.Case@Example.com';

let h: Harness;
let intercomId: string;
beforeAll(async () => {
  h = await startHarness({ seed: 'demo', recordRequests: true });
  const created = dataOf(await h.execute(CreateUserDocument, { input: { email: EMAIL, name: 'Mixed Case' } })).createUser;
  if (created?.__typename !== 'CreateUserPayload') throw new Error(JSON.stringify(created));
  intercomId = created.user.intercomId;
});
afterAll(() => h?.close());

describe('a user created with a mixed-case email', () => {
  it('is found by that email with one search', async () => {
    const mark = h.api.received!.count;
    const user = dataOf(await h.execute(UserByDocument, { email: EMAIL })).user;
    expect(user).toMatchObject({ intercomId, email: EMAIL });
    expect(h.api.received!.since(mark).map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /contacts/search']));
    // The lookup itself is one search; the profile's relations (segments) add their own reads.
    expect(h.api.received!.since(mark).filter((r) => r.path === '/contacts/search')).toHaveLength(1);
  });

  it('is found by the users filter on that email', async () => {
    const users = dataOf(await h.execute(UserListDocument, { filter: { email: EMAIL } })).users!;
    expect(users.edges.map((edge) => edge.node.intercomId)).toEqual([intercomId]);
  });

  it('is tagged by that email', async () => {
    const tagged = dataOf(await h.execute(TagUsersDocument, { name: 'mixed-case', users: [{ email: EMAIL }] })).tagUsers;
    expect(tagged).toMatchObject({ __typename: 'TagUsersPayload', contacts: [{ intercomId, tags: [{ name: 'mixed-case' }] }] });
  });

  it('is added to a company by that email', async () => {
    const added = dataOf(await h.execute(AddUserToCompanyDocument, { user: { email: EMAIL }, company: { companyId: '1178' } })).addUserToCompany;
    expect(added).toMatchObject({ __typename: 'AddUserToCompanyPayload', user: { email: EMAIL }, company: { companyId: '1178' } });
  });

  it('leaves other users found by a differently cased email of theirs', async () => {
    const both = await Promise.all([
      h.execute(UserByDocument, { email: EMAIL }),
      h.execute(UserByDocument, { email: 'TEST.USER@example.com' }),
    ]);
    expect(both.map((response) => dataOf(response).user?.email)).toEqual([EMAIL, 'test.user@example.com']);
  });
});
