import type { CounterEvent } from '../contracts/event.js';
import type { QueueSnapshot } from '../contracts/queue.js';
import { QueueModel, type QueueNames } from './queue-model.js';

/** Site id of the demo simulator's data: never a real centre's, so the two never mix. */
export const DEMO_SITE = 'demo';

/**
 * The live queues of every site this collector hears of: its own (with names from config), the
 * demo's, and any other site a province's queue systems send, shown by slug.
 */
export class QueueBoard {
  private readonly models = new Map<string, QueueModel>();

  constructor(
    private readonly ownSite: string,
    private readonly names: QueueNames,
  ) {
    this.modelOf(ownSite);
  }

  /** Folds events into their sites' queues; returns the sites whose queue changed. */
  apply(events: readonly CounterEvent[]): Set<string> {
    const touched = new Set<string>();
    for (const event of events) {
      this.modelOf(event.site).apply(event);
      touched.add(event.site);
    }
    return touched;
  }

  /** The queue of one site (an empty one for a site never heard of). */
  snapshot(site: string): QueueSnapshot {
    return this.modelOf(site).snapshot();
  }

  /** The queues of every known site, own site first. */
  snapshots(): QueueSnapshot[] {
    return [...this.models.values()].map((model) => model.snapshot());
  }

  /** Empties one site's queue for a new day (the demo's simulated days). */
  startNewDay(site: string): void {
    this.modelOf(site).startNewDay();
  }

  private modelOf(site: string): QueueModel {
    let model = this.models.get(site);
    if (!model) {
      const named = site === this.ownSite || site === DEMO_SITE;
      model = new QueueModel(
        site,
        named ? this.names : { fields: [], counters: [] },
        site === DEMO_SITE,
      );
      this.models.set(site, model);
    }
    return model;
  }
}
