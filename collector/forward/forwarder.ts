import type { Logger } from 'pino';
import type { Outbox, OutboxBatch } from './outbox.js';
import { SinkError, type LineSink } from './sinks/sink.js';

/** What `/healthz` and `/metrics` say about forwarding. */
export interface ForwarderStatus {
  state: 'disabled' | 'ok' | 'retrying' | 'error';
  /** Rows recorded and not yet delivered. */
  backlog: number;
  /** Age of the oldest undelivered row, in seconds (0 when none). */
  backlogAgeSeconds: number;
  quarantined: number;
  lastError: string | null;
  /** Lines delivered since start. */
  delivered: number;
  /** Set when the backlog is old enough that retention will soon delete undelivered rows. */
  alarm: string | null;
}

/** The part of the status only the forwarder's loop knows (the rest is read from the outbox). */
export type ForwarderHealth = Pick<ForwarderStatus, 'lastError' | 'delivered'> & {
  state: 'ok' | 'retrying' | 'error';
};

/**
 * The whole status from the loop's health and the outbox, which any connection to the database
 * can read: the forwarder's thread, or the main thread while the forwarder runs in a worker.
 */
export function forwarderStatus(
  health: ForwarderHealth,
  outbox: Pick<Outbox, 'backlog' | 'quarantinedCount'>,
  now: number,
  backlogAlarmSeconds = 7 * 86_400,
): ForwarderStatus {
  const backlog = outbox.backlog();
  const backlogAgeSeconds =
    backlog.oldestMs === null ? 0 : Math.max(0, (now - backlog.oldestMs) / 1000);
  return {
    ...health,
    backlog: backlog.rows,
    backlogAgeSeconds,
    quarantined: outbox.quarantinedCount(),
    alarm:
      backlogAgeSeconds > backlogAlarmSeconds
        ? `InfluxDB has not received data for ${Math.floor(backlogAgeSeconds / 86_400)} days: undelivered samples are deleted after 28 days; fix the connection to InfluxDB (see lastError)`
        : null,
  };
}

/** Options of the forwarder, with defaults in the constructor. */
export interface ForwarderOptions {
  outbox: Outbox;
  sink: LineSink;
  logger: Logger;
  clock?: () => number;
  /** Most lines per request. */
  batchLines?: number;
  /** Longest wait before new data is sent, in ms. */
  flushIntervalMs?: number;
  /** First retry delay after a failure, in ms; doubles up to `maxBackoffMs`, with jitter. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Random number in [0, 1) for the jitter (injected so tests are deterministic). */
  random?: () => number;
  /**
   * Backlog age that raises the alarm, in seconds (default 7 days: half of the 14 days after
   * which retention starts deleting raw samples, 28 days for undelivered ones).
   */
  backlogAlarmSeconds?: number;
  /** Called whenever the health changes (a batch delivered, a failure, a recovery). */
  onHealth?: (health: ForwarderHealth) => void;
}

/**
 * Drains the outbox into InfluxDB: one request in flight, batches by size and time, exponential
 * backoff with jitter, `Retry-After` honoured. Lines the server will never take are isolated by
 * halving the batch and quarantined with the reason; the rest go through. The cursor moves only
 * after a write succeeded, and a write of the same point twice is harmless in InfluxDB (same
 * series and time), so a retry never duplicates a point.
 */
export class Forwarder {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private lastError: string | null = null;
  private needsAction = false;
  private delivered = 0;
  private batchLines: number;
  private readonly maxBatchLines: number;
  private readonly flushIntervalMs: number;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly clock: () => number;
  private readonly random: () => number;

  constructor(private readonly options: ForwarderOptions) {
    const {
      batchLines = 5000,
      flushIntervalMs = 1000,
      minBackoffMs = 1000,
      maxBackoffMs = 300_000,
      clock = Date.now,
      random = Math.random,
    } = options;
    this.batchLines = this.maxBatchLines = batchLines;
    this.flushIntervalMs = flushIntervalMs;
    this.minBackoffMs = minBackoffMs;
    this.maxBackoffMs = maxBackoffMs;
    this.clock = clock;
    this.random = random;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the request in flight, if any; undelivered rows stay in the outbox. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  status(): ForwarderStatus {
    return forwarderStatus(
      this.health(),
      this.options.outbox,
      this.clock(),
      this.options.backlogAlarmSeconds,
    );
  }

  health(): ForwarderHealth {
    return {
      // Retries cannot fix refused credentials or a missing database: a person must act.
      state: this.failures === 0 ? 'ok' : this.needsAction ? 'error' : 'retrying',
      lastError: this.lastError,
      delivered: this.delivered,
    };
  }

  private async run(): Promise<void> {
    while (this.running) {
      const first = this.options.outbox.nextBatch(this.batchLines);
      if (first.lines.length === 0) {
        await this.pause(this.flushIntervalMs);
        continue;
      }
      // Two requests in flight when a backlog waits: InfluxDB parses one batch while the next
      // is read, converted and sent. Cursors still move only over delivered batches, in order.
      const batches = [first];
      if (first.lines.length === this.batchLines) {
        const second = this.options.outbox.nextBatch(this.batchLines, first.cursors);
        if (second.lines.length > 0) batches.push(second);
      }
      const results = await Promise.allSettled(batches.map((batch) => this.deliver(batch)));
      const failed = results.find((result) => result.status === 'rejected');
      for (const [index, result] of results.entries()) {
        if (result.status === 'rejected') break;
        this.options.outbox.commit(batches[index]!);
        this.delivered += batches[index]!.lines.length;
      }
      if (failed) {
        await this.handleFailure(failed.reason);
        continue;
      }
      if (this.failures > 0) {
        this.options.logger.info({ sink: this.options.sink.description }, 'forwarding resumed');
      }
      this.failures = 0;
      this.lastError = null;
      this.options.onHealth?.(this.health());
      this.batchLines = Math.min(this.maxBatchLines, this.batchLines * 2);
      // A full batch means more is waiting: send it at once. Otherwise wait to batch by time.
      if (batches.at(-1)!.lines.length < this.batchLines) await this.pause(this.flushIntervalMs);
    }
  }

  /** Writes a batch; a rejected one is split until the bad lines are found and quarantined. */
  private async deliver(batch: OutboxBatch, from = 0, to = batch.lines.length): Promise<void> {
    try {
      await this.options.sink.write(batch.lines.slice(from, to));
    } catch (error) {
      if (!(error instanceof SinkError) || error.kind !== 'rejected') throw error;
      if (to - from === 1) {
        this.options.outbox.quarantine(batch.origins[from]!, batch.lines[from]!, error.message);
        this.options.logger.warn(
          { reason: error.message },
          'a line InfluxDB will never accept was quarantined',
        );
        return;
      }
      const middle = from + Math.floor((to - from) / 2);
      await this.deliver(batch, from, middle);
      await this.deliver(batch, middle, to);
    }
  }

  private async handleFailure(error: unknown): Promise<void> {
    const sinkError =
      error instanceof SinkError
        ? error
        : new SinkError('unavailable', `unexpected: ${String(error)}`);
    if (sinkError.kind === 'too-large' && this.batchLines > 1) {
      this.batchLines = Math.max(1, Math.floor(this.batchLines / 2));
      return;
    }
    this.needsAction = sinkError.kind === 'unauthorized' || sinkError.kind === 'missing-target';
    if (sinkError.kind === 'missing-target') {
      try {
        await this.options.sink.ensureTarget();
        this.options.logger.info(
          { sink: this.options.sink.description },
          'created the missing database',
        );
        return;
      } catch (creation) {
        this.lastError = (creation as Error).message;
      }
    } else {
      this.lastError = sinkError.message;
    }
    this.failures++;
    this.options.onHealth?.(this.health());
    const exponentialMs = Math.min(this.maxBackoffMs, this.minBackoffMs * 2 ** (this.failures - 1));
    // Full jitter on the upper half: many centres retrying after one central outage spread out.
    const delayMs = Math.max(
      sinkError.retryAfterMs ?? 0,
      exponentialMs / 2 + (this.random() * exponentialMs) / 2,
    );
    if (this.failures === 1 || this.failures % 10 === 0) {
      this.options.logger.warn(
        {
          sink: this.options.sink.description,
          error: this.lastError,
          retryInMs: Math.round(delayMs),
          failures: this.failures,
        },
        'forwarding to InfluxDB failed; the data stays in the outbox and will be sent',
      );
    }
    await this.pause(delayMs);
  }

  private pause(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }

  private wake(): void {
    clearTimeout(this.timer);
    this.wakeUp?.();
  }
}
