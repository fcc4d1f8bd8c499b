import type { Logger } from 'pino';

/** Interval between two reports of dropped samples, in ms: one hour. */
export const DROP_REPORT_INTERVAL_MS = 3_600_000;
/** Fill ratio of the spool at which a warning is logged. */
export const SPOOL_WARNING_RATIO = 0.8;
/** Fill ratio under which the warning is armed again, so a spool hovering at 80% warns once. */
const SPOOL_REARM_RATIO = 0.7;

/** Options of the reporter. */
export interface SpoolBoundReporterOptions {
  logger: Logger;
  /** The spool's bound, in samples. */
  capacity: number;
  /** Epoch ms (default `Date.now`). */
  clock?: () => number;
}

/**
 * Tells people about the spool's bound without flooding the log: a warning when the spool passes
 * 80% full, and dropped samples counted and reported at the first drop, then at most once an
 * hour with the number dropped since the last report.
 */
export class SpoolBoundReporter {
  private warned = false;
  private droppedSinceReport = 0;
  private lastReportMs: number | undefined;
  private readonly clock: () => number;

  constructor(private readonly options: SpoolBoundReporterOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** Called after each append with the spool's size and how many old samples it dropped. */
  observe(size: number, dropped: number): void {
    const { capacity, logger } = this.options;
    if (!this.warned && size >= capacity * SPOOL_WARNING_RATIO) {
      this.warned = true;
      logger.warn(
        { waiting: size, capacity },
        `the spool is ${Math.round(SPOOL_WARNING_RATIO * 100)}% full: the collector has not taken samples for a long time; ` +
          'when it is full the oldest samples are dropped (raise --max-spool-samples, or bring the collector back)',
      );
    } else if (this.warned && size < capacity * SPOOL_REARM_RATIO) {
      this.warned = false;
    }
    if (dropped === 0) return;
    this.droppedSinceReport += dropped;
    const now = this.clock();
    if (this.lastReportMs === undefined || now - this.lastReportMs >= DROP_REPORT_INTERVAL_MS) {
      this.report(now);
    }
  }

  /** Reports drops not reported yet (at stop, so none goes unsaid). */
  flush(): void {
    if (this.droppedSinceReport > 0) this.report(this.clock());
  }

  private report(now: number): void {
    this.options.logger.warn(
      { dropped: this.droppedSinceReport, capacity: this.options.capacity },
      'the spool is full: the oldest samples were dropped to keep the newest (reported at most once an hour)',
    );
    this.droppedSinceReport = 0;
    this.lastReportMs = now;
  }
}
