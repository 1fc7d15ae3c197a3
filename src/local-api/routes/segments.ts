/**
 * Segments, both dialects (docs/intercom-contract.md#segments): read-only saved filters. `include_count=true` counts the
 * members the segment's query matches right now. The list is `segment.list`/`segments`, not `list`/`data`.
 */
import { ok, type ApiRequest, type Route } from '../http/route.js';
import { notFound } from '../http/errors.js';
import { enumParam } from '../http/validate.js';
import type { SegmentRow } from '../db/rows.js';
import { countSegmentMembers, findSegment, listSegments } from '../store/segments.js';
import { segmentJson } from '../serialize/v2/segment.js';

function includeCount(req: ApiRequest): boolean {
  return enumParam(req.query, 'include_count', ['true', 'false'], 'false') === 'true';
}

function segmentWithCount(req: ApiRequest, row: SegmentRow, withCount: boolean) {
  return withCount ? segmentJson(row, countSegmentMembers(req.service.db, row, req.service.now())) : segmentJson(row);
}

function listSegmentsRoute(req: ApiRequest) {
  const { db } = req.service;
  const withCount = includeCount(req);
  return ok({ type: 'segment.list', segments: listSegments(db).map((row) => segmentWithCount(req, row, withCount)) });
}

function getSegment(req: ApiRequest) {
  const { db } = req.service;
  const row = findSegment(db, req.params.id!);
  if (!row) throw notFound();
  return ok(segmentWithCount(req, row, includeCount(req)));
}

export const routes: Route[] = [
  { method: 'GET', path: '/segments', dialect: 'any', handler: listSegmentsRoute },
  { method: 'GET', path: '/segments/:id', dialect: 'any', handler: getSegment },
];
