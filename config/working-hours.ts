import { z } from 'zod';

/** `HH:MM` on a 24-hour clock; `24:00` is the end of the day. */
const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const clockTimeSchema = z
  .string()
  .regex(CLOCK_TIME, 'must be a time of day as HH:MM on a 24-hour clock, for example 07:30');

/** Minutes after midnight of a validated `HH:MM`. */
function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

const periodSchema = z
  .object({
    /** Local time the counters open, `HH:MM`. */
    start: clockTimeSchema,
    /** Local time they close, `HH:MM`, after `start`. */
    end: clockTimeSchema,
  })
  // A malformed time already has its own message: compare only two valid times.
  .refine(
    (period) =>
      !CLOCK_TIME.test(period.start) ||
      !CLOCK_TIME.test(period.end) ||
      minutesOf(period.end) > minutesOf(period.start),
    {
      path: ['end'],
      error: (issue) => {
        const period = issue.input as { start: string; end: string };
        return `end ${period.end} is not after start ${period.start}: a period ends later on the same day (for example start 07:30, end 11:30)`;
      },
    },
  );

/** The periods of one kind of day, in order and not overlapping. */
const daySchema = z.array(periodSchema).superRefine((periods, ctx) => {
  periods.forEach((period, index) => {
    const previous = periods[index - 1];
    if (previous && minutesOf(period.start) < minutesOf(previous.end)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'start'],
        message: `start ${period.start} is before the end ${previous.end} of the period above: list the periods in order, without overlap`,
      });
    }
  });
});

const YMD = /^\d{4}-\d{2}-\d{2}$/;

const holidaySchema = z
  .string()
  .regex(YMD, 'must be a date as YYYY-MM-DD, for example 2026-09-02')
  .refine((day) => !YMD.test(day) || isCalendarDate(day), {
    error: (issue) => `${String(issue.input)} is not a calendar date`,
  });

/** True when `YYYY-MM-DD` names a real day (Date would roll 2026-02-30 over to 2 March). */
function isCalendarDate(day: string): boolean {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}

/**
 * Working time of the centre (`workingHours:` in the config file), in local time
 * (Asia/Ho_Chi_Minh). Defaults from DOMAIN.md: Monday to Friday 07:30–11:30 and 13:30–17:00, no
 * Saturday or Sunday, no holidays listed. Late closes need no setting: events after hours still
 * count for their day; reports count only the time inside these periods.
 */
export const workingHoursSchema = z.object({
  /** Periods of Monday to Friday. */
  weekdays: daySchema.default([
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ]),
  /** Periods of Saturday; empty = closed (some centres open Saturday morning: `[{start: '07:30', end: '11:30'}]`). */
  saturday: daySchema.default([]),
  /** Periods of Sunday; empty = closed. */
  sunday: daySchema.default([]),
  /** Public holidays (and other closed days) as `YYYY-MM-DD`: no working time on them. */
  holidays: z.array(holidaySchema).default([]),
});

/** Validated working hours, every default filled in. */
export type WorkingHoursSettings = z.output<typeof workingHoursSchema>;
