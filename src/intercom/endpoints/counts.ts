import type { Sender } from '../dispatch.js';
import { ENDPOINTS as E } from '../endpoint-table.js';
import { UpstreamError } from '../errors.js';
import type { CountsQuery, CountsResponse } from '../types.js';


export interface CountsApi {
  /** `GET /counts[?type=&count=]` sent with Intercom-Version 2.6. */
  getCounts(query?: CountsQuery): Promise<CountsResponse>;
  /**
   * Whether this upstream still answers `GET /counts` at 2.6. Probed once per client; the answer is
   * kept, so the choice between /counts and the 2.x sources is made once per upstream. A probe that
   * failed for a transient reason (unavailable, rate limited, bad token) is not kept: the next call asks again.
   */
  legacyCountsSupported(): Promise<boolean>;
}

export function countsApi(t: Sender): CountsApi {
  const getCounts = (query: CountsQuery = {}): Promise<CountsResponse> =>
    t.send(E.getCounts, { query: { type: query.type, count: query.count, page: query.page, per_page: query.perPage } });

  let probe: Promise<boolean> | undefined;
  const legacyCountsSupported = (): Promise<boolean> => {
    probe ??= getCounts().then(
      (answer) => typeof answer === 'object' && answer !== null && typeof answer.type === 'string',
      (error: unknown) => {
        if (error instanceof UpstreamError && isDefinitiveNo(error)) return false;
        probe = undefined;
        throw error;
      },
    );
    return probe;
  };

  return { getCounts, legacyCountsSupported };
}

/** A 4xx about the path or version is the upstream saying "no /counts here"; anything else may pass. */
function isDefinitiveNo(error: UpstreamError): boolean {
  return error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT' || error.code === 'UPSTREAM_ERROR';
}
