import type { Database, Statement } from 'better-sqlite3';
import type { CounterEvent } from '../../contracts/event.js';
import { eventOfRow, type EventRow } from '../recorder/event-row.js';
import {
  eventToLine,
  lineOf,
  outageToLine,
  seriesKeyOf,
  type SeriesTags,
  type TicketContext,
} from './line-protocol.js';

/** Named parameters of the lookups of a ticket's earlier events. */
interface TicketLookup {
  site: string;
  ticket: string;
  ts: number;
}

/** The tables the forwarder drains, each read in the order of its monotonic row id. */
export type OutboxStream = 'samples' | 'events' | 'outages';

/** A batch read from the outbox: its lines, and where each stream's cursor goes once delivered. */
export interface OutboxBatch {
  lines: string[];
  /** For each line, the stream and row it came from (to quarantine a rejected line). */
  origins: { stream: OutboxStream; rowId: number }[];
  cursors: Partial<Record<'samples' | 'events', number>>;
  /** Ended outages in the batch: they have no cursor, each is flagged once delivered. */
  outageIds: number[];
}

interface SampleRow {
  id: number;
  ts: number;
  fields: string;
  series_id: number;
}

/**
 * The forwarder's durable outbox. It holds no copy of the data: each stream is a cursor over the
 * recorder's own rows (`samples.id`, `events.seq`), so recording a sample costs one insert and a
 * crash at any moment loses nothing: rows after the cursor are sent (again) on the next start.
 */
export class Outbox {
  private readonly seriesKeys = new Map<number, string>();
  private readonly statements: {
    cursor: Statement<[string], { position: number }>;
    setCursor: Statement<[string, number]>;
    samples: Statement<[number, number], SampleRow>;
    series: Statement<[number], SeriesTags>;
    events: Statement<[number, number], EventRow & { seq: number }>;
    issuedBefore: Statement<[TicketLookup], { ts: number; field: string | null }>;
    startedBefore: Statement<[TicketLookup], { ts: number }>;
    maxSample: Statement<[], { id: number | null }>;
    maxEvent: Statement<[], { seq: number | null }>;
    oldestSampleAfter: Statement<[number], { ts: number }>;
    oldestEventAfter: Statement<[number], { ts: number }>;
    quarantine: Statement<[string, number, string, string, number]>;
    endedOutages: Statement<
      [number],
      {
        id: number;
        site: string;
        target: string;
        cause: string;
        started_ms: number;
        ended_ms: number;
      }
    >;
    markOutage: Statement<[number]>;
    outagesToForward: Statement<[], { count: number }>;
    quarantined: Statement<[], { count: number }>;
  };

  constructor(
    private readonly db: Database,
    private readonly clock: () => number = Date.now,
  ) {
    this.statements = {
      cursor: db.prepare('SELECT position FROM forward_cursors WHERE stream = ?'),
      setCursor: db.prepare(
        'INSERT INTO forward_cursors (stream, position) VALUES (?, ?) ON CONFLICT (stream) DO UPDATE SET position = excluded.position',
      ),
      samples: db.prepare(
        'SELECT id, ts, fields, series_id FROM samples WHERE id > ? ORDER BY id LIMIT ?',
      ),
      series: db.prepare('SELECT site, measurement, target, probe FROM series WHERE id = ?'),
      events: db.prepare(
        `SELECT seq, id, ts, site, type, ticket, field, counter, outcome, rating
         FROM events WHERE seq > ? ORDER BY seq LIMIT ?`,
      ),
      // The ticket's latest issue (or start) before the event, within 24 h: numbers restart daily.
      issuedBefore: db.prepare(
        `SELECT ts, field FROM events WHERE site = @site AND ticket = @ticket AND type = 'ticket.issued'
         AND ts <= @ts AND ts > @ts - 86400000 ORDER BY ts DESC LIMIT 1`,
      ),
      startedBefore: db.prepare(
        `SELECT ts FROM events WHERE site = @site AND ticket = @ticket AND type = 'service.started'
         AND ts <= @ts AND ts > @ts - 86400000 ORDER BY ts DESC LIMIT 1`,
      ),
      maxSample: db.prepare('SELECT max(id) AS id FROM samples'),
      maxEvent: db.prepare('SELECT max(seq) AS seq FROM events'),
      oldestSampleAfter: db.prepare('SELECT ts FROM samples WHERE id > ? ORDER BY id LIMIT 1'),
      oldestEventAfter: db.prepare('SELECT ts FROM events WHERE seq > ? ORDER BY seq LIMIT 1'),
      quarantine: db.prepare(
        'INSERT INTO forward_quarantine (stream, row_id, line, reason, at_ms) VALUES (?, ?, ?, ?, ?)',
      ),
      quarantined: db.prepare('SELECT count(*) AS count FROM forward_quarantine'),
      endedOutages: db.prepare(
        `SELECT id, site, target, cause, started_ms, ended_ms FROM outages
         WHERE forwarded = 0 AND ended_ms IS NOT NULL ORDER BY ended_ms LIMIT ?`,
      ),
      markOutage: db.prepare('UPDATE outages SET forwarded = 1 WHERE id = ?'),
      outagesToForward: db.prepare(
        'SELECT count(*) AS count FROM outages WHERE forwarded = 0 AND ended_ms IS NOT NULL',
      ),
    };
  }

  /**
   * Up to `limit` lines after the stored cursors, samples and events alike, or after `after`
   * (the cursors of a batch still in flight).
   */
  nextBatch(limit: number, after: OutboxBatch['cursors'] = {}): OutboxBatch {
    const batch: OutboxBatch = { lines: [], origins: [], cursors: {}, outageIds: [] };
    const sampleRows = this.statements.samples.all(
      after.samples ?? this.cursorOf('samples'),
      limit,
    );
    for (const row of sampleRows) {
      const fields = JSON.parse(row.fields) as Record<string, number>;
      batch.lines.push(lineOf(this.seriesKeyOf(row.series_id), fields, row.ts));
      batch.origins.push({ stream: 'samples', rowId: row.id });
    }
    if (sampleRows.length > 0) batch.cursors.samples = sampleRows[sampleRows.length - 1]!.id;
    const eventRows = this.statements.events.all(
      this.cursorOf('events'),
      limit - sampleRows.length,
    );
    for (const row of eventRows) {
      const event = eventOfRow(row);
      batch.lines.push(eventToLine(event, this.contextOf(event)));
      batch.origins.push({ stream: 'events', rowId: row.seq });
    }
    if (eventRows.length > 0) batch.cursors.events = eventRows[eventRows.length - 1]!.seq;
    // Outages are few: they ride with the first batch only (a pipelined second batch skips them).
    if (after.samples === undefined && after.events === undefined) {
      for (const row of this.statements.endedOutages.all(Math.max(0, limit - batch.lines.length))) {
        batch.lines.push(
          outageToLine({
            site: row.site,
            target: row.target,
            cause: row.cause,
            startedMs: row.started_ms,
            endedMs: row.ended_ms,
          }),
        );
        batch.origins.push({ stream: 'outages', rowId: row.id });
        batch.outageIds.push(row.id);
      }
    }
    return batch;
  }

  /** Moves the cursors past a delivered batch, in one transaction. */
  commit(batch: OutboxBatch): void {
    this.db.transaction(() => {
      for (const [stream, position] of Object.entries(batch.cursors)) {
        this.statements.setCursor.run(stream, position);
      }
      for (const id of batch.outageIds) this.statements.markOutage.run(id);
    })();
  }

  /** Keeps a line that the server will never accept, with the reason, for a person to look at. */
  quarantine(origin: OutboxBatch['origins'][number], line: string, reason: string): void {
    this.statements.quarantine.run(
      origin.stream,
      origin.rowId,
      line,
      reason.slice(0, 1000),
      this.clock(),
    );
  }

  /** Rows recorded and not yet delivered, and the time of the oldest (epoch ms, or null). */
  backlog(): { rows: number; oldestMs: number | null } {
    const samplesCursor = this.cursorOf('samples');
    const eventsCursor = this.cursorOf('events');
    // Ids grow by one per insert and retention deletes only from the old end: max − cursor is
    // the count, without scanning millions of rows.
    const rows =
      Math.max(0, (this.statements.maxSample.get()?.id ?? 0) - samplesCursor) +
      Math.max(0, (this.statements.maxEvent.get()?.seq ?? 0) - eventsCursor) +
      (this.statements.outagesToForward.get()?.count ?? 0);
    const oldest = [
      this.statements.oldestSampleAfter.get(samplesCursor)?.ts,
      this.statements.oldestEventAfter.get(eventsCursor)?.ts,
    ].filter((ts): ts is number => ts !== undefined);
    return { rows, oldestMs: oldest.length > 0 ? Math.min(...oldest) : null };
  }

  /** Lines set aside as never deliverable. */
  quarantinedCount(): number {
    return this.statements.quarantined.get()?.count ?? 0;
  }

  /** The last row id of a stream delivered to InfluxDB (retention keeps the rows after it). */
  deliveredTo(stream: 'samples' | 'events'): number {
    return this.cursorOf(stream);
  }

  /** A series' escaped line-protocol key; series rows never change, so keys are cached. */
  private seriesKeyOf(id: number): string {
    let key = this.seriesKeys.get(id);
    if (key === undefined) {
      const tags = this.statements.series.get(id);
      if (!tags) throw new Error(`sample row refers to series ${id}, which does not exist`);
      key = seriesKeyOf(tags);
      this.seriesKeys.set(id, key);
    }
    return key;
  }

  private cursorOf(stream: 'samples' | 'events'): number {
    return this.statements.cursor.get(stream)?.position ?? 0;
  }

  private contextOf(event: CounterEvent): TicketContext {
    if (!event.ticket) return {};
    const lookup = { site: event.site, ticket: event.ticket, ts: event.ts };
    const issued = this.statements.issuedBefore.get(lookup);
    const context: TicketContext = { field: issued?.field ?? undefined };
    if (event.type === 'ticket.called' && issued)
      context.waitSeconds = (event.ts - issued.ts) / 1000;
    if (event.type === 'service.completed') {
      const started = this.statements.startedBefore.get(lookup);
      if (started) context.serviceSeconds = (event.ts - started.ts) / 1000;
    }
    return context;
  }
}
