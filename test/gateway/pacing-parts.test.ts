/**
 * The pacer's small parts: reading X-RateLimit-* (all three sane, or nothing), the deadline queue
 * (earliest first; when full, the latest deadline is pushed out) and the in-process counters.
 */
import { describe, expect, it } from 'vitest';
import { rateLimitFrom } from '../../src/intercom/pacing/rate-limit-headers.js';
import { DeadlineQueue } from '../../src/intercom/pacing/deadline-queue.js';
import { MemoryWindowCounters } from '../../src/intercom/pacing/window-counters.js';

describe('X-RateLimit-* headers', () => {
  it('are read when all three are whole numbers that make sense together', () => {
    expect(rateLimitFrom({ 'x-ratelimit-limit': '166', 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': '1764650000' })).toEqual({
      limit: 166,
      remaining: 12,
      resetAtMs: 1_764_650_000_000,
    });
  });

  it('are ignored when one is missing, not a number, or out of line', () => {
    expect(rateLimitFrom({ 'x-ratelimit-limit': '166', 'x-ratelimit-remaining': '12' })).toBeUndefined();
    expect(rateLimitFrom({ 'x-ratelimit-limit': '1e3', 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': '1764650000' })).toBeUndefined();
    expect(rateLimitFrom({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': '1764650000' })).toBeUndefined();
    expect(rateLimitFrom({ 'x-ratelimit-limit': '0', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1764650000' })).toBeUndefined();
    // Seconds to wait instead of a time: not what Intercom sends, so not guessed at.
    expect(rateLimitFrom({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '2', 'x-ratelimit-reset': '7' })).toBeUndefined();
  });
});

describe('the deadline queue', () => {
  it('hands out the earliest deadline first and pushes out the latest when full', () => {
    const queue = new DeadlineQueue<{ deadline: number; name: string }>(3);
    expect(queue.push({ deadline: 30, name: 'c' })).toBeUndefined();
    expect(queue.push({ deadline: 10, name: 'a' })).toBeUndefined();
    expect(queue.push({ deadline: 20, name: 'b' })).toBeUndefined();
    expect(queue.push({ deadline: 40, name: 'late' })?.name).toBe('late');
    expect(queue.push({ deadline: 5, name: 'urgent' })?.name).toBe('c');
    expect(queue.takeDueBefore(11).map((entry) => entry.name).sort()).toEqual(['a', 'urgent']);
    expect(queue.shift()?.name).toBe('b');
    expect(queue.size).toBe(0);
  });
});

describe('in-process window counters', () => {
  it('grant up to the limit, raise only upwards, add always, and start again when a counter expires', async () => {
    let now = 1_000;
    const counters = new MemoryWindowCounters(() => now);
    expect(await counters.take('w', 7, 10, 5_000)).toBe(7);
    expect(await counters.take('w', 7, 10, 5_000)).toBe(3);
    expect(await counters.take('w', 1, 10, 5_000)).toBe(0);
    await counters.raise('x', 4, 5_000);
    await counters.raise('x', 2, 5_000);
    await counters.add('x', 1, 5_000);
    expect(counters.peek('x')).toBe(5);
    now += 5_000;
    expect(await counters.take('w', 4, 10, 5_000)).toBe(4);
  });
});
