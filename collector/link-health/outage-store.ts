import type { Database, Statement } from 'better-sqlite3';
import type { Outage, VerdictCode } from '../../contracts/link-health.js';

/** Where outages are kept: behind an interface, so the facade's tests can see every write. */
export interface OutageRepository {
  /** Outages of `site` still going on, oldest first (to resume them after a restart). */
  openOutages(site: string): Outage[];
  /** Writes new and changed outages in one transaction, keyed by site, target and start. */
  saveOutages(outages: readonly Outage[]): void;
  /** Outages of every site (or of `site`) that overlap `[fromMs, toMs]`, oldest first. */
  outagesBetween(fromMs: number, toMs: number, site?: string): Outage[];
}

interface OutageRow {
  site: string;
  target: string;
  started_ms: number;
  ended_ms: number | null;
  cause: string;
  summary_vi: string;
  summary_en: string;
}

type OutageParams = [string, string, number, number | null, string, string, string];

/**
 * Outages in the `outages` table of the recorder's SQLite file (schema step 2 of
 * `collector/recorder/migrations.ts`, which the recorder applies when it opens the file).
 */
export class OutageStore implements OutageRepository {
  private readonly statements: {
    open: Statement<[string], OutageRow>;
    upsert: Statement<OutageParams>;
    between: Statement<[number, number], OutageRow>;
    betweenOfSite: Statement<[number, number, string], OutageRow>;
  };

  /** Takes the recorder's open database (`recorder.database`); closing it is the recorder's job. */
  constructor(private readonly db: Database) {
    const overlap = 'started_ms <= ? AND (ended_ms IS NULL OR ended_ms >= ?)';
    this.statements = {
      open: db.prepare(
        'SELECT * FROM outages WHERE site = ? AND ended_ms IS NULL ORDER BY started_ms, id',
      ),
      upsert: db.prepare(
        `INSERT INTO outages (site, target, started_ms, ended_ms, cause, summary_vi, summary_en)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (site, target, started_ms) DO UPDATE SET
           ended_ms = excluded.ended_ms, cause = excluded.cause,
           summary_vi = excluded.summary_vi, summary_en = excluded.summary_en`,
      ),
      between: db.prepare(`SELECT * FROM outages WHERE ${overlap} ORDER BY started_ms, id`),
      betweenOfSite: db.prepare(
        `SELECT * FROM outages WHERE ${overlap} AND site = ? ORDER BY started_ms, id`,
      ),
    };
  }

  openOutages(site: string): Outage[] {
    return this.statements.open.all(site).map(outageOfRow);
  }

  saveOutages(outages: readonly Outage[]): void {
    if (outages.length === 0) return;
    this.db.transaction(() => {
      for (const outage of outages) {
        this.statements.upsert.run(
          outage.site,
          outage.target,
          outage.startedMs,
          outage.endedMs,
          outage.cause,
          outage.summary.vi,
          outage.summary.en,
        );
      }
    })();
  }

  outagesBetween(fromMs: number, toMs: number, site?: string): Outage[] {
    const rows =
      site === undefined
        ? this.statements.between.all(toMs, fromMs)
        : this.statements.betweenOfSite.all(toMs, fromMs, site);
    return rows.map(outageOfRow);
  }
}

function outageOfRow(row: OutageRow): Outage {
  return {
    site: row.site,
    target: row.target,
    startedMs: row.started_ms,
    endedMs: row.ended_ms,
    durationS: row.ended_ms === null ? null : (row.ended_ms - row.started_ms) / 1000,
    // Written by this module from a `VerdictCode`; an older release's code is passed through.
    cause: row.cause as VerdictCode,
    summary: { vi: row.summary_vi, en: row.summary_en },
  };
}
