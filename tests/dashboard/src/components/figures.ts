// Data the component tests give the elements: a fixed clock and figures built from defaults.
import type { KpiFigures, QueueKpis } from '../../../../contracts/queue.js';
import type { ReportDay, ReportFigures } from '../../../../contracts/report.js';

/** 10:00:00 on Friday 27 November 2026 at the centre (UTC+7): the tests' fixed "now". */
export const NOW_MS = Date.UTC(2026, 10, 27, 3, 0, 0);

/** `minutes` before {@link NOW_MS} (epoch ms). */
export const minutesAgo = (minutes: number): number => NOW_MS - minutes * 60_000;

/** A day's figures with nothing measured yet, then `changes`. */
export function kpiFigures(changes: Partial<KpiFigures> = {}): KpiFigures {
  return {
    arrivalsByHour: Array.from({ length: 24 }, () => 0),
    completionsByHour: Array.from({ length: 24 }, () => 0),
    arrivalsLastHour: 0,
    completionsLastHour: 0,
    issued: 0,
    completed: 0,
    noShows: 0,
    waitP50Seconds: null,
    waitP90Seconds: null,
    waitMaxSeconds: null,
    servedWithinTargetShare: null,
    serviceP50Seconds: null,
    serviceP90Seconds: null,
    noShowRate: null,
    ratings: 0,
    satisfiedShare: null,
    ratingMean: null,
    ...changes,
  };
}

/** A site's KPIs at {@link NOW_MS}, with a 15-minute target wait and no field figures. */
export function queueKpis(site: Partial<KpiFigures>, changes: Partial<QueueKpis> = {}): QueueKpis {
  return { atMs: NOW_MS, targetWaitSeconds: 900, site: kpiFigures(site), fields: [], ...changes };
}

/** A week's (or a day's) report figures with nothing counted, then `changes`. */
export function reportFigures(changes: Partial<ReportFigures> = {}): ReportFigures {
  return {
    issued: 0,
    completed: 0,
    noShows: 0,
    waitP50Seconds: null,
    waitP90Seconds: null,
    servedWithinTargetShare: null,
    noShowRate: null,
    ratings: 0,
    satisfiedShare: null,
    ratingMean: null,
    procedures: 0,
    outageMinutes: 0,
    lostCounterMinutes: 0,
    ...changes,
  };
}

/**
 * Week 2026-W48, Monday to Sunday: open on weekdays with `procedures[i]` procedures and waits
 * of `waitMinutes[i]` (p50) and twice that (p90), null for a day nobody was called; closed at
 * the weekend.
 */
export function reportWeek(
  procedures: readonly number[],
  waitMinutes: readonly (number | null)[],
): ReportDay[] {
  return Array.from({ length: 7 }, (_, i) => {
    const minutes = waitMinutes[i] ?? null;
    return {
      ...reportFigures({
        procedures: procedures[i] ?? 0,
        waitP50Seconds: minutes === null ? null : minutes * 60,
        waitP90Seconds: minutes === null ? null : minutes * 120,
      }),
      day: `2026-11-${23 + i}`,
      weekday: i + 1,
      working: i < 5,
    };
  });
}
