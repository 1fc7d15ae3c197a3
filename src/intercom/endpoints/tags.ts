import type { Sender } from '../dispatch.js';
import { ENDPOINTS as E } from '../endpoint-table.js';
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
  return {
    listTags: async () => t.send(E.listTags),
    getTag: async (id) => t.send(E.getTag, { params: { tag: id } }),
    tagRequest: async (body) => t.send(E.tagRequest, { body }),
    deleteTag: async (id) => {
      await t.send(E.deleteTag, { params: { tag: id } });
    },
  };
}
