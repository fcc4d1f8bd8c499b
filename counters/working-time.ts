import { localDayOf } from './local-day.js';

/** One period of a day, as local `HH:MM` times (`end` after `start`). */
export interface ClockPeriod {
  start: string;
  end: string;
}

/**
 * The centre's working time, in local time (Asia/Ho_Chi_Minh). The config's `workingHours`
 * section has this shape once validated (`config/working-hours.ts`).
 */
export interface WorkingHours {
  /** Periods of Monday to Friday, in order. */
  weekdays: readonly ClockPeriod[];
  /** Periods of Saturday, in order; empty = closed. */
  saturday: readonly ClockPeriod[];
  /** Periods of Sunday, in order; empty = closed. */
  sunday: readonly ClockPeriod[];
  /** Closed days as `YYYY-MM-DD`. */
  holidays: readonly string[];
}

/** A span of time as epoch ms, `startMs` inclusive, `endMs` exclusive. */
export interface TimeSpan {
  startMs: number;
  endMs: number;
}

/** Working hours of DOMAIN.md: Monday to Friday 07:30–11:30 and 13:30–17:00, no holidays listed. */
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  weekdays: [
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  saturday: [],
  sunday: [],
  holidays: [],
};

const DAY_MS = 86_400_000;

/**
 * The working periods of a local day (`YYYY-MM-DD`) as epoch-ms spans, in order; none on a
 * holiday or a closed weekday. Asia/Ho_Chi_Minh has no daylight saving, so a local time is
 * always the same offset (+07:00) from UTC.
 */
export function workingPeriodsOf(day: string, hours: WorkingHours): TimeSpan[] {
  if (hours.holidays.includes(day)) return [];
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const periods = weekday === 0 ? hours.sunday : weekday === 6 ? hours.saturday : hours.weekdays;
  return periods.map((period) => ({
    startMs: localTimeMs(day, period.start),
    endMs: localTimeMs(day, period.end),
  }));
}

/** True when `ms` falls inside a working period (start inclusive, end exclusive). */
export function isWorkingTime(ms: number, hours: WorkingHours): boolean {
  return workingPeriodsOf(localDayOf(ms), hours).some(
    (span) => ms >= span.startMs && ms < span.endMs,
  );
}

/**
 * Seconds of working time between two instants (0 when `toMs` is not after `fromMs`): what
 * reports count, so that a night, a weekend or the lunch break does not count as lost time.
 * Time after closing (a late close) is not working time here, though its events count for
 * their day.
 */
export function workingSecondsBetween(fromMs: number, toMs: number, hours: WorkingHours): number {
  return overlapMs(fromMs, toMs, hours, workingPeriodsOf) / 1000;
}

/**
 * Seconds of the breaks between two working periods of the same day (the lunch break) that fall
 * between two instants. A wait that spans lunch minus this is the wait the centre is answerable
 * for; time before opening and after closing is not a break, since staff are at the counters
 * during a late close.
 */
export function breakSecondsBetween(fromMs: number, toMs: number, hours: WorkingHours): number {
  return overlapMs(fromMs, toMs, hours, breaksOf) / 1000;
}

/**
 * A `breakSecondsBetween` for many spans of a few days (a day's visits): the breaks of each day
 * are worked out once, which keeps a snapshot of 2,000 visits free of thousands of date lookups.
 */
export function breakSecondsCounter(hours: WorkingHours): (fromMs: number, toMs: number) => number {
  const breaksByDay = new Map<number, TimeSpan[]>();
  const breaksOn = (ms: number): TimeSpan[] => {
    // Local day number from the fixed +07:00 offset: cheaper than formatting a date.
    const dayNumber = Math.floor((ms + 7 * 3_600_000) / DAY_MS);
    let spans = breaksByDay.get(dayNumber);
    if (!spans) {
      spans = breaksOf(localDayOf(ms), hours);
      breaksByDay.set(dayNumber, spans);
    }
    return spans;
  };
  return (fromMs, toMs) => {
    // Most spans (a wait, a service) lie within one day; longer ones take the general path.
    if (toMs - fromMs > DAY_MS) return breakSecondsBetween(fromMs, toMs, hours);
    let total = 0;
    for (const spans of new Set([breaksOn(fromMs), breaksOn(toMs)])) {
      for (const span of spans) {
        total += Math.max(0, Math.min(toMs, span.endMs) - Math.max(fromMs, span.startMs));
      }
    }
    return total / 1000;
  };
}

/** The gaps between consecutive working periods of a day. */
function breaksOf(day: string, hours: WorkingHours): TimeSpan[] {
  const periods = workingPeriodsOf(day, hours);
  return periods.slice(1).map((period, index) => ({
    startMs: periods[index]!.endMs,
    endMs: period.startMs,
  }));
}

/** Milliseconds of [fromMs, toMs) covered by the spans of each local day in between. */
function overlapMs(
  fromMs: number,
  toMs: number,
  hours: WorkingHours,
  spansOf: (day: string, hours: WorkingHours) => TimeSpan[],
): number {
  let total = 0;
  // Step a day at a time from the local day of fromMs; a few hundred steps for a year's report.
  for (let dayMs = fromMs; dayMs < toMs + DAY_MS; dayMs += DAY_MS) {
    for (const span of spansOf(localDayOf(dayMs), hours)) {
      total += Math.max(0, Math.min(toMs, span.endMs) - Math.max(fromMs, span.startMs));
    }
    if (localDayOf(dayMs) === localDayOf(toMs)) break;
  }
  return total;
}

function localTimeMs(day: string, time: string): number {
  // 24:00 is midnight at the end of the day, which Date.parse does not accept as a time.
  if (time === '24:00') return Date.parse(`${day}T00:00:00+07:00`) + DAY_MS;
  return Date.parse(`${day}T${time}:00+07:00`);
}
