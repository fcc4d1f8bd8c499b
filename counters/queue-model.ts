import type { CounterEvent } from '../contracts/event.js';
import type { CounterState, CounterStatus, FieldQueue, QueueSnapshot } from '../contracts/queue.js';
import { localDayOf } from './local-day.js';

/** Where tickets of no known field are counted (their issue event was lost or never sent). */
const UNKNOWN_FIELD = { id: 'chua-ro', name: 'Chưa rõ lĩnh vực' } as const;

type TicketState = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';

interface TicketRecord {
  field: string | null;
  state: TicketState;
  issuedMs: number;
}

interface CounterRecord {
  state: CounterState;
  ticket: string | null;
  sinceMs: number;
  servedToday: number;
}

/** Display names from config; a slug the config does not name is shown as it is. */
export interface QueueNames {
  fields: readonly { id: string; name: string }[];
  counters: readonly { id: string; name: string }[];
}

/**
 * The live queue of one site for the current day, folded from counter events.
 * Events are applied in the order given; a new local day starts from an empty queue.
 */
export class QueueModel {
  private day: string | null = null;
  private asOfMs: number | null = null;
  private issuedToday = 0;
  private readonly tickets = new Map<string, TicketRecord>();
  private readonly counters = new Map<string, CounterRecord>();
  private readonly fieldNames: Map<string, string>;
  private readonly counterNames: Map<string, string>;

  constructor(
    readonly site: string,
    names: QueueNames,
    private readonly demo: boolean,
  ) {
    this.fieldNames = new Map(names.fields.map((f) => [f.id, f.name]));
    this.counterNames = new Map(names.counters.map((c) => [c.id, c.name]));
    this.resetDay(null);
  }

  /** Folds one event into the queue. */
  apply(event: CounterEvent): void {
    const day = localDayOf(event.ts);
    if (this.day === null || day > this.day) this.resetDay(day);
    else if (day < this.day) return; // a late event of an earlier day does not change today's queue
    this.asOfMs = Math.max(this.asOfMs ?? event.ts, event.ts);

    const ticket =
      event.ticket && event.type !== 'ticket.issued'
        ? this.ticketOf(event.ticket, event)
        : undefined;
    const counter = event.counter ? this.counterOf(event.counter, event.ts) : undefined;
    switch (event.type) {
      case 'ticket.issued':
        this.issuedToday++;
        // A number issued again (numbers wrap, or a new simulated day) is a new visit.
        if (event.ticket) {
          this.tickets.set(event.ticket, {
            field: event.field ?? null,
            state: 'waiting',
            issuedMs: event.ts,
          });
        }
        break;
      case 'ticket.called':
      case 'service.started':
        if (ticket) ticket.state = event.type === 'ticket.called' ? 'called' : 'serving';
        if (counter) this.setCounter(counter, 'serving', event.ticket ?? null, event.ts);
        break;
      case 'service.completed':
        if (ticket) ticket.state = 'done';
        if (counter) {
          counter.servedToday++;
          this.setCounter(counter, 'idle', null, event.ts);
        }
        break;
      case 'ticket.no_show':
        if (ticket) ticket.state = 'no_show';
        if (counter) this.setCounter(counter, 'idle', null, event.ts);
        break;
      case 'counter.opened':
        if (counter) this.setCounter(counter, 'idle', null, event.ts);
        break;
      case 'counter.paused':
        if (counter) this.setCounter(counter, 'paused', null, event.ts);
        break;
      case 'counter.closed':
        if (counter) this.setCounter(counter, 'closed', null, event.ts);
        break;
      case 'rating.submitted':
        break; // ratings feed the satisfaction figures, not the queue
    }
  }

  /** Starts an empty day now (the demo's simulated days are shorter than calendar days). */
  startNewDay(): void {
    this.resetDay(this.day);
  }

  /** The queue as the dashboard shows it. */
  snapshot(): QueueSnapshot {
    const fields = new Map<string, FieldQueue>();
    for (const [id, name] of this.fieldNames) fields.set(id, this.emptyField(id, name));
    for (const record of this.tickets.values()) {
      const active =
        record.state === 'waiting' || record.state === 'called' || record.state === 'serving';
      if (!active) continue;
      // A ticket whose issue event never arrived may have no field: it is still someone waiting.
      const id = record.field ?? UNKNOWN_FIELD.id;
      let field = fields.get(id);
      if (!field) {
        const name = id === UNKNOWN_FIELD.id ? UNKNOWN_FIELD.name : (this.fieldNames.get(id) ?? id);
        field = this.emptyField(id, name);
        fields.set(id, field);
      }
      if (record.state === 'waiting') {
        field.waiting++;
        field.oldestWaitingSinceMs = Math.min(
          field.oldestWaitingSinceMs ?? Infinity,
          record.issuedMs,
        );
      } else {
        field.serving++;
      }
    }
    const counters: CounterStatus[] = [...this.counters].map(([id, record]) => ({
      counter: id,
      name: this.counterNames.get(id) ?? id,
      state: record.state,
      ticket: record.ticket,
      sinceMs: record.sinceMs,
      servedToday: record.servedToday,
    }));
    const fieldList = [...fields.values()];
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
        issuedToday: this.issuedToday,
      },
    };
  }

  private resetDay(day: string | null): void {
    this.day = day;
    this.issuedToday = 0;
    this.tickets.clear();
    this.counters.clear();
    for (const id of this.counterNames.keys()) {
      this.counters.set(id, { state: 'closed', ticket: null, sinceMs: 0, servedToday: 0 });
    }
  }

  private ticketOf(ticket: string, event: CounterEvent): TicketRecord {
    let record = this.tickets.get(ticket);
    if (!record) {
      // A ticket first seen when called (its issue event lost or not sent) still counts as served.
      record = { field: event.field ?? null, state: 'waiting', issuedMs: event.ts };
      this.tickets.set(ticket, record);
    }
    if (event.field && !record.field) record.field = event.field;
    return record;
  }

  private counterOf(counter: string, ts: number): CounterRecord {
    let record = this.counters.get(counter);
    if (!record) {
      record = { state: 'idle', ticket: null, sinceMs: ts, servedToday: 0 };
      this.counters.set(counter, record);
    }
    return record;
  }

  private setCounter(
    record: CounterRecord,
    state: CounterState,
    ticket: string | null,
    ts: number,
  ): void {
    if (record.state !== state) record.sinceMs = ts;
    record.state = state;
    record.ticket = ticket;
  }

  private emptyField(id: string, name: string): FieldQueue {
    return { field: id, name, waiting: 0, serving: 0, oldestWaitingSinceMs: null };
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
