/**
 * Teaches the seen sizes (seen-sizes.ts) from the answers a request's client already receives: a
 * call interceptor (src/intercom/dispatch.ts) that passes every call and answer on untouched and
 * records what the estimate reads back — list totals, which tags and segments exist, what pages of
 * contacts name, how many pages a company `/counts` answer spans. It decides by the endpoint table's
 * entry and the call's path, query and body, as every other interceptor does.
 *
 * The `/counts` probe is no call of the request's client (it is made once per upstream, on the root
 * client), so its answer is told to the recorder explicitly (`Recorder.legacy`, from the cost plugin).
 */
import type { CallInterceptor, QueryParams, UpstreamRequest } from '../../intercom/dispatch.js';
import type { Contact, Conversation, CountsResponse, IntercomList, SearchBody, Segment, Tag } from '../../intercom/types.js';
import { learnPage, listKeys, type Recorder } from './seen-sizes.js';

/** Pages of a company `/counts` answer (doubly nested `pages`, docs/intercom-contract.md). */
function countPagesOf(response: CountsResponse): number {
  const outer = response.pages as { pages?: { total_pages?: unknown }; total_pages?: unknown } | undefined;
  const total = outer?.pages?.total_pages ?? outer?.total_pages;
  return typeof total === 'number' && total > 0 ? total : 1;
}

/** A query parameter as the client methods passed it (a string id, a number of a page). */
function param(query: QueryParams | undefined, name: string): string | undefined {
  const value = query?.[name];
  return value === undefined ? undefined : String(value);
}

function numberParam(query: QueryParams | undefined, name: string): number | undefined {
  const value = query?.[name];
  return typeof value === 'number' ? value : value === undefined ? undefined : Number(value);
}

/** The one Intercom id a path names after `/companies/` (the endpoint table's `{company}`). */
function companyOf(path: string): string {
  return decodeURIComponent(path.split('/')[2] ?? '');
}

function learn(record: Recorder, request: UpstreamRequest, answer: unknown): void {
  const { query } = request;
  switch (request.endpoint.name) {
    case 'listTags':
      return record.tags((answer as IntercomList<Tag>).data.map((tag) => tag.id));
    case 'listSegments':
      return record.segments((answer as { segments: Segment[] }).segments.map((segment) => segment.id));
    case 'searchContacts': {
      const body = request.body as SearchBody;
      const page = answer as IntercomList<Contact>;
      const list = listKeys.contactSearch(body.query);
      record.total(list, page.total_count);
      record.contacts(page.data);
      return learnPage(record, listKeys.page(list, body.pagination?.per_page ?? 0, body.pagination?.starting_after), page.data);
    }
    case 'getContact': {
      const contact = answer as Contact;
      record.contacts([contact]);
      return learnPage(record, listKeys.contact(contact.id), [contact]);
    }
    case 'listCompanies':
    case 'listCompaniesFiltered':
      return record.total(
        listKeys.companies({ tagId: param(query, 'tag_id'), segmentId: param(query, 'segment_id') }),
        (answer as IntercomList<unknown>).total_count,
      );
    case 'listCompanyContacts': {
      const page = answer as IntercomList<Contact>;
      const list = listKeys.companyMembers(companyOf(request.path));
      record.total(list, page.total_count);
      record.contacts(page.data);
      return learnPage(record, listKeys.page(list, numberParam(query, 'per_page') ?? 0, param(query, 'starting_after')), page.data);
    }
    case 'searchConversations': {
      const list = answer as { total_count?: number; conversations: Conversation[] };
      record.total(listKeys.conversations((request.body as SearchBody).query), list.total_count);
      return record.conversations(list.conversations);
    }
    case 'getConversation':
      return record.conversations([answer as Conversation]);
    case 'getCounts': {
      const type = param(query, 'type');
      const count = param(query, 'count');
      if (type !== 'company' || (count !== 'tag' && count !== 'segment' && count !== 'user')) return;
      const page = numberParam(query, 'page') ?? 1;
      if (page !== 1) return;
      const counts = answer as CountsResponse;
      const pages = countPagesOf(counts);
      record.countPages(count, pages);
      if (count === 'user') record.total(listKeys.companyUserCounts, (counts.company?.user?.length ?? 0) * pages);
      return;
    }
    default:
      return;
  }
}

/** The interceptor that records into `record` (the recorder of the client's upstream scope). */
export function seenSizesInterceptor(record: Recorder): CallInterceptor {
  return {
    async around(request, next) {
      const answer = await next();
      try {
        learn(record, request, answer);
      } catch {
        // An answer of an unexpected shape teaches nothing; the caller still gets it.
      }
      return answer;
    },
  };
}
