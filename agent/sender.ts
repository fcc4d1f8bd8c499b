import type { Logger } from 'pino';
import { nextRetryDelayMs } from './backoff.js';
import { postSamples, type PostOutcome } from './collector-client.js';
import type { Spool, SpooledSample } from './spool.js';

/** Options of the sender; defaults as stated. */
export interface SenderOptions {
  spool: Spool;
  collectorUrl: URL;
  /** Ingest token of the collector; never logged. */
  token: string;
  logger: Logger;
  /** Most samples in one request (default 500, well under the collector's 10,000 and 1 MiB). */
  batchSize?: number;
  /** Longest time a sample waits in the spool for a batch to fill while all is well, in ms (default 1000). */
  flushIntervalMs?: number;
  /** Time after which a request is abandoned and retried, in ms (default 10,000). */
  requestTimeoutMs?: number;
  /** Wait after the first failure, in ms (default 1000); doubles up to `maxBackoffMs`. */
  minBackoffMs?: number;
  /** Longest wait between attempts, in ms (default 60,000). */
  maxBackoffMs?: number;
  /** Epoch ms (default `Date.now`). */
  clock?: () => number;
  /** Random number in [0, 1) for the jitter (default `Math.random`). */
  random?: () => number;
}

/** What the sender has done since start, for logs, a status line and tests. */
export interface SenderStats {
  /** Samples the collector acknowledged with 202. */
  sentSamples: number;
  /** Requests that failed and will be retried (network, 5xx, 429, token refused). */
  failedAttempts: number;
  /** Failed attempts in a row; 0 while the collector takes batches. */
  failuresInARow: number;
  lastError: string | undefined;
}

/** Failed attempts logged: the first of a run, then every tenth, so an outage of days stays readable. */
const LOG_EVERY_NTH_FAILURE = 10;

/**
 * Drains the spool into the collector, oldest first, one request in flight, so the collector
 * receives the samples in the order the probes produced them. A batch leaves the spool only after
 * a 202, or as a whole into the rejected store after a 400/422. Batches go out when `batchSize`
 * samples wait or the oldest has waited `flushIntervalMs`; a backlog goes out back to back.
 */
export class SpoolSender {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private backingOff = false;
  private batchLimit: number;
  private readonly stats: SenderStats = {
    sentSamples: 0,
    failedAttempts: 0,
    failuresInARow: 0,
    lastError: undefined,
  };
  private readonly batchSize: number;
  private readonly flushIntervalMs: number;
  private readonly requestTimeoutMs: number;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly clock: () => number;
  private readonly random: () => number;

  constructor(private readonly options: SenderOptions) {
    const {
      batchSize = 500,
      flushIntervalMs = 1000,
      requestTimeoutMs = 10_000,
      minBackoffMs = 1000,
      maxBackoffMs = 60_000,
      clock = Date.now,
      random = Math.random,
    } = options;
    this.batchSize = this.batchLimit = batchSize;
    this.flushIntervalMs = flushIntervalMs;
    this.requestTimeoutMs = requestTimeoutMs;
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

  /** Says that a sample was spooled: a waiting sender looks again (a backing-off one does not). */
  notify(): void {
    if (!this.backingOff) this.wake?.();
  }

  /** Stops after the request in flight, if any, has been answered and its outcome recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** A copy of the counters since start. */
  snapshot(): SenderStats {
    return { ...this.stats };
  }

  private async run(): Promise<void> {
    while (this.running) {
      const waitMs = this.msUntilDue();
      if (waitMs > 0) {
        await this.sleep(waitMs);
        continue;
      }
      const batch = this.options.spool.oldest(this.batchLimit);
      const outcome = await postSamples({
        collectorUrl: this.options.collectorUrl,
        token: this.options.token,
        samples: batch.map(({ sample }) => sample),
        timeoutMs: this.requestTimeoutMs,
        nowMs: this.clock(),
      });
      // Recorded even when stopping: a 202 that arrived must take its batch out of the spool.
      const retryAfterMs = this.handle(outcome, batch);
      if (retryAfterMs !== undefined && this.running) {
        this.backingOff = true;
        await this.sleep(retryAfterMs);
        this.backingOff = false;
      }
    }
  }

  /** Time until the next batch is due, in ms: 0 now, Infinity while the spool is empty. */
  private msUntilDue(): number {
    const { spool } = this.options;
    if (spool.size === 0) return Infinity;
    if (spool.size >= this.batchLimit) return 0;
    const oldestMs = spool.oldestSpooledAtMs() ?? this.clock();
    return Math.max(0, oldestMs + this.flushIntervalMs - this.clock());
  }

  /** Applies an outcome to the spool; returns the wait before the next attempt after a failure. */
  private handle(outcome: PostOutcome, batch: readonly SpooledSample[]): number | undefined {
    const { spool, logger } = this.options;
    const lastId = batch[batch.length - 1]!.id;
    switch (outcome.kind) {
      case 'accepted': {
        spool.acknowledge(lastId);
        this.stats.sentSamples += batch.length;
        if (this.stats.failuresInARow > 0) {
          logger.info(
            {
              failedAttempts: this.stats.failuresInARow,
              delivered: batch.length,
              waiting: spool.size,
            },
            'the collector takes samples again; sending the spooled ones in order',
          );
        }
        this.stats.failuresInARow = 0;
        this.stats.lastError = undefined;
        // After a 413 the limit creeps back up, so one large sample does not slow the rest for ever.
        this.batchLimit = Math.min(this.batchSize, this.batchLimit * 2);
        return undefined;
      }
      case 'rejected': {
        spool.reject(
          batch.map(({ sample }) => sample),
          { status: outcome.status, error: outcome.error },
          lastId,
        );
        logger.error(
          { status: outcome.status, samples: batch.length, error: outcome.error },
          'the collector refused a batch as invalid (a bug, or agent and collector versions that do not match); ' +
            'its samples are kept in the rejected table of the spool and will not be sent again',
        );
        return undefined;
      }
      case 'too-large': {
        if (batch.length > 1) {
          this.batchLimit = Math.ceil(batch.length / 2);
          logger.warn(
            { samples: batch.length, nextBatch: this.batchLimit },
            'the collector found the batch too large (HTTP 413); sending smaller batches',
          );
        } else {
          spool.reject([batch[0]!.sample], { status: 413, error: outcome.error }, lastId);
          logger.error(
            { error: outcome.error },
            'the collector refuses even a single sample as too large; it is kept in the rejected table',
          );
        }
        return undefined;
      }
      case 'token-refused':
        return this.failed(
          `HTTP ${outcome.status}: ${outcome.error}`,
          undefined,
          "the collector refused the token: check --token (the collector's ingest token, auth.ingestToken or tokens.json in its data directory); samples keep being spooled",
          'error',
        );
      case 'unavailable':
        return this.failed(
          outcome.error,
          outcome.retryAfterMs,
          'cannot deliver samples to the collector; they stay in the spool and will be sent in order when it answers',
          'warn',
        );
    }
  }

  private failed(
    error: string,
    retryAfterMs: number | undefined,
    message: string,
    level: 'warn' | 'error',
  ): number {
    this.stats.failedAttempts++;
    this.stats.failuresInARow++;
    this.stats.lastError = error;
    const delayMs = nextRetryDelayMs({
      failures: this.stats.failuresInARow,
      minMs: this.minBackoffMs,
      maxMs: this.maxBackoffMs,
      retryAfterMs,
      random: this.random,
    });
    const n = this.stats.failuresInARow;
    if (n === 1 || n % LOG_EVERY_NTH_FAILURE === 0) {
      this.options.logger[level](
        {
          error,
          failuresInARow: n,
          retryInMs: Math.round(delayMs),
          waiting: this.options.spool.size,
        },
        message,
      );
    }
    return delayMs;
  }

  /** Waits `ms` (Infinity: until woken), or until `notify` or `stop` wakes it. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.wake = undefined;
        resolve();
      };
      this.wake = done;
      if (!this.running) return done();
      if (Number.isFinite(ms)) this.timer = setTimeout(done, ms);
    });
  }
}
