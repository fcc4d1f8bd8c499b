import { describe, expect, it } from 'vitest';
import {
  dayMonthText,
  isIsoWeekText,
  isoWeekOfInstant,
  isoWeekParts,
  shiftIsoWeek,
  weekRangeText,
} from '../../../../dashboard/src/report/iso-week.js';

const at = (local: string) => Date.parse(`${local}+07:00`);

describe('ISO weeks on the centre’s calendar', () => {
  it.each([
    ['2026-11-23T00:00:00', '2026-W48'],
    ['2026-11-29T23:59:59', '2026-W48'],
    ['2026-11-30T00:00:00', '2026-W49'],
    // Late Sunday evening in Hà Nội is still Sunday, though UTC is already Monday's date minus 7 h.
    ['2026-11-22T23:30:00', '2026-W47'],
    ['2025-12-29T09:00:00', '2026-W01'],
    ['2027-01-01T09:00:00', '2026-W53'],
  ])('%s is in %s', (local, week) => {
    expect(isoWeekOfInstant(at(local))).toBe(week);
  });

  it('moves a week back and forth from its Monday, across a year', () => {
    const monday = at('2026-11-23T00:00:00');
    expect(shiftIsoWeek(monday, -1)).toBe('2026-W47');
    expect(shiftIsoWeek(monday, 1)).toBe('2026-W49');
    expect(shiftIsoWeek(at('2025-12-29T00:00:00'), -1)).toBe('2025-W52');
  });

  it.each([
    ['2026-W48', true],
    ['2026-W53', true],
    ['2026-W54', false],
    ['2026-W00', false],
    ['2026-48', false],
  ])('%s is a week text: %s', (text, ok) => {
    expect(isIsoWeekText(text)).toBe(ok);
  });

  it('writes the title’s parts and ranges as staff write dates', () => {
    expect(isoWeekParts('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(weekRangeText('2026-11-23', '2026-11-29')).toBe('23/11 – 29/11/2026');
    expect(weekRangeText('2025-12-29', '2026-01-04')).toBe('29/12/2025 – 04/01/2026');
    expect(dayMonthText('2026-11-23')).toBe('23/11');
  });
});
