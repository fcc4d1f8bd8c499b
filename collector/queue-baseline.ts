import type { QueueBaseline } from '../contracts/queue.js';
import { medianCurve, sameWeekdaysBefore } from '../counters/weekday-baseline.js';
import { workingPeriodsOf, type WorkingHours } from '../counters/working-time.js';
import type { Recorder } from './recorder/recorder.js';

/**
 * "A normal day" per site and day: the median per hour of the same weekday over the last 4 weeks,
 * leaving out days the centre was closed (a holiday would pull the curve to zero). Computed once
 * per site and day from the recorder, then kept: the past does not change during the day.
 */
export function createBaselineProvider(
  recorder: Recorder,
  workingHours: WorkingHours,
): (site: string, day: string) => QueueBaseline {
  const cache = new Map<string, QueueBaseline>();
  return (site, day) => {
    const key = `${site} ${day}`;
    const cached = cache.get(key);
    if (cached) return cached;
    if (cache.size > 1000) cache.clear(); // a province's many sites over many days: stay bounded
    const open = sameWeekdaysBefore(day).filter(
      (d) => workingPeriodsOf(d, workingHours).length > 0,
    );
    const arrivals = recorder.hourlyEventCounts(site, 'ticket.issued', open);
    const completions = recorder.hourlyEventCounts(site, 'service.completed', open);
    // A day with no event at all has no data (before the centre started using the product, or a
    // day the queue system was off): counting it as zeros would flatten "a normal day".
    const withData = open.map((_, i) => sum(arrivals[i]!) + sum(completions[i]!) > 0);
    const days = open.filter((_, i) => withData[i]);
    const baseline: QueueBaseline = {
      days,
      arrivalsByHour: hourly(arrivals.filter((_, i) => withData[i])),
      completionsByHour: hourly(completions.filter((_, i) => withData[i])),
    };
    cache.set(key, baseline);
    return baseline;
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The median curve of the days, or 24 unknown hours when there is no day to take it over. */
function hourly(days: number[][]): (number | null)[] {
  return days.length > 0 ? medianCurve(days) : new Array<null>(24).fill(null);
}
