import type { Sender } from '../transport.js';
import { pathId } from '../path.js';
import type { IntercomList, Tag, TagRequestBody } from '../types.js';

export interface TagsApi {
  /** `GET /tags` — every tag of the workspace, unpaginated. */
  listTags(): Promise<IntercomList<Tag>>;
  /** `GET /tags/{id}`. */
  getTag(id: string): Promise<Tag>;
  /** `POST /tags` — create, rename, tag/untag companies, tag users (one endpoint, five bodies). */
  tagRequest(body: TagRequestBody): Promise<Tag>;
  /** `DELETE /tags/{id}`. */
  deleteTag(id: string): Promise<void>;
}

export function tagsApi(t: Sender): TagsApi {
  const resource = 'tag';
  return {
    listTags: async () => t.send({ method: 'GET', path: '/tags', retry: true, resource }),
    getTag: async (id) => t.send({ method: 'GET', path: `/tags/${pathId(id, resource)}`, retry: true, resource }),
    tagRequest: async (body) => t.send({ method: 'POST', path: '/tags', body, retry: false, resource }),
    deleteTag: async (id) => {
      await t.send({ method: 'DELETE', path: `/tags/${pathId(id, resource)}`, retry: false, resource });
    },
  };
}
