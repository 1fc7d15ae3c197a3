/**
 * The `users`, `leads` and `contacts` connections of a group (a tag or a segment): one 2.x search
 * per page, `<field> = <group id>` and the role.
 */
import type { ContactRole } from '../intercom/types.js';
import { allOf, eq, roleFilter } from '../loaders/search.js';
import type { BuilderTypes } from './builder.js';
import { checkedPage, pageArgs, toConnection } from './connection.js';
import { ContactConnection, LeadConnection, UserConnection } from './refs.js';

type GroupField = 'tag_id' | 'segment_id';

export function contactMemberFields<Group extends { id: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Group>,
  field: GroupField,
  members: string,
) {
  const resolveFor =
    (role: ContactRole | undefined) =>
    async (group: Group, args: { first?: number | null; after?: string | null }, context: BuilderTypes['Context']) =>
      toConnection(
        await context.loaders.lists.contactSearch.load({
          query: allOf([eq(field, group.id), roleFilter(role)])!,
          ...checkedPage(args, 'cursor'),
        }),
      );
  // Nullable: each is a read of its own, and null (with the error) only when that read failed.
  const failed = 'Null only when that read failed.';
  return {
    users: t.field({
      type: UserConnection,
      nullable: true,
      description: `Users ${members} (one 2.x search per page). ${failed}`,
      args: pageArgs,
      resolve: resolveFor('user'),
    }),
    leads: t.field({
      type: LeadConnection,
      nullable: true,
      description: `Leads ${members} (one 2.x search per page). ${failed}`,
      args: pageArgs,
      resolve: resolveFor('lead'),
    }),
    contacts: t.field({
      type: ContactConnection,
      nullable: true,
      description: `Users and leads ${members} (one 2.x search per page). ${failed}`,
      args: pageArgs,
      resolve: resolveFor(undefined),
    }),
  };
}
