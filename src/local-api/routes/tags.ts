/**
 * Tags in both dialects: `GET /tags` (1.x `tag.list`/`tags`, 2.x `list`/`data`), `GET /tags/{id}`,
 * `DELETE /tags/{id}` and the many-bodied `POST /tags` (see tag-request.ts).
 */
import type { ApiRequest, Route } from '../http/route.js';
import { ok } from '../http/route.js';
import { ApiError, notFound } from '../http/errors.js';
import { versionAtLeast } from '../http/version.js';
import { deleteTag, findTag, listTags, segmentsUsingTag } from '../store/tags.js';
import { tagListV1, tagV1 } from '../serialize/v1/tag.js';
import { tagV2 } from '../serialize/v2/tag.js';
import { applyTagRequest } from './tag-request.js';

function requireTag(req: ApiRequest) {
  const tag = findTag(req.service.db, req.params.id!);
  if (!tag) throw notFound('Resource Not Found', 'id');
  return tag;
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/tags',
    dialect: 'any',
    handler: (req) => {
      const tags = listTags(req.service.db);
      return ok(req.dialect === 'v1' ? tagListV1(tags) : { type: 'list', data: tags.map((tag) => tagV2(tag)) });
    },
  },
  {
    method: 'GET',
    path: '/tags/:id',
    dialect: 'any',
    handler: (req) => {
      const tag = requireTag(req);
      return ok(req.dialect === 'v1' ? tagV1(tag) : tagV2(tag));
    },
  },
  {
    method: 'DELETE',
    path: '/tags/:id',
    dialect: 'any',
    handler: (req) => {
      const tag = requireTag(req);
      // Segments are saved filters: deleting a tag one of them filters on would silently change it.
      const dependents = segmentsUsingTag(req.service.db, tag);
      if (dependents.length > 0) {
        const names = dependents.map((segment) => segment.name).join(', ');
        throw new ApiError(400, 'tag_has_dependent_objects', `Unable to delete Tag with dependent objects. Segments: ${names}.`);
      }
      deleteTag(req.service.db, tag);
      // Intercom documents a 200 with no body.
      return { status: 200 };
    },
  },
  {
    method: 'POST',
    path: '/tags',
    dialect: 'any',
    handler: (req) => {
      const outcome = applyTagRequest(req.service.db, req.body, req.service.now());
      // 2.16 answers `tag_create_response`: the tag plus which users and companies it touched.
      // Earlier versions answer `tag_basic` (type, id, name), as 1.x does.
      if (versionAtLeast(req.version, '2.16')) {
        return ok({ ...tagV1(outcome.tag), users: outcome.users, companies: outcome.companies });
      }
      return ok(tagV1(outcome.tag));
    },
  },
];
