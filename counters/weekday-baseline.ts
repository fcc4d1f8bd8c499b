import { median } from 'd3-array';

/**
 * The same weekday in each of the `weeks` weeks before `day` (`YYYY-MM-DD`), most recent first:
 * the days whose curves make "a normal day" to compare today with (default 4 weeks).
 */
export function sameWeekdaysBefore(day: string, weeks = 4): string[] {
  const dayMs = Date.parse(`${day}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) =>
    new Date(dayMs - (i + 1) * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

/**
 * The median curve of several days' series (for example completions per hour, 24 entries, of
 * the last 4 same weekdays): entry by entry, the median of the days that have a finite value
 * there, or null where none has. A median, not a mean, so that one odd day (a link outage, a
 * holiday rush) does not bend "a normal day". Pass only the days the centre was open: a holiday
 * among them would pull the curve to zero.
 */
export function medianCurve(days: readonly (readonly (number | null)[])[]): (number | null)[] {
  const length = Math.max(0, ...days.map((series) => series.length));
  return Array.from({ length }, (_, i) => {
    const values = days.flatMap((series) => {
      const value = series[i];
      return value !== null && value !== undefined && Number.isFinite(value) ? [value] : [];
    });
    return values.length > 0 ? median(values)! : null;
  });
}
