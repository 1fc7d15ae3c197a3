/**
 * What went wrong on a gateway call, with the gateway's stable `extensions.code`, and the sentence
 * a person reads for it. The codes are the gateway's (README, "Errors"); anything else shows the
 * gateway's own message.
 */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** Seconds to wait, for RATE_LIMITED when the gateway said. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export function describeError(error: unknown): { title: string; detail: string } {
  if (!(error instanceof GatewayError)) {
    return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
  }
  switch (error.code) {
    case 'RATE_LIMITED':
      return {
        title: 'Too many requests',
        detail:
          error.retryAfter !== undefined
            ? `Rate limited: try again in ${Math.ceil(error.retryAfter)} s.`
            : 'Rate limited: wait a little and try again.',
      };
    case 'COST_LIMIT_EXCEEDED':
      return { title: 'Query too expensive', detail: `The gateway refused this query as too costly: ask for fewer rows per page. (${error.message})` };
    case 'NOT_FOUND':
      return { title: 'Not found', detail: 'It does not exist (any more): it may have been deleted.' };
    case 'UNAUTHENTICATED':
      return { title: 'Key needed', detail: 'The gateway did not accept the key: paste a valid API key above.' };
    case 'FORBIDDEN':
      return {
        title: 'Not allowed with this key',
        detail: /'write'/.test(error.message)
          ? 'This key can only read: tagging and untagging need a key with the write scope.'
          : `This key lacks the scope this needs (${error.message}).`,
      };
    case 'PERSISTED_QUERY_NOT_FOUND':
      return { title: 'Explorer and gateway out of step', detail: 'The gateway does not know this explorer\'s documents: rebuild the explorer and restart the gateway.' };
    default:
      return { title: error.code ?? 'Error', detail: error.message };
  }
}
