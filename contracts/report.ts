import type { KpiFigures } from './queue.js';

/** Figures of one day (or of the whole week) of the weekly report. */
export interface ReportFigures extends Pick<
  KpiFigures,
  | 'issued'
  | 'completed'
  | 'noShows'
  | 'waitP50Seconds'
  | 'waitP90Seconds'
  | 'servedWithinTargetShare'
  | 'noShowRate'
  | 'ratings'
  | 'satisfiedShare'
  | 'ratingMean'
> {
  /** Procedures completed: dossiers received or results returned (guidance-only visits not counted). */
  procedures: number;
  /** Working minutes during which the link or a portal was down (outages of all targets merged). */
  outageMinutes: number;
  /** Counter time those outages cost: outage working minutes × counters configured. */
  lostCounterMinutes: number;
}

/** One day of the week. */
export interface ReportDay extends ReportFigures {
  /** `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  day: string;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
  /** Whether the centre was scheduled to open that day (working hours, holidays). */
  working: boolean;
}

/** One field over the week. */
export interface ReportField {
  field: string;
  name: string;
  procedures: number;
  completed: number;
  waitP50Seconds: number | null;
  /** Procedures per day of the week, Monday first (7 entries). */
  proceduresByDay: number[];
}

/** One outage of the week, as the report lists it. */
export interface ReportOutage {
  target: string;
  startedMs: number;
  endedMs: number | null;
  durationS: number | null;
  cause: string;
  summary: { vi: string; en: string };
}

/** Body of `GET /api/v1/report/weekly?week=YYYY-Www`. */
export interface WeeklyReport {
  site: string;
  /** Display name of the site (from config, or its slug). */
  siteName: string;
  demo: boolean;
  /** ISO week, `2026-W48`. */
  week: string;
  /** Monday 00:00 and the next Monday 00:00, Asia/Ho_Chi_Minh, epoch ms. */
  fromMs: number;
  toMs: number;
  /** The target wait the on-time share is measured against, in seconds. */
  targetWaitSeconds: number;
  days: ReportDay[];
  fields: ReportField[];
  totals: ReportFigures;
  /** The same figures for the week before, for week-over-week changes. */
  previousTotals: ReportFigures;
  outages: ReportOutage[];
}
