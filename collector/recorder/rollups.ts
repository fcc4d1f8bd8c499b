import type { Database, Statement } from 'better-sqlite3';
import { quantileSorted } from 'd3-array';

const MINUTE_MS = 60_000;

/**
 * Folds raw samples into one-minute rollups (count, min, max, sum, and the 95th percentile of
 * latency fields). It works by the samples' row ids: each step takes the rows recorded since the
 * last step, and recomputes the whole minutes they fall in from the raw rows, so a late sample
 * (an agent's spool, a backfill) corrects its minute instead of being lost.
 */
export class RollupJob {
  private readonly statements: {
    cursor: Statement<[], { position: number }>;
    setCursor: Statement<[number]>;
    newRows: Statement<[number, number], { id: number; series_id: number; ts: number }>;
    rangeRows: Statement<[number, number, number], { ts: number; fields: string }>;
    upsert: Statement<[number, string, number, number, number, number, number, number | null]>;
  };

  constructor(private readonly db: Database) {
    this.statements = {
      cursor: db.prepare(`SELECT position FROM job_cursors WHERE job = 'rollup_1m'`),
      setCursor: db.prepare(
        `INSERT INTO job_cursors (job, position) VALUES ('rollup_1m', ?)
         ON CONFLICT (job) DO UPDATE SET position = excluded.position`,
      ),
      newRows: db.prepare('SELECT id, series_id, ts FROM samples WHERE id > ? ORDER BY id LIMIT ?'),
      rangeRows: db.prepare(
        'SELECT ts, fields FROM samples WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts',
      ),
      upsert: db.prepare(
        `INSERT INTO rollups_1m (series_id, field, minute_ms, count, min, max, sum, p95)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (series_id, field, minute_ms) DO UPDATE SET
           count = excluded.count, min = excluded.min, max = excluded.max,
           sum = excluded.sum, p95 = excluded.p95`,
      ),
    };
  }

  /** Rows rolled up so far (the cursor): raw rows after it must not be deleted by retention. */
  get position(): number {
    return this.statements.cursor.get()?.position ?? 0;
  }

  /**
   * Rolls up at most `maxRows` new rows in one transaction; returns how many it took, so a caller
   * can keep stepping (yielding between steps) until it returns 0.
   */
  step(maxRows = 20_000): number {
    return this.db.transaction(() => {
      const rows = this.statements.newRows.all(this.position, maxRows);
      if (rows.length === 0) return 0;
      // The minutes touched, per series; a backlog touches long runs of consecutive minutes,
      // each run read back with one range query instead of one query a minute.
      const dirty = new Map<number, Set<number>>();
      for (const row of rows) {
        const minutes = dirty.get(row.series_id) ?? new Set<number>();
        minutes.add(row.ts - (row.ts % MINUTE_MS));
        dirty.set(row.series_id, minutes);
      }
      for (const [seriesId, minutes] of dirty) {
        for (const [from, to] of consecutiveRuns([...minutes].sort((a, b) => a - b))) {
          this.rollUpMinutes(seriesId, from, to);
        }
      }
      this.statements.setCursor.run(rows[rows.length - 1]!.id);
      return rows.length;
    })();
  }

  /** Recomputes the rollups of the minutes of one series from `fromMs` to `toMs` (inclusive). */
  private rollUpMinutes(seriesId: number, fromMs: number, toMs: number): void {
    let minute = fromMs;
    let valuesByField = new Map<string, number[]>();
    for (const { ts, fields } of this.statements.rangeRows.all(
      seriesId,
      fromMs,
      toMs + MINUTE_MS,
    )) {
      const rowMinute = ts - (ts % MINUTE_MS);
      if (rowMinute !== minute) {
        this.writeMinute(seriesId, minute, valuesByField);
        minute = rowMinute;
        valuesByField = new Map();
      }
      for (const [field, value] of Object.entries(JSON.parse(fields) as Record<string, number>)) {
        const values = valuesByField.get(field);
        if (values) values.push(value);
        else valuesByField.set(field, [value]);
      }
    }
    this.writeMinute(seriesId, minute, valuesByField);
  }

  private writeMinute(seriesId: number, minuteMs: number, valuesByField: Map<string, number[]>) {
    for (const [field, values] of valuesByField) {
      values.sort((a, b) => a - b);
      // Percentiles are kept for latencies only: for counters and flags they mean nothing.
      const p95 = field.endsWith('_ms') ? (quantileSorted(values, 0.95) ?? null) : null;
      const sum = values.reduce((a, b) => a + b, 0);
      this.statements.upsert.run(
        seriesId,
        field,
        minuteMs,
        values.length,
        values[0]!,
        values.at(-1)!,
        sum,
        p95,
      );
    }
  }
}

/** Runs of consecutive minutes in a sorted list, as [first, last] pairs. */
function consecutiveRuns(minutes: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const minute of minutes) {
    const last = runs.at(-1);
    if (last && minute - last[1] === MINUTE_MS) last[1] = minute;
    else runs.push([minute, minute]);
  }
  return runs;
}
