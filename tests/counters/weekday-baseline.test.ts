import { describe, expect, it } from 'vitest';
import { medianCurve, sameWeekdaysBefore } from '../../counters/weekday-baseline.js';

describe('sameWeekdaysBefore', () => {
  it('gives the same weekday of the 4 weeks before, most recent first', () => {
    // Friday 27/11/2026; the year's boundaries and month lengths are crossed by date arithmetic.
    expect(sameWeekdaysBefore('2026-11-27')).toEqual([
      '2026-11-20',
      '2026-11-13',
      '2026-11-06',
      '2026-10-30',
    ]);
    expect(sameWeekdaysBefore('2026-01-02', 2)).toEqual(['2025-12-26', '2025-12-19']);
  });
});

describe('medianCurve', () => {
  it.each([
    ['no days', [], []],
    ['one day', [[1, 2, 3]], [1, 2, 3]],
    [
      'an odd number of days, an outlier ignored',
      [
        [0, 4, 6],
        [0, 5, 30],
        [0, 6, 7],
      ],
      [0, 5, 7],
    ],
    [
      'four weeks: the mean of the two middle values',
      [
        [2, 10],
        [4, 12],
        [6, 0],
        [8, 11],
      ],
      [5, 10.5],
    ],
    ['days of different lengths and missing hours', [[1, null], [3, 5], [5]], [3, 5]],
    ['an hour nobody has', [[null], [null]], [null]],
  ])('with %s', (_what, days, expected) => {
    expect(medianCurve(days)).toEqual(expected);
  });
});
