/**
 * Segments: saved filters (membership is computed upstream, always current). Read-only: the API
 * cannot create segments.
 */
import { builder } from './builder.js';
import { checkedPage, pageArgs, toConnection } from './connection.js';
import { exactlyOne, intercomIdOf } from './global-ids.js';
import { contactMemberFields } from './members.js';
import { CompanyConnection, isSegment, SegmentRef } from './refs.js';
import { fromUnixSeconds } from './values.js';

SegmentRef.implement({
  description: 'A saved filter over users or leads; its members change as the data does.',
  isTypeOf: isSegment,
  fields: (t) => ({
    intercomId: t.id({ description: "Intercom's id of the segment.", resolve: (s) => s.id }),
    name: t.string({ resolve: (s) => s.name }),
    personType: t.string({ description: '`user` or `contact` (leads).', resolve: (s) => s.person_type }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixSeconds(s.created_at) }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixSeconds(s.updated_at) }),
    count: t.int({
      description: 'Members now (GET /segments?include_count=true, one call for every segment).',
      resolve: async (segment, _args, context) =>
        segment.count ?? (await context.loaders.segments.byId.load(segment.id))?.count ?? 0,
    }),
    companyCount: t.int({
      description: 'Companies with at least one member.',
      resolve: (segment, _args, context) => context.loaders.counts.companiesInSegment(segment),
    }),
    ...contactMemberFields(t, 'segment_id', 'in the segment'),
    companies: t.field({
      type: CompanyConnection,
      nullable: true,
      description: 'Companies in the segment (GET /companies?segment_id=, one call per page). Null only when that read failed.',
      args: pageArgs,
      resolve: async (segment, args, context) =>
        toConnection(await context.loaders.lists.companies.load({ segmentId: segment.id, ...checkedPage(args, 'offset') })),
    }),
  }),
});

builder.queryFields((t) => ({
  segment: t.field({
    type: SegmentRef,
    nullable: true,
    description: 'One segment by exactly one of its `id` or `intercomId`; null when there is none.',
    args: { id: t.arg.id({ description: 'The `id` of a Segment.' }), intercomId: t.arg.id({ description: "Intercom's id of the segment." }) },
    resolve: (_root, args, context) => {
      const [key, value] = exactlyOne(args, ['id', 'intercomId'], 'segment');
      return context.loaders.segments.byId.load(key === 'id' ? intercomIdOf(value, ['Segment'], 'id') : value);
    },
  }),
  segments: t.field({
    type: [SegmentRef],
    nullable: true,
    description: 'Every segment with its size (one call, shared by the whole request).',
    resolve: (_root, _args, context) => context.loaders.segments.all(),
  }),
}));
