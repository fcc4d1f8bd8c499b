import type { CounterEvent } from '../contracts/event.js';
import type {
  CounterStatus,
  FieldQueue,
  QueueBaseline,
  QueueSnapshot,
} from '../contracts/queue.js';
import { emptyDay, foldEvent, type DayState } from './day-fold.js';
import { insertInOrder } from './event-order.js';
import { computeKpis, kpiOptionsOf, UNKNOWN_FIELD_ID, type KpiOptions } from './kpis.js';
import { localDayOf } from './local-day.js';

/** Display name of the field of tickets whose issue event was lost or never sent. */
const UNKNOWN_FIELD_NAME = 'Chưa rõ lĩnh vực';

/** Display names from config; a slug the config does not name is shown as it is. */
export interface QueueNames {
  fields: readonly { id: string; name: string }[];
  /** Counters, with the fields each serves (for the estimated wait; none = learnt from its calls). */
  counters: readonly { id: string; name: string; fields?: readonly string[] }[];
}

/** How the model computes its figures: the clock, and the KPI options (defaults in `kpiOptionsOf`). */
export interface QueueModelOptions extends Partial<KpiOptions> {
  /** Epoch ms; the figures of a snapshot are computed at this time (default `Date.now`). */
  clock?: () => number;
  /** "A normal day" of a site for a local day (`YYYY-MM-DD`), from the recorder's history. */
  baselineOf?: (site: string, day: string) => QueueBaseline | undefined;
}

/**
 * The live queue of one site for the current local day, folded from counter events.
 *
 * Events are placed at their own time whatever order they arrive in: today's events are kept
 * sorted (`compareEvents`), one that sorts last is folded in, and an older one (a terminal back
 * online, a backfill) is inserted and the day folded again from the start. Re-folding is O(n) in
 * today's events: a 2,000-ticket day has about 12,000, a few milliseconds, and late events are
 * rare, while an order-independent fold would have to make every derived figure (counter states,
 * recalls, reissued numbers) commutative. A new local day starts from an empty queue; events of
 * an earlier day do not change today's.
 */
export class QueueModel {
  private day: string | null = null;
  private asOfMs: number | null = null;
  private events: CounterEvent[] = [];
  /** Ids of today's events: the recorder drops a duplicate id, and so does the model if one reaches it. */
  private ids = new Set<string>();
  private state: DayState;
  private readonly fieldNames: Map<string, string>;
  private readonly counterNames: Map<string, string>;
  private readonly counterFields: Map<string, readonly string[]>;
  private readonly baselineOf: QueueModelOptions['baselineOf'];
  private readonly clock: () => number;
  private readonly kpiOptions: KpiOptions;

  constructor(
    readonly site: string,
    names: QueueNames,
    private readonly demo: boolean,
    options: QueueModelOptions = {},
  ) {
    this.fieldNames = new Map(names.fields.map((f) => [f.id, f.name]));
    this.counterNames = new Map(names.counters.map((c) => [c.id, c.name]));
    this.counterFields = new Map(names.counters.map((c) => [c.id, c.fields ?? []]));
    const { clock = Date.now, baselineOf, ...kpiOptions } = options;
    this.clock = clock;
    this.baselineOf = baselineOf;
    this.kpiOptions = kpiOptionsOf(kpiOptions);
    this.state = emptyDay(this.counterNames.keys());
  }

  /** Folds one event into the queue at its own time. */
  apply(event: CounterEvent): void {
    this.applyAll([event]);
  }

  /** Folds a batch of events, re-folding the day at most once however many arrived late. */
  applyAll(events: readonly CounterEvent[]): void {
    let refold = false;
    for (const event of events) {
      const day = localDayOf(event.ts);
      if (this.day === null || day > this.day) {
        this.resetDay(day);
        refold = false;
      } else if (day < this.day) continue;
      if (this.ids.has(event.id)) continue;
      this.ids.add(event.id);
      this.asOfMs = Math.max(this.asOfMs ?? event.ts, event.ts);
      const index = insertInOrder(this.events, event);
      if (index < this.events.length - 1) refold = true;
      else if (!refold) foldEvent(this.state, event);
    }
    if (refold) {
      this.state = emptyDay(this.counterNames.keys());
      for (const event of this.events) foldEvent(this.state, event);
    }
  }

  /** Starts an empty day now (the demo's simulated days are shorter than calendar days). */
  startNewDay(): void {
    this.resetDay(this.day);
  }

  /** The queue as the dashboard shows it, with today's figures at the clock's time. */
  snapshot(): QueueSnapshot {
    const { visits, counters: counterRecords } = this.state;
    const fields = new Map<string, FieldQueue>();
    for (const [id, name] of this.fieldNames) fields.set(id, emptyField(id, name));
    for (const visit of visits) {
      if (visit.end !== null) continue;
      // A ticket whose issue event never arrived may have no field: it is still someone waiting.
      const id = visit.field ?? UNKNOWN_FIELD_ID;
      let field = fields.get(id);
      if (!field) {
        field = emptyField(id, id === UNKNOWN_FIELD_ID ? UNKNOWN_FIELD_NAME : id);
        fields.set(id, field);
      }
      if (visit.calledMs === null && visit.startedMs === null) {
        field.waiting++;
        field.oldestWaitingSinceMs = Math.min(
          field.oldestWaitingSinceMs ?? Infinity,
          visit.issuedMs!,
        );
      } else {
        field.serving++;
      }
    }
    const counters: CounterStatus[] = [...counterRecords].map(([id, record]) => ({
      counter: id,
      name: this.counterNames.get(id) ?? id,
      state: record.state,
      ticket: record.ticket,
      sinceMs: record.sinceMs,
      servedToday: record.servedToday,
    }));
    const fieldList = [...fields.values()];
    const kpis = computeKpis(
      {
        visits,
        ratings: this.state.ratings,
        counters: counterRecords,
        counterFields: this.counterFields,
        fieldOrder: fieldList.map((f) => f.field),
        nowMs: this.clock(),
      },
      this.kpiOptions,
    );
    return {
      site: this.site,
      demo: this.demo,
      asOfMs: this.asOfMs,
      fields: fieldList,
      counters,
      totals: {
        waiting: sum(fieldList.map((f) => f.waiting)),
        serving: sum(fieldList.map((f) => f.serving)),
        servedToday: sum(counters.map((c) => c.servedToday)),
        issuedToday: this.state.issuedToday,
      },
      kpis,
      anomalies: { ...this.state.anomalies },
      baseline: this.baselineOf?.(this.site, localDayOf(this.clock())),
    };
  }

  private resetDay(day: string | null): void {
    this.day = day;
    this.events = [];
    this.ids = new Set();
    this.state = emptyDay(this.counterNames.keys());
  }
}

function emptyField(id: string, name: string): FieldQueue {
  return { field: id, name, waiting: 0, serving: 0, oldestWaitingSinceMs: null };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
