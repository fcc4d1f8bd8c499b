import { rmSync } from 'node:fs';
import {
  LinkHealth,
  OutageStore,
  type LinkHealthUpdate,
  type LinkTarget,
} from '../../collector/link-health/index.js';
import { Recorder } from '../../collector/recorder/index.js';
import type { LinkState } from '../../contracts/link-health.js';
import type { Sample } from '../../contracts/sample.js';
import { newDataDir } from './collector.js';
import type { NetnsWorker } from './netns.js';
import type { WorkerTarget } from './netns-worker.js';

/** A configured target with what the worker needs to probe it. */
export type WatchedTarget = LinkTarget & Omit<WorkerTarget, 'id'>;

/**
 * The real `LinkHealth` (with its SQLite outage store) fed, one sample at a time as each round
 * ends, by a `ProbeScheduler` running the real probes inside a namespace (`NetnsWorker`). The
 * link health runs in the test's process: it is clock-free (all times come from the samples'
 * timestamps), so where it runs changes nothing, and the test can watch its state directly.
 */
export class WatchedLinkHealth {
  readonly health: LinkHealth;
  readonly samples: Sample[] = [];
  readonly updates: LinkHealthUpdate[] = [];
  private readonly recorder: Recorder;
  private readonly dataDir = newDataDir();

  private constructor(
    private readonly worker: NetnsWorker,
    site: string,
    targets: readonly WatchedTarget[],
  ) {
    this.recorder = new Recorder(this.dataDir);
    this.health = new LinkHealth({
      site,
      targets: targets.map(({ id, name, role }) => ({ id, name, role })),
      store: new OutageStore(this.recorder.database),
    });
    worker.onSample = (sample) => {
      this.samples.push(sample);
      this.updates.push(this.health.applySamples([sample]));
    };
  }

  /** Starts the rounds of every target in the worker's namespace. */
  static async start(
    worker: NetnsWorker,
    site: string,
    targets: readonly WatchedTarget[],
  ): Promise<WatchedLinkHealth> {
    const watched = new WatchedLinkHealth(worker, site, targets);
    await worker.request({
      op: 'monitor',
      site,
      targets: targets.map(({ name: _name, role: _role, ...target }) => target),
    });
    return watched;
  }

  stateOf(target: string): LinkState {
    return this.health.snapshot().targets.find((state) => state.target === target)!.state;
  }

  /** Rounds of `target` (sample timestamps, epoch ms) that started at or after `sinceMs`. */
  roundsSince(target: string, sinceMs: number): number[] {
    return this.samples
      .filter((sample) => sample.target === target && sample.ts >= sinceMs)
      .map((sample) => sample.ts);
  }

  async stop(): Promise<void> {
    this.worker.onSample = () => {};
    try {
      await this.worker.request({ op: 'stop-monitor' });
    } finally {
      this.recorder.close();
      rmSync(this.dataDir, { recursive: true, force: true });
    }
  }
}
