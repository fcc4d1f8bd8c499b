import type { CounterEvent } from '../../contracts/event.js';
import type { CounterState } from '../../contracts/queue.js';
import type { TerminalState } from '../../contracts/terminal.js';
import { emptyDay, foldEvent, type DayState, type Visit } from '../../counters/day-fold.js';
import { compareEvents } from '../../counters/event-order.js';

/** Digits of the sequence part of a ticket number: "A001"; past 999 it simply grows ("A1000"). */
const SEQUENCE_DIGITS = 3;

/**
 * Today's tickets of one site as the terminals need them: who waits, in which field, and what
 * each counter is doing. Folded with the live queue's own `foldEvent`, so the terminals and the
 * dashboard never disagree on a ticket's lifecycle (recalls, late completions, lost issues).
 */
export class TicketPool {
  private readonly day: DayState;

  /** `events`: today's events of the site, in any order. */
  constructor(events: readonly CounterEvent[]) {
    this.day = emptyDay([]);
    for (const event of [...events].sort(compareEvents)) foldEvent(this.day, event);
  }

  /** Tickets issued and not yet called, started or ended, oldest issue first. */
  waiting(fields?: readonly string[]): Visit[] {
    const wanted = fields && fields.length > 0 ? new Set(fields) : undefined;
    return this.day.visits
      .filter(
        (visit) =>
          visit.issuedMs !== null &&
          visit.calledMs === null &&
          visit.startedMs === null &&
          visit.end === null &&
          (wanted === undefined || (visit.field !== null && wanted.has(visit.field))),
      )
      .sort((a, b) => a.issuedMs! - b.issuedMs! || compareTicketNumbers(a.ticket, b.ticket));
  }

  /**
   * The ticket a counter serving `fields` should call next: the oldest waiting one of those
   * fields (every field when the counter names none), or undefined when nobody waits.
   */
  nextFor(fields: readonly string[]): Visit | undefined {
    return this.waiting(fields)[0];
  }

  /** Numbers issued today (for numbering), whatever happened to them since. */
  issuedNumbers(): string[] {
    return this.day.visits.filter((visit) => visit.issuedMs !== null).map((v) => v.ticket);
  }

  /** A counter's view: its state, current ticket and phase, last ended visit, and who waits for it. */
  stateOf(counter: string | null, fields: readonly string[], atMs: number): TerminalState {
    const record = counter === null ? undefined : this.day.counters.get(counter);
    const counterState: CounterState | null = counter === null ? null : (record?.state ?? 'closed');
    const visit = record?.ticket ? this.day.tickets.get(record.ticket) : undefined;
    const current =
      visit && visit.end === null
        ? {
            ticket: visit.ticket,
            field: visit.field,
            phase: visit.startedMs === null ? ('called' as const) : ('serving' as const),
            sinceMs: visit.startedMs ?? visit.calledMs ?? record!.sinceMs,
          }
        : null;
    let lastEnded: TerminalState['lastEnded'] = null;
    for (const v of this.day.visits) {
      if (v.counter !== counter || v.endedMs === null) continue;
      if (lastEnded === null || v.endedMs >= lastEnded.endedMs)
        lastEnded = { ticket: v.ticket, endedMs: v.endedMs };
    }
    return {
      counter,
      counterState,
      current,
      lastEnded: counter === null ? null : lastEnded,
      waiting: this.waiting(fields).length,
      atMs,
    };
  }
}

/**
 * The next number of a field today: its prefix and one more than the highest sequence issued
 * today under that prefix ("A001" first). Numbers of other shapes (a queue system's) are ignored.
 */
export function nextTicketNumber(prefix: string, issuedToday: readonly string[]): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const ticket of issuedToday) {
    const match = pattern.exec(ticket);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${String(highest + 1).padStart(SEQUENCE_DIGITS, '0')}`;
}

/**
 * The letter of the field at `index` in the config: A, B, … Z, then AA, AB… (a centre has a
 * handful of fields; the config order is the order staff already know from the boards).
 */
export function fieldPrefix(index: number): string {
  let prefix = '';
  let n = index;
  do {
    prefix = String.fromCharCode(65 + (n % 26)) + prefix;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return prefix;
}

/** Orders "A009" before "A010" and "A999" before "A1000", whatever the padding. */
function compareTicketNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
