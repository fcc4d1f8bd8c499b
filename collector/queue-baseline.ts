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
    const days = sameWeekdaysBefore(day).filter(
      (d) => workingPeriodsOf(d, workingHours).length > 0,
    );
    const baseline: QueueBaseline = {
      days,
      arrivalsByHour: medianCurve(recorder.hourlyEventCounts(site, 'ticket.issued', days)),
      completionsByHour: medianCurve(recorder.hourlyEventCounts(site, 'service.completed', days)),
    };
    cache.set(key, baseline);
    return baseline;
  };
}
