import type { Database, Statement } from 'better-sqlite3';
import type { CounterEvent } from '../../contracts/event.js';
import type {
  CalledTicket,
  DeviceInfo,
  IssuedTicket,
  TerminalConfig,
  TerminalField,
  TerminalState,
} from '../../contracts/terminal.js';
import { startOfLocalDayMs } from '../../counters/local-day.js';
import type { Intake } from '../intake.js';
import { eventOfRow, type EventRow } from '../recorder/event-row.js';
import { fieldPrefix, nextTicketNumber, TicketPool } from './ticket-pool.js';

/** The centre as the terminals show it: names from config, in config order. */
export interface TerminalCentre {
  site: { id: string; name: string };
  fields: readonly { id: string; name: string }[];
  counters: readonly { id: string; name: string; fields: readonly string[] }[];
}

/** A press the collector answered before under the same id: the caller sends back the same answer. */
export class PressIdReusedError extends Error {
  constructor(id: string, type: string) {
    super(
      `the press id "${id}" was already used for a ${type} event: make a new id (a UUID) for each press`,
    );
    this.name = 'PressIdReusedError';
  }
}

/**
 * What the terminals ask of the collector beyond plain events: the numbers (a kiosk's ticket, a
 * counter's next call), which only the collector can allocate, since only it sees every device.
 *
 * Allocation is read-decide-record in one synchronous run (better-sqlite3 and the intake are
 * synchronous, and Node runs one handler at a time), so two kiosks or two counters asking at the
 * same moment are served one after the other and never get the same ticket. Each press carries a
 * device-made id: a press resent after a lost answer gets the first answer back, not a second ticket.
 */
export class TerminalService {
  private readonly statements: {
    eventById: Statement<[string], EventRow>;
    siteEventsSince: Statement<[string, number], EventRow>;
  };
  private readonly fieldsById: Map<string, TerminalField>;

  constructor(
    db: Database,
    private readonly intake: Pick<Intake, 'acceptEvents'>,
    private readonly centre: TerminalCentre,
    private readonly clock: () => number = Date.now,
  ) {
    this.statements = {
      eventById: db.prepare(
        'SELECT id, ts, site, type, ticket, field, counter, outcome, rating FROM events WHERE id = ?',
      ),
      siteEventsSince: db.prepare(
        `SELECT id, ts, site, type, ticket, field, counter, outcome, rating
         FROM events WHERE site = ? AND ts >= ? ORDER BY ts, seq`,
      ),
    };
    this.fieldsById = new Map(
      centre.fields.map((field, index) => [
        field.id,
        { id: field.id, name: field.name, prefix: fieldPrefix(index) },
      ]),
    );
  }

  /** The centre's site id: the site of every event a terminal records. */
  get siteId(): string {
    return this.centre.site.id;
  }

  /** Ids of the configured counters, the only ones a counter page or rating pad may belong to. */
  counterIds(): string[] {
    return this.centre.counters.map((counter) => counter.id);
  }

  /** A configured field, or undefined (a kiosk offers only configured fields). */
  field(id: string): TerminalField | undefined {
    return this.fieldsById.get(id);
  }

  /** What the device's page needs to draw itself. */
  configFor(device: DeviceInfo): TerminalConfig {
    return {
      site: { ...this.centre.site },
      device: { id: device.id, name: device.name, kind: device.kind, counter: device.counter },
      fields: [...this.fieldsById.values()],
      counters: this.centre.counters.map((c) => ({
        id: c.id,
        name: c.name,
        fields: [...c.fields],
      })),
    };
  }

  /** The device's view of today's queue: its counter's state and who waits for it. */
  stateFor(device: DeviceInfo): TerminalState {
    const now = this.clock();
    return this.pool(now).stateOf(device.counter, this.fieldsOf(device.counter), now);
  }

  /** Issues the next number of `field` as a `ticket.issued` event with the press's id. */
  issueTicket(pressId: string, field: TerminalField): IssuedTicket {
    const now = this.clock();
    const earlier = this.earlierPress(pressId, 'ticket.issued');
    const pool = this.pool(now);
    if (earlier) {
      const waitingAhead = pool.waiting([earlier.field!]).filter((v) => v.issuedMs! < earlier.ts);
      return this.issued(earlier.ticket!, earlier.field!, earlier.ts, waitingAhead.length);
    }
    const ticket = nextTicketNumber(field.prefix, pool.issuedNumbers());
    const waitingAhead = pool.waiting([field.id]).length;
    this.intake.acceptEvents([
      {
        id: pressId,
        ts: now,
        site: this.centre.site.id,
        type: 'ticket.issued',
        ticket,
        field: field.id,
      },
    ]);
    return this.issued(ticket, field.id, now, waitingAhead);
  }

  /**
   * Calls the oldest waiting ticket of the counter's fields as a `ticket.called` event with the
   * press's id; `ticket: null` when nobody waits (nothing is recorded then).
   */
  callNext(pressId: string, counter: string): CalledTicket {
    const earlier = this.earlierPress(pressId, 'ticket.called');
    if (earlier)
      return { ticket: earlier.ticket!, field: earlier.field ?? null, calledMs: earlier.ts };
    const now = this.clock();
    const next = this.pool(now).nextFor(this.fieldsOf(counter));
    if (!next) return { ticket: null, field: null, calledMs: null };
    const event: CounterEvent = {
      id: pressId,
      ts: now,
      site: this.centre.site.id,
      type: 'ticket.called',
      ticket: next.ticket,
      counter,
    };
    if (next.field !== null) event.field = next.field;
    this.intake.acceptEvents([event]);
    return { ticket: next.ticket, field: next.field, calledMs: now };
  }

  /** Today's tickets of the centre, read afresh so that events from every source count. */
  private pool(now: number): TicketPool {
    const rows = this.statements.siteEventsSince.all(this.centre.site.id, startOfLocalDayMs(now));
    return new TicketPool(rows.map(eventOfRow));
  }

  /** Fields a counter serves; none configured (or a kiosk) means every field. */
  private fieldsOf(counter: string | null): readonly string[] {
    return this.centre.counters.find((c) => c.id === counter)?.fields ?? [];
  }

  private earlierPress(pressId: string, type: CounterEvent['type']): CounterEvent | undefined {
    const row = this.statements.eventById.get(pressId);
    if (!row) return undefined;
    if (row.type !== type) throw new PressIdReusedError(pressId, row.type);
    return eventOfRow(row);
  }

  private issued(
    ticket: string,
    field: string,
    issuedMs: number,
    waitingAhead: number,
  ): IssuedTicket {
    return {
      ticket,
      field,
      fieldName: this.fieldsById.get(field)?.name ?? field,
      issuedMs,
      waitingAhead,
    };
  }
}
