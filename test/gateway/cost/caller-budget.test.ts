/**
 * The per-caller budget on its own, with a clock the test moves: charged the estimate, settled to
 * the actual calls, refilled over the minute, per caller, with a caller's own limit winning.
 */
import { describe, expect, it } from 'vitest';
import { createCallerBudget } from '../../../src/gateway/cost/caller-budget.js';

function budget(perMinute: number) {
  const clock = { now: 0 };
  return { clock, budget: createCallerBudget({ perMinute, now: () => clock.now }) };
}

describe('the per-caller budget', () => {
  it('refuses once the estimate does not fit, saying how many seconds until it does', () => {
    const { budget: b } = budget(60);
    expect(b.charge('a', 50).ok).toBe(true);
    const refused = b.charge('a', 20);
    // 10 left, 20 needed: 10 more calls at one per second.
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 10, perMinute: 60 });
  });

  it('refills continuously and gives back what a request did not use', () => {
    const { clock, budget: b } = budget(60);
    const charge = b.charge('a', 60);
    expect(charge.ok).toBe(true);
    if (charge.ok) charge.settle(15);
    // 45 came back: a request of 45 fits now, one of 46 needs a second.
    expect(b.charge('a', 46)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    clock.now += 1_000;
    expect(b.charge('a', 46).ok).toBe(true);
  });

  it('takes calls beyond the estimate too, so the caller waits for them', () => {
    const { budget: b } = budget(60);
    const charge = b.charge('a', 10);
    if (charge.ok) charge.settle(70);
    // 60 - 70 = -10: the next call needs 11 s.
    expect(b.charge('a', 1)).toMatchObject({ ok: false, retryAfterSeconds: 11 });
  });

  it('keeps callers apart, and lets a caller carry its own limit', () => {
    const { budget: b } = budget(10);
    expect(b.charge('a', 10).ok).toBe(true);
    expect(b.charge('a', 1).ok).toBe(false);
    expect(b.charge('b', 10).ok).toBe(true);
    expect(b.charge('c', 100, 1_000).ok).toBe(true);
    expect(b.charge('c', 100).ok).toBe(false);
  });

  it('answers a full minute for an operation larger than the whole budget', () => {
    const { budget: b } = budget(10);
    expect(b.charge('a', 11)).toEqual({ ok: false, retryAfterSeconds: 60, perMinute: 10 });
  });

  it('is off at 0 calls per minute', () => {
    const { budget: b } = budget(0);
    for (let n = 0; n < 5; n++) expect(b.charge('a', 1_000).ok).toBe(true);
  });
});
