/**
 * Admin-only routes outside Intercom's paths, guarded by the admin token (`--admin-token`; without one
 * they answer 401 to everyone). Intercom's API cannot create segments, so this is how they are managed
 * while the service runs; the same definitions can be loaded at start from the segments file.
 */
import { ok, type ApiRequest, type Route } from '../http/route.js';
import { notFound } from '../http/errors.js';
import { parseBody } from '../http/validate.js';
import { deleteSegment, findSegment, segmentDefinitionSchema, upsertSegment } from '../store/segments.js';
import { segmentJson } from '../serialize/v2/segment.js';

/** Creates (201) or updates (200) the segment with this name; an invalid query is a 400 naming it. */
function putSegment(req: ApiRequest) {
  const { db } = req.service;
  const definition = parseBody(segmentDefinitionSchema, req.body);
  const { segment, created } = upsertSegment(db, definition, req.service.now());
  return ok(segmentJson(segment), created ? 201 : 200);
}

function removeSegment(req: ApiRequest) {
  const { db } = req.service;
  const segment = findSegment(db, req.params.id!);
  if (!segment) throw notFound();
  deleteSegment(db, segment.seq);
  return ok({ type: 'segment', id: segment.id, deleted: true });
}

export const routes: Route[] = [
  { method: 'POST', path: '/local-admin/segments', dialect: 'any', auth: 'admin', handler: putSegment },
  { method: 'DELETE', path: '/local-admin/segments/:id', dialect: 'any', auth: 'admin', handler: removeSegment },
];
