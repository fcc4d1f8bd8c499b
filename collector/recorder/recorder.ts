import Database from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SeriesResult } from '../../contracts/api.js';
import type { CounterEvent } from '../../contracts/event.js';
import type { Sample } from '../../contracts/sample.js';
import { eventOfRow, type EventRow } from './event-row.js';
import { migrate } from './migrations.js';
import { DEFAULT_RETENTION } from './retention.js';

const MINUTE_MS = 60_000;
/** Longest range answered from raw samples when a step is asked for. */
const RAW_QUERY_MAX_RANGE_MS = 6 * 3_600_000;

/** File name of the recorder's database inside the data directory. */
export const DATABASE_FILE = 'pulse.sqlite';

/** What `querySeries` selects: one field of one measurement, optionally filtered by tags. */
export interface SeriesQuery {
  measurement: string;
  field: string;
  site?: string | undefined;
  target?: string | undefined;
  probe?: string | undefined;
  fromMs: number;
  toMs: number;
  /** Bucket width in ms; 0 returns raw points. Buckets start at multiples of it. */
  stepMs: number;
  /**
   * What a bucket holds: the mean, the min or the max of its values. Default: the min of a
   * `*_min_ms` field and the max of a `*_max_ms` one (so that a day's spread stays a spread),
   * the mean of everything else.
   */
  agg?: SeriesAggregate | undefined;
}

/** How the values of a bucket are combined. */
export type SeriesAggregate = 'mean' | 'min' | 'max';

/** The aggregate a field gets when the query names none. */
export function defaultAggregateOf(field: string): SeriesAggregate {
  return field.endsWith('_min_ms') ? 'min' : field.endsWith('_max_ms') ? 'max' : 'mean';
}

/** SQL of each aggregate over raw values and over one-minute rollups. */
const AGGREGATE_SQL: Record<SeriesAggregate, { raw: string; rollup: string }> = {
  mean: { raw: 'avg', rollup: 'sum(sum) / sum(count)' },
  min: { raw: 'min', rollup: 'min(min)' },
  max: { raw: 'max', rollup: 'max(max)' },
};

/** Result of recording a batch of events: new ones, and those already recorded under the same id. */
export interface EventRecordResult {
  accepted: CounterEvent[];
  duplicates: number;
}

interface SeriesRow {
  id: number;
  site: string;
  measurement: string;
  target: string;
  probe: string;
}

/** The labels of one series' field in an answer. */
function labelsOf(row: SeriesRow, field: string): SeriesResult['labels'] {
  return {
    site: row.site,
    measurement: row.measurement,
    target: row.target,
    probe: row.probe,
    field,
  };
}

/**
 * The collector's durable store: one SQLite file in WAL mode with `synchronous=FULL`, so that a
 * batch is on disk when a record call returns and the HTTP layer may answer 202.
 */
export class Recorder {
  private readonly db: SqliteDatabase;
  private readonly seriesIds = new Map<string, number>();
  private readonly statements: {
    findSeries: Statement<[string, string, string, string], { id: number }>;
    insertSeries: Statement<[string, string, string, string]>;
    insertSample: Statement<[number, number, string]>;
    insertEvent: Statement<[string, number, string, string, ...(string | number | null)[]]>;
    latestSamples: Statement<[], SeriesRow & { ts: number; fields: string }>;
    eventsSince: Statement<[number], EventRow>;
  };

  /** Opens (and creates or upgrades) the database in `dataDir`. */
  constructor(
    dataDir: string,
    private readonly clock: () => number = Date.now,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DATABASE_FILE));
    this.db.pragma('journal_mode = WAL');
    // FULL: a committed batch survives a power cut, which is what the 202 promises.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.statements = {
      findSeries: this.db.prepare(
        'SELECT id FROM series WHERE site = ? AND measurement = ? AND target = ? AND probe = ?',
      ),
      insertSeries: this.db.prepare(
        'INSERT INTO series (site, measurement, target, probe) VALUES (?, ?, ?, ?)',
      ),
      // A point already recorded (same series and time) is kept as it was: resends are harmless.
      insertSample: this.db.prepare(
        // Only the uniqueness conflict is ignored: `OR IGNORE` would also drop a NOT NULL failure.
        'INSERT INTO samples (series_id, ts, fields) VALUES (?, ?, ?) ON CONFLICT (series_id, ts) DO NOTHING',
      ),
      insertEvent: this.db.prepare(
        `INSERT INTO events (id, ts, site, type, ticket, field, counter, outcome, rating, received_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      ),
      // The newest sample of each series: the max(id) of a series is its latest insert.
      latestSamples: this.db.prepare(
        `SELECT s.id, s.site, s.measurement, s.target, s.probe, p.ts, p.fields
         FROM series s JOIN samples p ON p.id = (SELECT max(id) FROM samples WHERE series_id = s.id)`,
      ),
      eventsSince: this.db.prepare(
        `SELECT id, ts, site, type, ticket, field, counter, outcome, rating
         FROM events WHERE ts >= ? ORDER BY ts, seq`,
      ),
    };
  }

  /** Records a batch of samples in one transaction: all of them or, on error, none. */
  recordSamples(samples: readonly Sample[]): void {
    try {
      this.db.transaction(() => {
        for (const sample of samples) {
          this.statements.insertSample.run(
            this.seriesIdOf(sample),
            sample.ts,
            JSON.stringify(sample.fields),
          );
        }
      })();
    } catch (error) {
      // A rolled-back batch may have cached ids of series rows that no longer exist.
      this.seriesIds.clear();
      throw error;
    }
  }

  /** Records a batch of events in one transaction; an id seen before is a duplicate, counted once. */
  recordEvents(events: readonly CounterEvent[]): EventRecordResult {
    const receivedMs = this.clock();
    return this.db.transaction(() => {
      const accepted: CounterEvent[] = [];
      for (const event of events) {
        const { changes } = this.statements.insertEvent.run(
          event.id,
          event.ts,
          event.site,
          event.type,
          event.ticket ?? null,
          event.field ?? null,
          event.counter ?? null,
          event.outcome ?? null,
          event.rating ?? null,
          receivedMs,
        );
        if (changes > 0) accepted.push(event);
      }
      return { accepted, duplicates: events.length - accepted.length };
    })();
  }

  /** Points of every series that matches, in time order; means per bucket when `stepMs > 0`. */
  querySeries(query: SeriesQuery): SeriesResult[] {
    const jsonPath = `$.${query.field}`;
    const raw = this.db.prepare<[string, number, number, number], [number, number]>(
      `SELECT ts, json_extract(fields, ?) AS value FROM samples
       WHERE series_id = ? AND ts >= ? AND ts <= ? AND value IS NOT NULL ORDER BY ts`,
    );
    const aggregate = AGGREGATE_SQL[query.agg ?? defaultAggregateOf(query.field)];
    const bucketed = this.db.prepare<[number, string, number, number, number], [number, number]>(
      `SELECT ts - ts % ? AS bucket, ${aggregate.raw}(json_extract(fields, ?)) AS value FROM samples
       WHERE series_id = ? AND ts >= ? AND ts <= ?
       GROUP BY bucket HAVING value IS NOT NULL ORDER BY bucket`,
    );
    const fromRollups = this.answersFromRollups(query) ? this.rollupPointsStatement(query) : null;
    const results: SeriesResult[] = [];
    for (const row of this.seriesOf(query)) {
      const points = fromRollups
        ? fromRollups.all(query.stepMs, row.id, query.field, query.fromMs, query.toMs)
        : query.stepMs > 0
          ? bucketed.raw().all(query.stepMs, jsonPath, row.id, query.fromMs, query.toMs)
          : raw.raw().all(jsonPath, row.id, query.fromMs, query.toMs);
      if (points.length === 0) continue;
      results.push({ labels: labelsOf(row, query.field), points });
    }
    return results;
  }

  /**
   * The series of {@link Recorder.querySeries} (with `stepMs > 0`) as the values of `count`
   * buckets from `startMs` (a multiple of the step at or before `fromMs`), null where a bucket
   * has none: the `form=grid` answer, read without a `[ms, value]` pair a bucket.
   *
   * From the rollups (a day or more: the first 24 h chart waits on this), each series is read as
   * its values alone in bucket order, and placed by its first and last minute when every bucket
   * between them has a value (a series with a gap is read again with its times). One number a
   * row instead of a `[bucket, value]` array, and no pairs made only to be spread over a grid:
   * the page's 24 h request for 20 targets went from 95–170 ms to 57–65 ms (fastest of 25).
   */
  querySeriesGrid(
    query: SeriesQuery,
    { startMs, count }: { startMs: number; count: number },
  ): { labels: SeriesResult['labels']; values: (number | null)[] }[] {
    const useRollups = this.answersFromRollups(query);
    const results: { labels: SeriesResult['labels']; values: (number | null)[] }[] = [];
    const spread = (points: [number, number][], values: (number | null)[]) => {
      for (const [tsMs, value] of points) {
        const index = Math.round((tsMs - startMs) / query.stepMs);
        if (index >= 0 && index < count) values[index] = value;
      }
    };
    if (!useRollups) {
      for (const series of this.querySeries(query)) {
        const values = new Array<number | null>(count).fill(null);
        spread(series.points, values);
        results.push({ labels: series.labels, values });
      }
      return results;
    }
    const { valuesOnly, ends } = this.rollupGridStatements(query);
    const withTimes = this.rollupPointsStatement(query);
    for (const row of this.seriesOf(query)) {
      const window = { id: row.id, field: query.field, from: query.fromMs, to: query.toMs };
      const [first, last] = ends.get(window) ?? [null, null];
      if (first === null || last === null) continue;
      const firstBucket = first - (first % query.stepMs);
      const lastBucket = last - (last % query.stepMs);
      const inOrder = valuesOnly.all({ ...window, step: query.stepMs });
      const values = new Array<number | null>(count).fill(null);
      if (inOrder.length === (lastBucket - firstBucket) / query.stepMs + 1) {
        const offset = Math.round((firstBucket - startMs) / query.stepMs);
        for (let i = 0; i < inOrder.length; i++) {
          const index = offset + i;
          if (index >= 0 && index < count) values[index] = inOrder[i]!;
        }
      } else {
        spread(withTimes.all(query.stepMs, row.id, query.field, query.fromMs, query.toMs), values);
      }
      results.push({ labels: labelsOf(row, query.field), values });
    }
    return results;
  }

  /** The newest sample of every series, for the live snapshot. */
  latestSamples(): Sample[] {
    return this.statements.latestSamples.all().map((row) => ({
      ts: row.ts,
      site: row.site,
      measurement: row.measurement,
      target: row.target,
      probe: row.probe,
      fields: JSON.parse(row.fields) as Record<string, number>,
    }));
  }

  /** Events of every site from `sinceMs` on, in time order (to rebuild the live queue after a restart). */
  eventsSince(sinceMs: number): CounterEvent[] {
    return this.statements.eventsSince.all(sinceMs).map(eventOfRow);
  }

  /** Events of one site in `[fromMs, toMs)`, in time order (for reports). */
  eventsBetween(site: string, fromMs: number, toMs: number): CounterEvent[] {
    return this.db
      .prepare<[string, number, number], EventRow>(
        `SELECT id, ts, site, type, ticket, field, counter, outcome, rating
         FROM events WHERE site = ? AND ts >= ? AND ts < ? ORDER BY ts, seq`,
      )
      .all(site, fromMs, toMs)
      .map(eventOfRow);
  }

  /**
   * Events of one type and site per local hour (24 entries) of each day (`YYYY-MM-DD`), for the
   * "normal day" curves. Days in Asia/Ho_Chi_Minh (UTC+7 all year).
   */
  hourlyEventCounts(site: string, type: CounterEvent['type'], days: readonly string[]): number[][] {
    const statement = this.db.prepare<
      { site: string; type: string; startMs: number },
      { hour: number; n: number }
    >(
      `SELECT CAST((ts - @startMs) / 3600000 AS INTEGER) AS hour, count(*) AS n FROM events
       WHERE site = @site AND type = @type AND ts >= @startMs AND ts < @startMs + 86400000
       GROUP BY hour`,
    );
    return days.map((day) => {
      const counts = new Array<number>(24).fill(0);
      const startMs = Date.parse(`${day}T00:00:00+07:00`);
      for (const { hour, n } of statement.all({ site, type, startMs })) counts[hour] = n;
      return counts;
    });
  }

  /** Cheap liveness check for `/healthz`. */
  isHealthy(): boolean {
    try {
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The open SQLite handle, for the stores of other parts that keep their tables in this file
   * (the outages of `collector/link-health`, the forwarder's outbox), so that one file and one migration path hold all.
   */
  get database(): SqliteDatabase {
    return this.db;
  }

  /** Path of the database file, for a thread that opens its own connection to it. */
  get databaseFile(): string {
    return this.db.name;
  }

  close(): void {
    this.db.close();
  }

  /** Series rows that match the query's measurement and tags, in id order. */
  private seriesOf(query: SeriesQuery): SeriesRow[] {
    const filters = ['measurement = ?'];
    const params: string[] = [query.measurement];
    for (const key of ['site', 'target', 'probe'] as const) {
      const value = query[key];
      if (value !== undefined) {
        filters.push(`${key} = ?`);
        params.push(value);
      }
    }
    return this.db
      .prepare<string[], SeriesRow>(
        `SELECT * FROM series WHERE ${filters.join(' AND ')} ORDER BY id`,
      )
      .all(...params);
  }

  /**
   * Long ranges and ranges older than the raw samples come from the one-minute rollups (which
   * trail the raw rows by a few seconds); short ones from the raw rows, exact to the sample.
   */
  private answersFromRollups(query: SeriesQuery): boolean {
    return (
      query.stepMs >= MINUTE_MS &&
      (query.toMs - query.fromMs > RAW_QUERY_MAX_RANGE_MS ||
        query.fromMs < this.clock() - DEFAULT_RETENTION.rawSampleDays * 86_400_000)
    );
  }

  /** `[bucket, value]` of one series and field from the rollups, in bucket order. */
  private rollupPointsStatement(
    query: SeriesQuery,
  ): Statement<[number, number, string, number, number], [number, number]> {
    const aggregate = AGGREGATE_SQL[query.agg ?? defaultAggregateOf(query.field)];
    return this.db
      .prepare<[number, number, string, number, number], [number, number]>(
        `SELECT minute_ms - minute_ms % ? AS bucket, ${aggregate.rollup} AS value FROM rollups_1m
         WHERE series_id = ? AND field = ? AND minute_ms >= ? AND minute_ms <= ?
         GROUP BY bucket ORDER BY bucket`,
      )
      .raw();
  }

  /** Statements of {@link Recorder.querySeriesGrid}'s rollup reads: the values, and the ends. */
  private rollupGridStatements(query: SeriesQuery): {
    valuesOnly: Statement<
      [{ step: number; id: number; field: string; from: number; to: number }],
      number
    >;
    ends: Statement<
      [{ id: number; field: string; from: number; to: number }],
      [number | null, number | null]
    >;
  } {
    const aggregate = AGGREGATE_SQL[query.agg ?? defaultAggregateOf(query.field)];
    const valuesOnly = this.db
      .prepare<[{ step: number; id: number; field: string; from: number; to: number }], number>(
        `SELECT ${aggregate.rollup} FROM rollups_1m
         WHERE series_id = @id AND field = @field AND minute_ms >= @from AND minute_ms <= @to
         GROUP BY minute_ms - minute_ms % @step ORDER BY minute_ms - minute_ms % @step`,
      )
      .pluck();
    // Two index seeks: the first and last minute of the series in the window (`min` and `max`
    // together would walk the whole range).
    const ends = this.db
      .prepare<
        [{ id: number; field: string; from: number; to: number }],
        [number | null, number | null]
      >(
        `SELECT
           (SELECT minute_ms FROM rollups_1m
            WHERE series_id = @id AND field = @field AND minute_ms >= @from AND minute_ms <= @to
            ORDER BY minute_ms LIMIT 1),
           (SELECT minute_ms FROM rollups_1m
            WHERE series_id = @id AND field = @field AND minute_ms >= @from AND minute_ms <= @to
            ORDER BY minute_ms DESC LIMIT 1)`,
      )
      .raw();
    return { valuesOnly, ends };
  }

  private seriesIdOf(sample: Sample): number {
    const key = `${sample.site}\u0000${sample.measurement}\u0000${sample.target}\u0000${sample.probe}`;
    const cached = this.seriesIds.get(key);
    if (cached !== undefined) return cached;
    const tags = [sample.site, sample.measurement, sample.target, sample.probe] as const;
    const id =
      this.statements.findSeries.get(...tags)?.id ??
      Number(this.statements.insertSeries.run(...tags).lastInsertRowid);
    this.seriesIds.set(key, id);
    return id;
  }
}
