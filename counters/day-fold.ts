import type { CounterEvent } from '../contracts/event.js';
import type { CounterState, QueueAnomalies } from '../contracts/queue.js';

/** One visit of today: a ticket from issue to its end. Times in epoch ms, null until they happen. */
export interface Visit {
  ticket: string;
  /** Field slug; null while neither the issue nor a later event has named it. */
  field: string | null;
  /** Null when the issue event never arrived. */
  issuedMs: number | null;
  /** First call (a recall after a no-show keeps the first). */
  calledMs: number | null;
  startedMs: number | null;
  /** Completion or no-show. */
  endedMs: number | null;
  end: 'completed' | 'no_show' | null;
  /** Counter that called or served the ticket last. */
  counter: string | null;
}

/** A rating of today, with the field of its visit when the rating named a known ticket. */
export interface Rating {
  ms: number;
  /** 1 (not satisfied) to 4 (very satisfied). */
  rating: number;
  field: string | null;
}

/** A counter as the fold leaves it. */
export interface CounterRecord {
  state: CounterState;
  ticket: string | null;
  /** When it entered its current state (epoch ms). */
  sinceMs: number;
  servedToday: number;
}

/** Everything today's events say, folded in time order. */
export interface DayState {
  issuedToday: number;
  /** Every visit of the day in order of first sight; a number issued again is a new visit. */
  visits: Visit[];
  /** The current visit of each ticket number. */
  tickets: Map<string, Visit>;
  counters: Map<string, CounterRecord>;
  ratings: Rating[];
  anomalies: QueueAnomalies;
}

/** An empty day with the configured counters closed. */
export function emptyDay(counterIds: Iterable<string>): DayState {
  return {
    issuedToday: 0,
    visits: [],
    tickets: new Map(),
    counters: new Map(
      [...counterIds].map((id) => [
        id,
        { state: 'closed', ticket: null, sinceMs: 0, servedToday: 0 },
      ]),
    ),
    ratings: [],
    anomalies: {
      calledWithoutIssue: 0,
      startedWithoutCall: 0,
      completedWithoutCall: 0,
      noShowWithoutCall: 0,
      endedTwice: 0,
      ratingWithoutVisit: 0,
    },
  };
}

/**
 * Folds one event into the day. Events must come in `compareEvents` order; a broken lifecycle
 * (a lost issue or call) is repaired as far as the event allows and counted in `anomalies`.
 */
export function foldEvent(day: DayState, event: CounterEvent): void {
  const counter = event.counter ? counterOf(day, event.counter, event.ts) : undefined;
  switch (event.type) {
    case 'ticket.issued': {
      day.issuedToday++;
      // A number issued again (numbers wrap, or a new simulated day) is a new visit.
      const visit = newVisit(event.ticket!, event.field ?? null, event.ts);
      day.tickets.set(visit.ticket, visit);
      day.visits.push(visit);
      break;
    }
    case 'ticket.called': {
      const visit = visitOf(day, event);
      if (visit.issuedMs === null && visit.calledMs === null) day.anomalies.calledWithoutIssue++;
      // A no-show who comes back is called again: the visit goes on, its first call counts.
      if (visit.end === 'no_show') {
        visit.end = null;
        visit.endedMs = null;
      }
      visit.calledMs ??= event.ts;
      visit.counter = event.counter ?? visit.counter;
      if (counter) setCounter(counter, 'serving', visit.ticket, event.ts);
      break;
    }
    case 'service.started': {
      const visit = visitOf(day, event);
      if (visit.calledMs === null) day.anomalies.startedWithoutCall++;
      visit.startedMs ??= event.ts;
      visit.counter = event.counter ?? visit.counter;
      if (counter) setCounter(counter, 'serving', visit.ticket, event.ts);
      break;
    }
    case 'service.completed':
    case 'ticket.no_show': {
      const visit = visitOf(day, event);
      const completed = event.type === 'service.completed';
      if (visit.end === 'completed') {
        day.anomalies.endedTwice++;
        break;
      }
      if (visit.calledMs === null) {
        if (completed) day.anomalies.completedWithoutCall++;
        else day.anomalies.noShowWithoutCall++;
      }
      visit.end = completed ? 'completed' : 'no_show';
      visit.endedMs = event.ts;
      visit.counter = event.counter ?? visit.counter;
      if (counter) {
        if (completed) counter.servedToday++;
        // A late completion of an earlier ticket must not free a counter now serving another.
        if (counter.ticket === null || counter.ticket === visit.ticket) {
          setCounter(counter, 'idle', null, event.ts);
        }
      }
      break;
    }
    case 'rating.submitted': {
      const visit = event.ticket ? day.tickets.get(event.ticket) : undefined;
      if (event.ticket && !visit) day.anomalies.ratingWithoutVisit++;
      day.ratings.push({ ms: event.ts, rating: event.rating!, field: visit?.field ?? null });
      break;
    }
    case 'counter.opened':
      if (counter) setCounter(counter, 'idle', null, event.ts);
      break;
    case 'counter.paused':
      if (counter) setCounter(counter, 'paused', null, event.ts);
      break;
    case 'counter.closed':
      if (counter) setCounter(counter, 'closed', null, event.ts);
      break;
  }
}

function newVisit(ticket: string, field: string | null, issuedMs: number | null): Visit {
  return {
    ticket,
    field,
    issuedMs,
    calledMs: null,
    startedMs: null,
    endedMs: null,
    end: null,
    counter: null,
  };
}

/** The ticket's current visit; one first seen after its issue (the issue event lost) is created. */
function visitOf(day: DayState, event: CounterEvent): Visit {
  let visit = day.tickets.get(event.ticket!);
  if (!visit) {
    visit = newVisit(event.ticket!, event.field ?? null, null);
    day.tickets.set(visit.ticket, visit);
    day.visits.push(visit);
  }
  if (event.field && !visit.field) visit.field = event.field;
  return visit;
}

function counterOf(day: DayState, id: string, ts: number): CounterRecord {
  let record = day.counters.get(id);
  if (!record) {
    // A counter the config does not name is known from its first event, open since then.
    record = { state: 'idle', ticket: null, sinceMs: ts, servedToday: 0 };
    day.counters.set(id, record);
  }
  return record;
}

function setCounter(
  record: CounterRecord,
  state: CounterState,
  ticket: string | null,
  ts: number,
): void {
  if (record.state !== state) record.sinceMs = ts;
  record.state = state;
  record.ticket = ticket;
}
