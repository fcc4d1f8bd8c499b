/** State of a counter (quầy): serving a ticket, open and idle, paused (lunch, a break), or closed. */
export type CounterState = 'serving' | 'idle' | 'paused' | 'closed';

/** Live queue of one field (lĩnh vực). Times in epoch ms. */
export interface FieldQueue {
  /** Field slug. */
  field: string;
  /** Display name from config, or the slug when the config does not name it. */
  name: string;
  /** Tickets issued and not yet called. */
  waiting: number;
  /** Tickets being served right now. */
  serving: number;
  /** Issue time of the oldest waiting ticket, or null when nobody waits. */
  oldestWaitingSinceMs: number | null;
}

/** Live state of one counter. */
export interface CounterStatus {
  counter: string;
  name: string;
  state: CounterState;
  /** Ticket being called or served, if any. */
  ticket: string | null;
  /** When the counter entered its current state (epoch ms). */
  sinceMs: number;
  /** Visits completed today. */
  servedToday: number;
}

/** The whole live queue of a site, as sent in `snapshot` and `state` messages and by `GET /api/v1/queue`. */
export interface QueueSnapshot {
  site: string;
  /** True when the data come from the demo simulator, never from a real centre. */
  demo: boolean;
  /** Time of the latest event applied (epoch ms), or null before any. */
  asOfMs: number | null;
  fields: FieldQueue[];
  counters: CounterStatus[];
  totals: { waiting: number; serving: number; servedToday: number; issuedToday: number };
  /** Today's figures (absent from collectors older than issue 5). */
  kpis?: QueueKpis;
  /** Lifecycle anomalies of today's events (absent from collectors older than issue 5). */
  anomalies?: QueueAnomalies;
  /** "A normal day" to compare today with: the median of the same weekday over the last weeks. */
  baseline?: QueueBaseline;
}

/**
 * Figures of a day's visits, for one field or the whole site. Durations in seconds; shares and
 * rates from 0 to 1; null where nothing was measured yet (no ticket called, no rating…).
 * Waits and services that span the lunch break do not count the break.
 */
export interface KpiFigures {
  /** Tickets issued today per local hour: index 0 is 00:00–00:59, index 8 is 08:00–08:59 (24 entries). */
  arrivalsByHour: number[];
  /** Visits completed today per local hour of their completion (24 entries). */
  completionsByHour: number[];
  /** Tickets issued in the last 60 minutes before the snapshot's clock. */
  arrivalsLastHour: number;
  /** Visits completed in the last 60 minutes before the snapshot's clock. */
  completionsLastHour: number;
  /** Tickets issued today (tickets whose issue event was lost are not counted). */
  issued: number;
  /** Visits completed today (received, returned or guided). */
  completed: number;
  /** Tickets skipped as no-shows today. */
  noShows: number;
  /** Median wait from issue to first call of the tickets called today, in seconds. */
  waitP50Seconds: number | null;
  /** 90th percentile of that wait, in seconds. */
  waitP90Seconds: number | null;
  /** Longest wait today, including a ticket still waiting now, in seconds. */
  waitMaxSeconds: number | null;
  /** Share of the tickets called today that were called within the target wait (0–1). */
  servedWithinTargetShare: number | null;
  /** Median service time (start to completion) of today's completed visits, in seconds. */
  serviceP50Seconds: number | null;
  /** 90th percentile of the service time, in seconds. */
  serviceP90Seconds: number | null;
  /** No-shows ÷ (completed + no-shows) today (0–1). */
  noShowRate: number | null;
  /** Ratings submitted today (1 = not satisfied … 4 = very satisfied). */
  ratings: number;
  /** Share of today's ratings that are 3 (satisfied) or 4 (very satisfied) (0–1). */
  satisfiedShare: number | null;
  /** Mean of today's ratings, 1 to 4. */
  ratingMean: number | null;
}

/** Figures of one field, with the estimate a citizen taking a ticket now would want. */
export interface FieldKpis extends KpiFigures {
  /** Field slug. */
  field: string;
  /** Counters open now (idle or serving) that serve this field. */
  openCounters: number;
  /**
   * Estimated wait for a ticket taken now, in seconds: tickets waiting in the field × the field's
   * median service time today (or the configured default before its first completion) ÷ open
   * counters serving the field. Null when no counter serving the field is open.
   */
  estimatedWaitSeconds: number | null;
}

/** Today's figures of a site: the whole site and each field. */
export interface QueueKpis {
  /** Clock time the figures were computed at (epoch ms). */
  atMs: number;
  /** The target wait the on-time share is measured against, in seconds (default 900). */
  targetWaitSeconds: number;
  site: KpiFigures;
  fields: FieldKpis[];
}

/**
 * Events that broke the ticket lifecycle today, per kind. They are kept (a completion without a
 * call still counts as served) and counted here so that a misconfigured queue system shows up.
 */
export interface QueueAnomalies {
  /** Calls of a ticket whose issue event never arrived. */
  calledWithoutIssue: number;
  /** Service starts of a ticket never called. */
  startedWithoutCall: number;
  /** Completions of a ticket never called. */
  completedWithoutCall: number;
  /** No-shows of a ticket never called. */
  noShowWithoutCall: number;
  /** A second completion or no-show of a visit already ended (it counts once). */
  endedTwice: number;
  /** Ratings naming a ticket not seen today (they still count for the site). */
  ratingWithoutVisit: number;
}

/**
 * The median, hour by hour (24 entries, local hours, null where no day has data), of the same
 * weekday over the last 4 weeks, leaving out days the centre was closed.
 */
export interface QueueBaseline {
  /** The days the median is taken over (`YYYY-MM-DD`, most recent first). */
  days: string[];
  arrivalsByHour: (number | null)[];
  completionsByHour: (number | null)[];
}
