import { describe, expect, it } from 'vitest';
import { computeBackoffMs } from '../../../../dashboard/src/live/backoff.js';

describe('computeBackoffMs', () => {
  it.each([
    { attempt: 0, random: 0, delayMs: 250 },
    { attempt: 0, random: 0.999_999, delayMs: 500 },
    { attempt: 1, random: 0.5, delayMs: 750 },
    { attempt: 3, random: 0, delayMs: 2_000 },
    { attempt: 6, random: 0, delayMs: 15_000 },
    { attempt: 20, random: 0, delayMs: 15_000 },
    { attempt: 20, random: 0.999_999, delayMs: 30_000 },
  ])('attempt $attempt with random $random waits $delayMs ms', ({ attempt, random, delayMs }) => {
    expect(computeBackoffMs(attempt, { random: () => random })).toBe(delayMs);
  });

  it('never waits less than half the capped delay, so retries cannot spin', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const capped = Math.min(30_000, 500 * 2 ** attempt);
      expect(computeBackoffMs(attempt, { random: () => 0 })).toBe(capped / 2);
    }
  });
});
