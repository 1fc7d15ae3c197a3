/**
 * What an upstream answer says about its rate-limit window: `X-RateLimit-Limit` (the window's
 * allowance), `-Remaining` and `-Reset` (Unix seconds at which the window ends). Sent on every
 * answer, 429s included (docs/intercom-contract.md#rate-limits).
 */
export interface RateLimitInfo {
  /** Calls the window allows. */
  limit: number;
  /** Calls left in the window after this one. */
  remaining: number;
  /** When the window ends (epoch ms). */
  resetAtMs: number;
}

type Headers = Record<string, string | string[] | undefined>;

/** The three headers, or undefined unless all three are present and sane (a proxy may strip or mangle them). */
export function rateLimitFrom(headers: Headers): RateLimitInfo | undefined {
  const limit = wholeNumber(headers['x-ratelimit-limit']);
  const remaining = wholeNumber(headers['x-ratelimit-remaining']);
  const reset = wholeNumber(headers['x-ratelimit-reset']);
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  if (limit < 1 || remaining > limit || reset < 1_000_000_000) return undefined;
  return { limit, remaining, resetAtMs: reset * 1000 };
}

function wholeNumber(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\s*\d{1,12}\s*$/.test(text)) return undefined;
  return Number(text);
}
