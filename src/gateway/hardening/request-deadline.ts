/**
 * The signal a request's upstream calls run under: it fires when the client goes away (the request's
 * own signal) or when the request's deadline passes, whichever comes first. The transport reads a
 * TimeoutError reason as "deadline", so the caller sees REQUEST_TIMEOUT rather than an outage.
 */
export function requestDeadlineSignal(requestSignal: AbortSignal | undefined, timeoutMs: number): AbortSignal {
  const deadline = AbortSignal.timeout(timeoutMs);
  return requestSignal ? AbortSignal.any([requestSignal, deadline]) : deadline;
}
