import { describe, expect, it } from 'vitest';
import {
  daysOfIsoWeek,
  isoWeekOf,
  parseIsoWeek,
  previousIsoWeek,
} from '../../../collector/report/iso-week.js';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-27', 2026, 48],
    ['2026-01-01', 2026, 1],
    ['2027-01-01', 2026, 53],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
  ])('%s is in week %i-W%i', (day, year, week) => {
    expect(isoWeekOf(day)).toEqual({ year, week });
  });

  it('lists the days of a week, Monday first', () => {
    expect(daysOfIsoWeek({ year: 2026, week: 48 })).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(daysOfIsoWeek({ year: 2026, week: 1 })[0]).toBe('2025-12-29');
  });

  it.each([
    ['2026-W48', { year: 2026, week: 48 }],
    ['2026-W53', { year: 2026, week: 53 }],
    ['2025-W53', undefined],
    ['2026-W00', undefined],
    ['2026-48', undefined],
  ])('parses %s', (text, expected) => {
    expect(parseIsoWeek(text)).toEqual(expected);
  });

  it('steps back across a new year', () => {
    expect(previousIsoWeek({ year: 2026, week: 1 })).toEqual({ year: 2025, week: 52 });
  });
});
