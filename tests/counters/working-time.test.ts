import { describe, expect, it } from 'vitest';
import { workingHoursSchema } from '../../config/working-hours.js';
import {
  breakSecondsBetween,
  breakSecondsCounter,
  DEFAULT_WORKING_HOURS,
  isWorkingTime,
  workingPeriodsOf,
  workingSecondsBetween,
} from '../../counters/working-time.js';

// Friday 27/11/2026 is a weekday, Saturday 28/11 follows; all times are local (+07:00).
const at = (day: string, time: string): number => Date.parse(`${day}T${time}:00+07:00`);
const FRIDAY = '2026-11-27';
const SATURDAY = '2026-11-28';
const withSaturday = workingHoursSchema.parse({ saturday: [{ start: '07:30', end: '11:30' }] });
const withHoliday = workingHoursSchema.parse({ holidays: [FRIDAY] });

describe('workingPeriodsOf', () => {
  it('gives the two periods of DOMAIN.md on a weekday', () => {
    expect(workingPeriodsOf(FRIDAY, DEFAULT_WORKING_HOURS)).toEqual([
      { startMs: at(FRIDAY, '07:30'), endMs: at(FRIDAY, '11:30') },
      { startMs: at(FRIDAY, '13:30'), endMs: at(FRIDAY, '17:00') },
    ]);
  });

  it.each([
    ['a Saturday by default', SATURDAY, DEFAULT_WORKING_HOURS, 0],
    ['a Saturday morning when configured', SATURDAY, withSaturday, 1],
    ['a Sunday', '2026-11-29', withSaturday, 0],
    ['a listed public holiday', FRIDAY, withHoliday, 0],
  ])('has the right number of periods on %s', (_what, day, hours, count) => {
    expect(workingPeriodsOf(day, hours)).toHaveLength(count);
  });

  it('matches the schema defaults', () => {
    expect(workingHoursSchema.parse({})).toEqual(DEFAULT_WORKING_HOURS);
  });
});

describe('isWorkingTime', () => {
  it.each([
    ['07:29', false],
    ['07:30', true],
    ['11:29', true],
    ['11:30', false], // the lunch break starts
    ['12:30', false],
    ['13:30', true],
    ['16:59', true],
    ['17:20', false], // a late close: its events count for the day, but it is not working time
  ])('at %s on a weekday is %s', (time, expected) => {
    expect(isWorkingTime(at(FRIDAY, time), DEFAULT_WORKING_HOURS)).toBe(expected);
  });

  it('is false all day on a holiday and true on a configured Saturday morning', () => {
    expect(isWorkingTime(at(FRIDAY, '09:00'), withHoliday)).toBe(false);
    expect(isWorkingTime(at(SATURDAY, '09:00'), withSaturday)).toBe(true);
    expect(isWorkingTime(at(SATURDAY, '14:00'), withSaturday)).toBe(false);
  });
});

describe('workingSecondsBetween and breakSecondsBetween', () => {
  const MIN = 60;
  it.each([
    ['inside the morning', [FRIDAY, '08:00'], [FRIDAY, '09:00'], 60 * MIN, 0],
    ['across the lunch break', [FRIDAY, '11:00'], [FRIDAY, '14:00'], 60 * MIN, 120 * MIN],
    ['from before opening', [FRIDAY, '07:00'], [FRIDAY, '08:00'], 30 * MIN, 0],
    ['into a late close', [FRIDAY, '16:30'], [FRIDAY, '17:30'], 30 * MIN, 0],
    ['a whole weekday', [FRIDAY, '00:00'], [SATURDAY, '00:00'], 450 * MIN, 120 * MIN],
    ['over the weekend', [FRIDAY, '16:00'], ['2026-11-30', '08:00'], 90 * MIN, 0],
    ['backwards', [FRIDAY, '09:00'], [FRIDAY, '08:00'], 0, 0],
  ] as const)('%s', (_what, from, to, working, breaks) => {
    const fromMs = at(from[0], from[1]);
    const toMs = at(to[0], to[1]);
    expect(workingSecondsBetween(fromMs, toMs, DEFAULT_WORKING_HOURS)).toBe(working);
    expect(breakSecondsBetween(fromMs, toMs, DEFAULT_WORKING_HOURS)).toBe(breaks);
    // The memoised counter the KPIs use agrees with the general function.
    expect(breakSecondsCounter(DEFAULT_WORKING_HOURS)(fromMs, toMs)).toBe(breaks);
  });

  it('counts no time on a holiday and the Saturday morning when configured', () => {
    expect(workingSecondsBetween(at(FRIDAY, '00:00'), at(SATURDAY, '00:00'), withHoliday)).toBe(0);
    expect(workingSecondsBetween(at(FRIDAY, '16:00'), at(SATURDAY, '23:00'), withSaturday)).toBe(
      5 * 3600,
    );
  });
});
