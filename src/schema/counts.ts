/**
 * `counts`: every count the segmentation guide shows — workspace totals, users per tag and segment,
 * companies per tag and segment, users per company (companies without users included). Each list
 * is one `GET /counts` call where the upstream still answers it (probed once per upstream), else
 * built from the 2.x sources; see src/loaders/counts.ts for the cost of each.
 */
import type { CompanyUserCount, NamedCount } from '../loaders/counts.js';
import { builder } from './builder.js';
import { CompanyRef, SegmentRef, TagRef } from './refs.js';

const TagCountRef = builder.objectRef<NamedCount>('TagCount').implement({
  fields: (t) => ({
    name: t.string({ resolve: (c) => c.name }),
    count: t.int({ resolve: (c) => c.count }),
    tag: t.field({
      type: TagRef,
      nullable: true,
      description: 'The tag of that name (from the request-wide tag list).',
      resolve: (c, _args, context) => context.loaders.tags.byName.load(c.name),
    }),
  }),
});

const SegmentCountRef = builder.objectRef<NamedCount>('SegmentCount').implement({
  fields: (t) => ({
    name: t.string({ resolve: (c) => c.name }),
    count: t.int({ resolve: (c) => c.count }),
    segment: t.field({
      type: SegmentRef,
      nullable: true,
      description: 'The segment of that name (from the request-wide segment list).',
      resolve: async (c, _args, context) => {
        const name = c.name.toLowerCase();
        return (await context.loaders.segments.all()).find((segment) => segment.name.toLowerCase() === name) ?? null;
      },
    }),
  }),
});

const CompanyUserCountRef = builder.objectRef<CompanyUserCount>('CompanyUserCount').implement({
  fields: (t) => ({
    name: t.string({ resolve: (c) => c.name }),
    companyId: t.string({ nullable: true, description: 'Your id for the company (`remote_company_id`).', resolve: (c) => c.companyId }),
    count: t.int({ resolve: (c) => c.count }),
    company: t.field({
      type: CompanyRef,
      nullable: true,
      description: 'The company itself (one call per company: the API has no multi-key company read).',
      resolve: (c, _args, context) => (c.companyId === null ? null : context.loaders.companies.byCompanyId.load(c.companyId)),
    }),
  }),
});

const CountsRef = builder.objectRef<Record<string, never>>('Counts').implement({
  description: 'Counts of the whole workspace. Each field costs at most one upstream call per request where `GET /counts` is served.',
  fields: (t) => ({
    users: t.int({ resolve: async (_c, _a, context) => (await context.loaders.counts.totals()).users }),
    leads: t.int({ resolve: async (_c, _a, context) => (await context.loaders.counts.totals()).leads }),
    companies: t.int({
      description: 'Companies, those without users included.',
      resolve: async (_c, _a, context) => (await context.loaders.counts.totals()).companies,
    }),
    tags: t.int({ resolve: async (_c, _a, context) => (await context.loaders.counts.totals()).tags }),
    segments: t.int({ resolve: async (_c, _a, context) => (await context.loaders.counts.totals()).segments }),
    userTagCounts: t.field({
      type: [TagCountRef],
      description: 'Users and leads per tag, keyed by tag name.',
      resolve: (_c, _a, context) => context.loaders.counts.contactsPerTag(),
    }),
    userSegmentCounts: t.field({
      type: [SegmentCountRef],
      description: 'Members per segment, keyed by segment name.',
      resolve: (_c, _a, context) => context.loaders.counts.usersPerSegment(),
    }),
    companyTagCounts: t.field({
      type: [TagCountRef],
      description: 'Companies per tag.',
      resolve: (_c, _a, context) => context.loaders.counts.companiesPerTag(),
    }),
    companySegmentCounts: t.field({
      type: [SegmentCountRef],
      description: 'Companies per segment.',
      resolve: (_c, _a, context) => context.loaders.counts.companiesPerSegment(),
    }),
    companyUserCounts: t.field({
      type: [CompanyUserCountRef],
      description: 'Users per company, companies without users included (where the upstream serves GET /counts).',
      resolve: (_c, _a, context) => context.loaders.counts.usersPerCompany(),
    }),
  }),
});

builder.queryField('counts', (t) =>
  t.field({ type: CountsRef, nullable: true, description: 'Every count of the workspace.', resolve: () => ({}) }),
);
