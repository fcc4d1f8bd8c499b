import type { CounterEvent } from '../../contracts/event.js';
import type { Outage } from '../../contracts/link-health.js';
import type {
  ReportDay,
  ReportField,
  ReportFigures,
  WeeklyReport,
} from '../../contracts/report.js';
import { emptyDay, foldEvent, type DayState } from '../../counters/day-fold.js';
import { compareEvents } from '../../counters/event-order.js';
import { computeKpis, type KpiOptions } from '../../counters/kpis.js';
import { localDayOf } from '../../counters/local-day.js';
import { workingPeriodsOf, workingSecondsBetween } from '../../counters/working-time.js';
import { daysOfIsoWeek, formatIsoWeek, previousIsoWeek, type IsoWeek } from './iso-week.js';

/** Everything the weekly report is computed from; `events` and `outages` may cover more. */
export interface WeeklyReportInput {
  site: string;
  siteName: string;
  demo: boolean;
  week: IsoWeek;
  /** The site's events of this week and the week before, in any order. */
  events: readonly CounterEvent[];
  /** Outages of the site overlapping the two weeks. */
  outages: readonly Outage[];
  fields: readonly { id: string; name: string }[];
  counters: readonly { id: string; fields: readonly string[] }[];
  kpiOptions: KpiOptions;
  /** Clock time (epoch ms): a week in progress is computed up to now. */
  nowMs: number;
}

/**
 * Outage causes that stop the counters: every procedure needs the national and provincial
 * systems, so a portal out is as bad as the link out. Slowness and single devices are not.
 */
const NON_BLOCKING_CAUSES = new Set(['all_ok', 'unknown', 'degraded', 'partial_down']);
const DAY_MS = 86_400_000;

/** The weekly report (giao ban tuần): per day, per field, for the week and the week before. */
export function buildWeeklyReport(input: WeeklyReportInput): WeeklyReport {
  const days = daysOfIsoWeek(input.week);
  const previousDays = daysOfIsoWeek(previousIsoWeek(input.week));
  const eventsByDay = groupByDay(input.events);
  const states = new Map(
    [...days, ...previousDays].map((day) => [day, foldDay(eventsByDay.get(day) ?? [], input)]),
  );
  const spanOf = (from: string, to: string) => ({
    fromMs: midnight(from),
    toMs: midnight(to) + DAY_MS,
  });
  const blocking = mergeIntervals(
    input.outages
      .filter((outage) => !NON_BLOCKING_CAUSES.has(outage.cause))
      .map(
        (outage) =>
          [outage.startedMs, Math.min(outage.endedMs ?? input.nowMs, input.nowMs)] as const,
      ),
  );

  const figuresOf = (
    span: string[],
  ): { figures: ReportFigures; fields: ReturnType<typeof computeKpis>['fields'] } => {
    const { fromMs, toMs } = spanOf(span[0]!, span.at(-1)!);
    const kpis = computeKpis(
      {
        visits: span.flatMap((day) => states.get(day)!.visits),
        ratings: span.flatMap((day) => states.get(day)!.ratings),
        counters: new Map(),
        counterFields: new Map(input.counters.map((c) => [c.id, c.fields])),
        fieldOrder: input.fields.map((f) => f.id),
        nowMs: Math.min(toMs, input.nowMs),
      },
      input.kpiOptions,
    );
    const outageSeconds = blocking.reduce(
      (sum, [start, end]) =>
        sum +
        workingSecondsBetween(
          Math.max(start, fromMs),
          Math.min(end, toMs),
          input.kpiOptions.workingHours,
        ),
      0,
    );
    const outageMinutes = Math.round(outageSeconds / 60);
    const { site } = kpis;
    return {
      figures: {
        issued: site.issued,
        completed: site.completed,
        procedures: span.reduce((n, day) => n + proceduresOf(eventsByDay.get(day) ?? []), 0),
        noShows: site.noShows,
        waitP50Seconds: site.waitP50Seconds,
        waitP90Seconds: site.waitP90Seconds,
        servedWithinTargetShare: site.servedWithinTargetShare,
        noShowRate: site.noShowRate,
        ratings: site.ratings,
        satisfiedShare: site.satisfiedShare,
        ratingMean: site.ratingMean,
        outageMinutes,
        lostCounterMinutes: outageMinutes * input.counters.length,
      },
      fields: kpis.fields,
    };
  };

  const reportDays: ReportDay[] = days.map((day, index) => ({
    day,
    weekday: index + 1,
    working: workingPeriodsOf(day, input.kpiOptions.workingHours).length > 0,
    ...figuresOf([day]).figures,
  }));
  const week = figuresOf(days);
  const names = new Map(input.fields.map((f) => [f.id, f.name]));
  const fields: ReportField[] = week.fields.map((field) => ({
    field: field.field,
    name: names.get(field.field) ?? field.field,
    procedures: days.reduce(
      (n, day) => n + proceduresOf(eventsByDay.get(day) ?? [], field.field),
      0,
    ),
    completed: field.completed,
    waitP50Seconds: field.waitP50Seconds,
    proceduresByDay: days.map((day) => proceduresOf(eventsByDay.get(day) ?? [], field.field)),
  }));
  const { fromMs, toMs } = spanOf(days[0]!, days[6]!);
  return {
    site: input.site,
    siteName: input.siteName,
    demo: input.demo,
    week: formatIsoWeek(input.week),
    fromMs,
    toMs,
    targetWaitSeconds: input.kpiOptions.targetWaitSeconds,
    days: reportDays,
    fields,
    totals: week.figures,
    previousTotals: figuresOf(previousDays).figures,
    outages: input.outages
      .filter((outage) => outage.startedMs < toMs && (outage.endedMs ?? input.nowMs) >= fromMs)
      .map((outage) => ({
        target: outage.target,
        startedMs: outage.startedMs,
        endedMs: outage.endedMs,
        durationS: outage.durationS,
        cause: outage.cause,
        summary: outage.summary,
      })),
  };
}

function midnight(day: string): number {
  return Date.parse(`${day}T00:00:00+07:00`);
}

function groupByDay(events: readonly CounterEvent[]): Map<string, CounterEvent[]> {
  const byDay = new Map<string, CounterEvent[]>();
  for (const event of events) {
    const day = localDayOf(event.ts);
    const list = byDay.get(day) ?? [];
    list.push(event);
    byDay.set(day, list);
  }
  return byDay;
}

/** A day's events folded in their own order, as the live model does. */
function foldDay(events: CounterEvent[], input: WeeklyReportInput): DayState {
  const state = emptyDay(input.counters.map((c) => c.id));
  for (const event of [...events].sort(compareEvents)) foldEvent(state, event);
  return state;
}

/** Completions that were procedures (dossier received or result returned), optionally of one field. */
function proceduresOf(events: readonly CounterEvent[], field?: string): number {
  const fieldOfTicket = new Map(
    events.filter((e) => e.type === 'ticket.issued' && e.ticket).map((e) => [e.ticket!, e.field]),
  );
  return events.filter(
    (e) =>
      e.type === 'service.completed' &&
      (e.outcome === 'received' || e.outcome === 'returned') &&
      (field === undefined || (e.field ?? fieldOfTicket.get(e.ticket ?? '')) === field),
  ).length;
}

/** Overlapping intervals merged, so that one ISP cut seen by five targets counts once. */
function mergeIntervals(intervals: (readonly [number, number])[]): [number, number][] {
  const sorted = [...intervals].filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
