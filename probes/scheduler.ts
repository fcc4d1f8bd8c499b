import type { Sample } from '../contracts/sample.js';
import type { Probe, ProbeTarget } from './probe.js';

/** One scheduled target: what to measure, with which probe, how often. */
export interface ScheduledTarget {
  target: ProbeTarget;
  probe: Probe;
  intervalSeconds: number;
}

/** Options of the scheduler; the clock gives epoch ms and is injected so tests can fix it. */
export interface ProbeSchedulerOptions {
  site: string;
  targets: readonly ScheduledTarget[];
  clock?: () => number;
  /** Receives each sample as soon as its round ends. */
  onSample: (sample: Sample) => void;
  /**
   * Receives a probe that threw instead of returning `up: 0` (a bug, reported and survived), and
   * a problem of this machine that a probe reports once, such as a missing `fping` (its round
   * is still recorded, as down).
   */
  onError: (targetId: string, error: unknown) => void;
}

/**
 * Runs each target's rounds at its interval, starting all at once. A round never overlaps the
 * previous one of the same target: the next starts one interval after the last started, or at
 * once if the last took longer.
 */
export class ProbeScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private running = false;

  constructor(private readonly options: ProbeSchedulerOptions) {}

  start(): void {
    this.running = true;
    for (const scheduled of this.options.targets) void this.runRound(scheduled);
  }

  stop(): void {
    this.running = false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async runRound(scheduled: ScheduledTarget): Promise<void> {
    const clock = this.options.clock ?? Date.now;
    const startedMs = clock();
    try {
      // The RTT distribution of a round is not recorded yet: samples hold numbers only.
      const { fields, problem } = await scheduled.probe.measure(scheduled.target);
      if (!this.running) return;
      if (problem) this.options.onError(scheduled.target.id, problem);
      this.options.onSample({
        ts: startedMs,
        site: this.options.site,
        measurement: scheduled.probe.measurement ?? 'link',
        target: scheduled.target.id,
        probe: scheduled.probe.kind,
        fields: roundFields(fields),
      });
    } catch (error) {
      this.options.onError(scheduled.target.id, error);
    }
    if (!this.running) return;
    const delayMs = Math.max(0, startedMs + scheduled.intervalSeconds * 1000 - clock());
    this.timers.set(
      scheduled.target.id,
      setTimeout(() => void this.runRound(scheduled), delayMs),
    );
  }
}

/** Timings to the microsecond: finer digits are noise and cost storage. */
export function roundFields(fields: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, Math.round(value * 1000) / 1000]),
  );
}
