/**
 * Paging through every member of a very large tag, the way a frontend exports a list: the gateway
 * (compiled, child process) is asked for page after page of `tag.contacts` until the last one, and
 * its peak RSS over the whole walk is read from /proc. The tag is made in bulk SQL through the
 * seeded file before the local API child opens it: the generated seed's most popular tag holds only about a fifth of the
 * contacts.
 */
import type { Db } from '../../src/local-api/db/open.js';
import { tagPublicId } from '../../src/local-api/store/tags.js';
import { compiledGateway, startChild } from './children.js';
import { peakRssMb } from './proc-stats.js';
import { postJson } from './measure.js';
import { readQuery } from './queries.js';
import { BENCH_TOKEN, type Upstream } from './upstream.js';

const PAGE_SIZE = 150; // the gateway's (and Intercom's) largest page

/** Tags the first `members` contacts (users and leads) with a new tag in one statement; returns its id. */
export function createBigTag(db: Db, members: number): string {
  const now = Math.floor(Date.now() / 1000);
  const tagSeq = db.transaction(() => {
    const { seq } = db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM tags').get() as { seq: number };
    // The local API's own id scheme for tags, so the tag looks like any other.
    db.prepare('INSERT INTO tags (seq, id, name, created_at) VALUES (?, ?, ?, ?)').run(seq, tagPublicId(seq), `bench-${members}-members`, now);
    db.prepare('INSERT INTO contact_tags (tag_seq, contact_seq, applied_at, applied_by) SELECT ?, seq, ?, NULL FROM contacts ORDER BY seq LIMIT ?').run(seq, now, members);
    return seq;
  })();
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM contact_tags WHERE tag_seq = ?').get(tagSeq) as { n: number };
  if (n !== members) throw new Error(`the big tag has ${n} members, wanted ${members}`);
  return tagPublicId(tagSeq);
}

export interface PagingFigures {
  members: number;
  pages: number;
  seen: number;
  seconds: number;
  /** VmHWM of the gateway child from its start to the last page. */
  peakRssMb: number;
  errors: number;
}

interface PageBody {
  data?: { tag: { contacts: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } | null } | null };
  errors?: unknown[];
}

export async function pageThroughTag(api: Upstream, tagId: string, members: number, maxSeconds: number): Promise<PagingFigures> {
  const gateway = await startChild(compiledGateway(api.url, BENCH_TOKEN));
  const document = readQuery('tag-members-page.graphql');
  const started = performance.now();
  const ids = new Set<string>();
  let pages = 0;
  let errors = 0;
  let after: string | null = null;
  try {
    // Bounded: the page count a complete walk needs (plus one), and a wall-clock limit.
    const maxPages = Math.ceil(members / PAGE_SIZE) + 1;
    while (pages < maxPages && performance.now() - started < maxSeconds * 1000) {
      const { text } = await postJson(gateway.url, JSON.stringify({ query: document, variables: { tagId, first: PAGE_SIZE, after } }));
      const body = JSON.parse(text) as PageBody;
      pages += 1;
      const connection = body.data?.tag?.contacts;
      if (body.errors?.length || !connection) {
        errors += 1;
        break;
      }
      for (const edge of connection.edges) ids.add(edge.node.id);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    return { members, pages, seen: ids.size, seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb(gateway.pid), errors };
  } finally {
    await gateway.stop();
  }
}
