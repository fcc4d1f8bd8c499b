import type { Logger } from 'pino';
import type { RetentionJob } from './retention.js';
import type { RollupJob } from './rollups.js';

/** Options of the recorder's background jobs, with defaults in the constructor. */
export interface MaintenanceOptions {
  rollups: RollupJob;
  retention: RetentionJob;
  /** The forwarder's delivered sample id, or `Infinity` when forwarding is off. */
  deliveredTo: () => number;
  logger: Logger;
  clock?: () => number;
  /** Seconds between rollup runs (default 5). */
  rollupIntervalSeconds?: number;
  /** Seconds between retention runs (default 3600; the first run is one minute after start). */
  retentionIntervalSeconds?: number;
}

/**
 * Runs rollups and retention in small transactions, yielding to the event loop between them, so
 * that a backlog of a million rows never holds the database for long and ingest goes on.
 */
export class Maintenance {
  private timers: NodeJS.Timeout[] = [];
  private running = false;

  constructor(private readonly options: MaintenanceOptions) {}

  start(): void {
    const { rollupIntervalSeconds = 5, retentionIntervalSeconds = 3600 } = this.options;
    this.running = true;
    this.timers.push(setInterval(() => void this.rollUp(), rollupIntervalSeconds * 1000).unref());
    this.timers.push(setTimeout(() => void this.expire(), 60_000).unref());
    this.timers.push(
      setInterval(() => void this.expire(), retentionIntervalSeconds * 1000).unref(),
    );
  }

  stop(): void {
    this.running = false;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** Rolls up everything new, a step at a time. */
  async rollUp(): Promise<void> {
    try {
      while (this.running && this.options.rollups.step() > 0) await yieldToEventLoop();
    } catch (error) {
      this.options.logger.error(
        { err: error },
        'rollup failed; raw samples are kept and it retries',
      );
    }
  }

  /** Deletes what is past retention, a chunk at a time. */
  async expire(): Promise<void> {
    const clock = this.options.clock ?? Date.now;
    try {
      let dropped = 0;
      for (;;) {
        if (!this.running) return;
        const { deleted, droppedUndelivered } = this.options.retention.step(
          clock(),
          this.options.rollups.position,
          this.options.deliveredTo(),
        );
        dropped += droppedUndelivered;
        if (deleted === 0) break;
        await yieldToEventLoop();
      }
      if (dropped > 0) {
        this.options.logger.warn(
          { dropped },
          'raw samples older than twice their retention were deleted before InfluxDB received them',
        );
      }
    } catch (error) {
      this.options.logger.error({ err: error }, 'retention failed; it retries at the next run');
    }
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
