import type { CounterEvent } from '../contracts/event.js';
import type { QueueSnapshot } from '../contracts/queue.js';
import { QueueModel, type QueueModelOptions, type QueueNames } from './queue-model.js';

/** Site id of the demo simulator's data: never a real centre's, so the two never mix. */
export const DEMO_SITE = 'demo';

/**
 * The live queues of every site this collector hears of: its own (with names from config), the
 * demo's, and any other site a province's queue systems send, shown by slug.
 */
export class QueueBoard {
  private readonly models = new Map<string, QueueModel>();

  /**
   * `options` carry the clock the figures are computed at and the KPI settings (target wait,
   * default service time, working hours), the same for every site.
   */
  constructor(
    private readonly ownSite: string,
    private readonly names: QueueNames,
    private readonly options: QueueModelOptions = {},
  ) {
    this.modelOf(ownSite);
  }

  /** Folds events into their sites' queues; returns the sites whose queue changed. */
  apply(events: readonly CounterEvent[]): Set<string> {
    // One batch per site, so that a site's model re-folds at most once for its late events.
    const bySite = new Map<string, CounterEvent[]>();
    for (const event of events) {
      const batch = bySite.get(event.site);
      if (batch) batch.push(event);
      else bySite.set(event.site, [event]);
    }
    for (const [site, batch] of bySite) this.modelOf(site).applyAll(batch);
    return new Set(bySite.keys());
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
        this.options,
      );
      this.models.set(site, model);
    }
    return model;
  }
}
