/**
 * One id per HTTP request, to find every line of it in the logs and to quote in a support ticket. A
 * caller's own id is kept when it looks like one (a proxy's `x-request-id`, or the trace id of a W3C
 * `traceparent`), so the gateway's lines join the caller's; anything else is replaced, never echoed,
 * so a header cannot inject text into logs or responses.
 */
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER)?.trim();
  if (given && SAFE_ID.test(given)) return given;
  const traceId = TRACEPARENT.exec(headers.get('traceparent')?.trim() ?? '')?.[1];
  if (traceId && !/^0+$/.test(traceId)) return traceId;
  return randomUUID();
}
