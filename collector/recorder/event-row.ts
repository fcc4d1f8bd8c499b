import type { CounterEvent } from '../../contracts/event.js';

/** A row of the `events` table, as SQLite returns it (absent keys are NULL). */
export interface EventRow {
  id: string;
  ts: number;
  site: string;
  type: CounterEvent['type'];
  ticket: string | null;
  field: string | null;
  counter: string | null;
  outcome: CounterEvent['outcome'] | null;
  rating: number | null;
}

/** The event a row of the `events` table holds, without the keys that are NULL. */
export function eventOfRow(row: EventRow): CounterEvent {
  const event: CounterEvent = { id: row.id, ts: row.ts, site: row.site, type: row.type };
  if (row.ticket !== null) event.ticket = row.ticket;
  if (row.field !== null) event.field = row.field;
  if (row.counter !== null) event.counter = row.counter;
  if (row.outcome !== null) event.outcome = row.outcome;
  if (row.rating !== null) event.rating = row.rating;
  return event;
}
