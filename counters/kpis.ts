import { quantileSorted } from 'd3-array';
import type { FieldKpis, KpiFigures, QueueKpis } from '../contracts/queue.js';
import type { CounterRecord, Rating, Visit } from './day-fold.js';
import { localHourOf } from './local-day.js';
import { breakSecondsCounter, DEFAULT_WORKING_HOURS, type WorkingHours } from './working-time.js';

/** Field under which visits of no known field are counted (their issue event was lost). */
export const UNKNOWN_FIELD_ID = 'chua-ro';

/** What the figures are measured against; `kpiOptionsOf` fills the defaults. */
export interface KpiOptions {
  /** Wait within which a call counts as on time, in seconds (default 900 = 15 minutes). */
  targetWaitSeconds: number;
  /** Service time assumed by the estimate for a field with no completion yet today, in seconds (default 480). */
  defaultServiceSeconds: number;
  /** Working hours, whose breaks (lunch) are left out of waits and services. */
  workingHours: WorkingHours;
}

/** Defaults of the KPI options: 15 minutes target wait, 8 minutes service, DOMAIN.md hours. */
export function kpiOptionsOf(options: Partial<KpiOptions> = {}): KpiOptions {
  const {
    targetWaitSeconds = 900,
    defaultServiceSeconds = 480,
    workingHours = DEFAULT_WORKING_HOURS,
  } = options;
  return { targetWaitSeconds, defaultServiceSeconds, workingHours };
}

/** A day's data as the queue model folds it, and the clock time to compute at. */
export interface KpiInput {
  visits: readonly Visit[];
  ratings: readonly Rating[];
  counters: ReadonlyMap<string, CounterRecord>;
  /** Fields each counter serves, from config; a counter not listed serves what it served today. */
  counterFields: ReadonlyMap<string, readonly string[]>;
  /** Fields in display order (configured first); a field seen only in visits is added after them. */
  fieldOrder: readonly string[];
  /** Clock time, epoch ms: still-waiting tickets are timed to it, "last hour" ends at it. */
  nowMs: number;
}

const HOUR_MS = 3_600_000;

/**
 * Today's figures of a site and of each of its fields, computed from scratch from the day's
 * visits: a few thousand visits at most, so one pass per snapshot costs well under a millisecond
 * and needs no incremental bookkeeping that late events could invalidate.
 */
export function computeKpis(input: KpiInput, options: KpiOptions): QueueKpis {
  const { ratings, nowMs } = input;
  const timed = timeVisits(input.visits, nowMs, options.workingHours);
  const fieldIds = [...input.fieldOrder];
  for (const { field } of timed) if (!fieldIds.includes(field)) fieldIds.push(field);
  const fields = fieldIds.map((field): FieldKpis => {
    const own = timed.filter((visit) => visit.field === field);
    const figures = figuresOf(
      own,
      ratings.filter((rating) => rating.field === field),
      nowMs,
      options,
    );
    const openCounters = openCountersOf(field, input);
    const waiting = own.filter((visit) => visit.stillWaitingSeconds !== null).length;
    const serviceSeconds = figures.serviceP50Seconds ?? options.defaultServiceSeconds;
    return {
      field,
      ...figures,
      openCounters,
      // Everyone ahead is served at the field's usual pace, shared among its open counters.
      estimatedWaitSeconds: openCounters > 0 ? (waiting * serviceSeconds) / openCounters : null,
    };
  });
  return {
    atMs: nowMs,
    targetWaitSeconds: options.targetWaitSeconds,
    site: figuresOf(timed, ratings, nowMs, options),
    fields,
  };
}

/** A visit with its durations worked out once, in seconds; null where they do not apply. */
interface TimedVisit {
  /** Field slug, `UNKNOWN_FIELD_ID` for none. */
  field: string;
  visit: Visit;
  /** Issue to first call. */
  waitSeconds: number | null;
  /** Issue to now, while the ticket still waits. */
  stillWaitingSeconds: number | null;
  /** Start (or call, when the start event is missing) to completion. */
  serviceSeconds: number | null;
}

/** Times every visit, leaving out the breaks between working periods (lunch). */
function timeVisits(visits: readonly Visit[], nowMs: number, hours: WorkingHours): TimedVisit[] {
  const breakSeconds = breakSecondsCounter(hours);
  const elapsed = (fromMs: number, toMs: number): number =>
    Math.max(0, (toMs - fromMs) / 1000 - breakSeconds(fromMs, toMs));
  return visits.map((visit) => {
    const { issuedMs, calledMs, endedMs } = visit;
    // A visit whose start event is missing (a terminal that skips "start") is timed from its call.
    const servedFromMs = visit.startedMs ?? calledMs;
    return {
      field: visit.field ?? UNKNOWN_FIELD_ID,
      visit,
      waitSeconds: issuedMs !== null && calledMs !== null ? elapsed(issuedMs, calledMs) : null,
      stillWaitingSeconds: isWaiting(visit) ? elapsed(issuedMs!, nowMs) : null,
      serviceSeconds:
        visit.end === 'completed' && servedFromMs !== null ? elapsed(servedFromMs, endedMs!) : null,
    };
  });
}

/** The figures of a set of timed visits and ratings. */
function figuresOf(
  timed: readonly TimedVisit[],
  ratings: readonly Rating[],
  nowMs: number,
  options: KpiOptions,
): KpiFigures {
  const issued = timed.flatMap(({ visit }) => (visit.issuedMs === null ? [] : [visit.issuedMs]));
  const completed = timed.flatMap(({ visit }) =>
    visit.end === 'completed' ? [visit.endedMs!] : [],
  );
  const noShows = timed.filter(({ visit }) => visit.end === 'no_show').length;
  const waits = sorted(timed.flatMap(({ waitSeconds }) => waitSeconds ?? []));
  const stillWaiting = timed.flatMap(({ stillWaitingSeconds }) => stillWaitingSeconds ?? []);
  const services = sorted(timed.flatMap(({ serviceSeconds }) => serviceSeconds ?? []));
  const scores = ratings.map((rating) => rating.rating);
  const ended = completed.length + noShows;
  return {
    arrivalsByHour: byHour(issued),
    completionsByHour: byHour(completed),
    arrivalsLastHour: issued.filter((ms) => inLastHour(ms, nowMs)).length,
    completionsLastHour: completed.filter((ms) => inLastHour(ms, nowMs)).length,
    issued: issued.length,
    completed: completed.length,
    noShows,
    waitP50Seconds: quantileOf(waits, 0.5),
    waitP90Seconds: quantileOf(waits, 0.9),
    waitMaxSeconds:
      waits.length + stillWaiting.length > 0
        ? Math.max(waits[waits.length - 1] ?? 0, ...stillWaiting)
        : null,
    servedWithinTargetShare:
      waits.length > 0
        ? waits.filter((wait) => wait <= options.targetWaitSeconds).length / waits.length
        : null,
    serviceP50Seconds: quantileOf(services, 0.5),
    serviceP90Seconds: quantileOf(services, 0.9),
    noShowRate: ended > 0 ? noShows / ended : null,
    ratings: scores.length,
    satisfiedShare:
      scores.length > 0 ? scores.filter((score) => score >= 3).length / scores.length : null,
    ratingMean: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
  };
}

/** True while a ticket waits to be called. */
function isWaiting(visit: Visit): boolean {
  return visit.issuedMs !== null && visit.calledMs === null && visit.end === null;
}

/** Counters open now (idle or serving) that serve `field`. */
function openCountersOf(field: string, input: KpiInput): number {
  let open = 0;
  for (const [id, counter] of input.counters) {
    if (counter.state !== 'idle' && counter.state !== 'serving') continue;
    const configured = input.counterFields.get(id) ?? [];
    const serves =
      configured.length > 0
        ? configured.includes(field)
        : input.visits.some(
            (visit) => visit.counter === id && (visit.field ?? UNKNOWN_FIELD_ID) === field,
          );
    if (serves) open++;
  }
  return open;
}

function byHour(times: readonly number[]): number[] {
  const counts = new Array<number>(24).fill(0);
  for (const ms of times) counts[localHourOf(ms)]!++;
  return counts;
}

function inLastHour(ms: number, nowMs: number): boolean {
  return ms > nowMs - HOUR_MS && ms <= nowMs;
}

function sorted(values: number[]): number[] {
  return values.sort((a, b) => a - b);
}

/** Quantile by linear interpolation between order statistics (d3's R-7), null for no values. */
function quantileOf(sortedValues: number[], p: number): number | null {
  return sortedValues.length > 0 ? quantileSorted(sortedValues, p)! : null;
}
