import type { CounterEvent } from '../contracts/event.js';
import type { Sample } from '../contracts/sample.js';
import type { Logger } from 'pino';
import type { QueueBoard } from '../counters/queue-board.js';
import { linkHealthMessages, type LinkHealth } from './link-health/index.js';
import type { LiveHub } from './live/live-hub.js';
import type { CollectorMetrics } from './metrics.js';
import type { Recorder } from './recorder/recorder.js';

/** Where samples and events come from: an HTTP client, or a probe, the simulator or the queue sampler inside the collector. */
export type IntakeSource = 'http' | 'probe' | 'demo' | 'queue';

/**
 * The one path every sample and event takes, whoever produced it: record durably first, then
 * update the live queue and link health, and fan out. Nothing is shown live that is not on disk.
 */
export class Intake {
  constructor(
    private readonly recorder: Recorder,
    private readonly queues: QueueBoard,
    private readonly hub: LiveHub,
    private readonly metrics: CollectorMetrics,
    private readonly linkHealth: LinkHealth,
    private readonly logger: Logger,
  ) {}

  /**
   * Records a batch of valid samples (all or none), then streams them. `acknowledge` runs once the
   * batch is on disk and before the fan-out: the HTTP route answers 202 there, so that a client's
   * acknowledgement never waits for a thousand WebSocket sends.
   */
  acceptSamples(samples: readonly Sample[], source: IntakeSource, acknowledge?: () => void): void {
    this.recorder.recordSamples(samples);
    this.metrics.samplesIngested.inc({ source }, samples.length);
    acknowledge?.();
    if (samples.length === 1) this.hub.publish('sample', { type: 'sample', sample: samples[0]! });
    else if (samples.length > 1)
      this.hub.publish('sample', { type: 'samples', samples: [...samples] });
    this.updateLinkHealth(samples);
  }

  /**
   * Target states, outages and the verdict follow the recorded samples. The batch is on disk by
   * now: a failure here is logged, never turned into an error that makes the client resend it.
   */
  private updateLinkHealth(samples: readonly Sample[]): void {
    try {
      const update = this.linkHealth.applySamples(samples);
      for (const { topic, message } of linkHealthMessages(this.linkHealth.site, update)) {
        this.hub.publish(topic, message);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not update link health (outages) for a batch');
    }
  }

  /**
   * Records a batch of valid events (all or none), applies the new ones, then streams them;
   * `acknowledge` runs between the recording and the fan-out, as for samples.
   */
  acceptEvents(
    events: readonly CounterEvent[],
    acknowledge?: (result: { accepted: number; duplicates: number }) => void,
  ): { accepted: number; duplicates: number } {
    const { accepted, duplicates } = this.recorder.recordEvents(events);
    this.metrics.eventsIngested.inc({ result: 'accepted' }, accepted.length);
    this.metrics.eventsIngested.inc({ result: 'duplicate' }, duplicates);
    acknowledge?.({ accepted: accepted.length, duplicates });
    const touched = this.queues.apply(accepted);
    for (const event of accepted) this.hub.publish('event', { type: 'event', event });
    for (const site of touched)
      this.hub.publish('state', { type: 'state', queue: this.queues.snapshot(site) });
    return { accepted: accepted.length, duplicates };
  }
}
