/**
 * Sequential upstream rounds of one GraphQL request, from the time span of each upstream call.
 *
 * Definition: call B *follows* call A when B started at or after A ended — B could have been waiting
 * for A's answer. The number of sequential rounds is the length k of the longest chain
 * A1 → A2 → … → Ak in which each call follows the one before. Calls that overlap in time never
 * follow one another, so any number of concurrent calls is one round. A gateway whose loaders
 * dispatch one level of the query in separate ticks shows extra rounds only when a later dispatch
 * starts after an earlier one has already come back — exactly when such a waterfall costs latency.
 *
 * Zero calls are zero rounds. O(n²) over the calls of one request: fine for a few thousand.
 */
export interface CallSpan {
  /** When the gateway handed the call to its HTTP pool, in ms (any monotonic clock). */
  start: number;
  /** When the last byte of the answer (or the failure) arrived, same clock. */
  end: number;
}

/** The round (1-based) of each call, in the order given: 1 + the deepest chain among calls it follows. */
export function roundOfEach(calls: readonly CallSpan[]): number[] {
  const order = calls
    .map((_, index) => index)
    .sort((a, b) => calls[a]!.start - calls[b]!.start || calls[a]!.end - calls[b]!.end);
  const round = new Array<number>(calls.length).fill(0);
  order.forEach((index, position) => {
    let deepestBefore = 0;
    for (let p = 0; p < position; p += 1) {
      const other = order[p]!;
      if (calls[other]!.end <= calls[index]!.start) deepestBefore = Math.max(deepestBefore, round[other]!);
    }
    round[index] = deepestBefore + 1;
  });
  return round;
}

export function countRounds(calls: readonly CallSpan[]): number {
  return roundOfEach(calls).reduce((deepest, round) => Math.max(deepest, round), 0);
}

/**
 * Upstream time on the request's critical path: the longest chain of calls (each following the one
 * before, as in `roundOfEach`) weighted by how long each call took. The part of a request's latency
 * that the gateway could not remove without fewer rounds or a faster upstream.
 */
export function criticalPathMs(calls: readonly CallSpan[]): number {
  const order = [...calls].sort((a, b) => a.start - b.start || a.end - b.end);
  const longest: number[] = [];
  let best = 0;
  order.forEach((call, position) => {
    let before = 0;
    for (let p = 0; p < position; p += 1) {
      if (order[p]!.end <= call.start) before = Math.max(before, longest[p]!);
    }
    longest.push(before + (call.end - call.start));
    best = Math.max(best, longest[position]!);
  });
  return best;
}
