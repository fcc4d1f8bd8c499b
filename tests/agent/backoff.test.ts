import { describe, expect, it } from 'vitest';
import { nextRetryDelayMs, parseRetryAfterMs } from '../../agent/backoff.js';

describe('nextRetryDelayMs', () => {
  it.each([
    // failures, random, retryAfterMs, expected: upper half of min·2^(n-1), capped at max
    [1, 0, undefined, 500],
    [1, 0.999_999, undefined, 1000],
    [2, 0.5, undefined, 1500],
    [4, 0, undefined, 4000],
    [20, 0, undefined, 30_000],
    [20, 0.999_999, undefined, 60_000],
    [1, 0, 30_000, 30_000], // Retry-After longer than the backoff wins
    [6, 0.5, 1000, 24_000], // shorter Retry-After: the backoff wins
    [1, 0, 86_400_000, 3_600_000], // an absurd Retry-After is capped at one hour
  ])(
    'after %i failure(s) with random %f and Retry-After %s ms waits %i ms',
    (failures, r, retryAfterMs, expected) => {
      const delay = nextRetryDelayMs({
        failures,
        minMs: 1000,
        maxMs: 60_000,
        retryAfterMs,
        random: () => r,
      });
      expect(delay).toBeCloseTo(expected, -1);
    },
  );
});

describe('parseRetryAfterMs', () => {
  const now = Date.UTC(2026, 10, 27, 1, 0, 0);
  it.each([
    ['120', 120_000],
    [' 5 ', 5000],
    ['Fri, 27 Nov 2026 01:00:30 GMT', 30_000],
    ['Fri, 27 Nov 2026 00:59:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('reads %j as %s ms', (value, expected) => {
    expect(parseRetryAfterMs(value, now)).toBe(expected);
  });
});
