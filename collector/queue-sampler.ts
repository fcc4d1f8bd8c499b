import type { Logger } from 'pino';
import type { QueueBoard } from '../counters/queue-board.js';
import { queueSamplesOf } from '../counters/queue-samples.js';
import type { Intake } from './intake.js';

/** How often the queue of each site is recorded as `queue` samples (DESIGN.md: every 10 s). */
export const QUEUE_SAMPLE_INTERVAL_MS = 10_000;

/**
 * Records every open site's queue per field as `queue` samples at a fixed interval, through the
 * intake (so they are stored, streamed and forwarded like any sample). A closed centre (nobody
 * waiting or served, no counter open) writes nothing: no rows at night. Returns the stop function.
 */
export function startQueueSampler({
  queues,
  intake,
  clock,
  logger,
  intervalMs = QUEUE_SAMPLE_INTERVAL_MS,
}: {
  queues: QueueBoard;
  intake: Intake;
  clock: () => number;
  logger: Logger;
  intervalMs?: number;
}): () => void {
  const timer = setInterval(() => {
    const ts = clock();
    const samples = queues
      .snapshots()
      .filter(
        (queue) =>
          queue.totals.waiting + queue.totals.serving > 0 ||
          queue.counters.some((counter) => counter.state === 'idle' || counter.state === 'serving'),
      )
      .flatMap((snapshot) => queueSamplesOf(snapshot, ts));
    if (samples.length === 0) return;
    try {
      intake.acceptSamples(samples, 'queue');
    } catch (error) {
      logger.error({ err: error }, 'could not record queue samples');
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
