import type { CounterEvent, CounterEventType } from '../contracts/event.js';

/**
 * Rank of each event type among events stamped with the same millisecond: a counter opens before
 * it calls, a visit's steps go in lifecycle order, and a counter pauses or closes last. The demo
 * runner stamps all events of one tick with one time, and a terminal may too.
 */
const RANK: Record<CounterEventType, number> = {
  'counter.opened': 0,
  'ticket.issued': 1,
  'ticket.called': 2,
  'service.started': 3,
  'service.completed': 4,
  'ticket.no_show': 5,
  'rating.submitted': 6,
  'counter.paused': 7,
  'counter.closed': 8,
};

/**
 * Total order of events: by time, then lifecycle rank, then id. Ids are unique (the recorder
 * drops duplicates), so folding events in this order gives the same result whatever order they
 * arrived in.
 */
export function compareEvents(a: CounterEvent, b: CounterEvent): number {
  return a.ts - b.ts || RANK[a.type] - RANK[b.type] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Inserts `event` into `sorted` (kept in `compareEvents` order) and returns its index: the list's
 * length when it goes last, the common case of an event arriving in order.
 */
export function insertInOrder(sorted: CounterEvent[], event: CounterEvent): number {
  let low = 0;
  let high = sorted.length;
  // Most events arrive in order and go last: check the end before searching.
  if (high === 0 || compareEvents(sorted[high - 1]!, event) <= 0) {
    sorted.push(event);
    return high;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareEvents(sorted[mid]!, event) <= 0) low = mid + 1;
    else high = mid;
  }
  sorted.splice(low, 0, event);
  return low;
}
