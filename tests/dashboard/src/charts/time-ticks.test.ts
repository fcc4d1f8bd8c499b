import { describe, expect, it } from 'vitest';
import { computeTimeTicks } from '../../../../dashboard/src/charts/time-ticks.js';

const FROM_MS = Date.UTC(2026, 10, 27, 7, 3, 20); // 14:03:20 in Asia/Ho_Chi_Minh
const secondsFrom = (ticks: number[]) => ticks.map((t) => (t - FROM_MS) / 1000);

describe('computeTimeTicks', () => {
  it.each([
    { maxCount: 10, spanMinutes: 15, stepMinutes: 2 },
    { maxCount: 5, spanMinutes: 15, stepMinutes: 5 },
    { maxCount: 2, spanMinutes: 30, stepMinutes: 15 },
    { maxCount: 4, spanMinutes: 60, stepMinutes: 15 },
    { maxCount: 8, spanMinutes: 60, stepMinutes: 10 },
  ])(
    'uses $stepMinutes-minute steps for $spanMinutes minutes and at most about $maxCount ticks',
    ({ maxCount, spanMinutes, stepMinutes }) => {
      const ticks = computeTimeTicks(FROM_MS, FROM_MS + spanMinutes * 60_000, maxCount);
      const steps = ticks.slice(1).map((t, i) => (t - ticks[i]!) / 60_000);
      expect(new Set(steps)).toEqual(new Set([stepMinutes]));
    },
  );

  it('aligns ticks to round minutes of the wall clock', () => {
    const ticks = computeTimeTicks(FROM_MS, FROM_MS + 15 * 60_000, 5);
    // 14:05, 14:10, 14:15 local; the window starts at 14:03:20.
    expect(secondsFrom(ticks)).toEqual([100, 400, 700]);
    expect(ticks.every((t) => t % 300_000 === 0)).toBe(true);
  });

  it('gives no ticks for an empty or reversed window', () => {
    expect(computeTimeTicks(FROM_MS, FROM_MS, 5)).toEqual([]);
    expect(computeTimeTicks(FROM_MS, FROM_MS - 1, 5)).toEqual([]);
  });
});
