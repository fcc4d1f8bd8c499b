import type { Database, Statement } from 'better-sqlite3';

const DAY_MS = 86_400_000;
/** Rows deleted per table and step: small enough that an insert never waits long. */
const CHUNK_ROWS = 5000;

/** How long each kind of data is kept, in days (issue 3: raw 14, rollups and events 400). */
export interface RetentionPolicy {
  rawSampleDays: number;
  rollupDays: number;
  eventDays: number;
  outageDays: number;
}

/** The default policy. */
export const DEFAULT_RETENTION: RetentionPolicy = {
  rawSampleDays: 14,
  rollupDays: 400,
  eventDays: 400,
  outageDays: 400,
};

interface SampleCutoffs {
  rawCutoff: number;
  hardCutoff: number;
  rolledUpTo: number;
  deliveredTo: number;
}

/**
 * Deletes data past its retention, a chunk at a time so that ingest never waits long for the
 * database. Raw samples go only once rolled up and, while forwarding is on, delivered; past twice
 * their retention they go anyway, counted as `droppedUndelivered`: the outbox's stated bound.
 */
export class RetentionJob {
  private readonly statements: {
    oldSamples: Statement<[SampleCutoffs], { id: number }>;
    deleteSample: Statement<[number]>;
    oldRollups: Statement<[number]>;
    oldEvents: Statement<[number, number]>;
    oldOutages: Statement<[number, number]>;
  };

  constructor(
    private readonly db: Database,
    private readonly policy: RetentionPolicy = DEFAULT_RETENTION,
  ) {
    this.statements = {
      oldSamples: db.prepare(
        `SELECT id FROM samples WHERE ts < @rawCutoff AND id <= @rolledUpTo
         AND (id <= @deliveredTo OR ts < @hardCutoff) ORDER BY ts LIMIT ${CHUNK_ROWS}`,
      ),
      deleteSample: db.prepare('DELETE FROM samples WHERE id = ?'),
      oldRollups: db.prepare('DELETE FROM rollups_1m WHERE minute_ms < ?'),
      oldEvents: db.prepare(
        'DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE ts < ? LIMIT ?)',
      ),
      oldOutages: db.prepare(
        `DELETE FROM outages WHERE id IN
         (SELECT id FROM outages WHERE ended_ms IS NOT NULL AND ended_ms < ? LIMIT ?)`,
      ),
    };
  }

  /**
   * One chunk of deletions at `nowMs`. `rolledUpTo` and `deliveredTo` are the row-id cursors of
   * the rollup job and of the forwarder (`Infinity` when forwarding is off). Call again until it
   * deletes nothing.
   */
  step(
    nowMs: number,
    rolledUpTo: number,
    deliveredTo: number,
  ): { deleted: number; droppedUndelivered: number } {
    return this.db.transaction(() => {
      const cutoffs: SampleCutoffs = {
        rawCutoff: nowMs - this.policy.rawSampleDays * DAY_MS,
        hardCutoff: nowMs - 2 * this.policy.rawSampleDays * DAY_MS,
        rolledUpTo,
        deliveredTo: Number.isFinite(deliveredTo) ? deliveredTo : Number.MAX_SAFE_INTEGER,
      };
      let deleted = 0;
      let droppedUndelivered = 0;
      for (const { id } of this.statements.oldSamples.all(cutoffs)) {
        this.statements.deleteSample.run(id);
        deleted++;
        if (id > cutoffs.deliveredTo) droppedUndelivered++;
      }
      deleted += this.statements.oldRollups.run(nowMs - this.policy.rollupDays * DAY_MS).changes;
      deleted += this.statements.oldEvents.run(
        nowMs - this.policy.eventDays * DAY_MS,
        CHUNK_ROWS,
      ).changes;
      deleted += this.statements.oldOutages.run(
        nowMs - this.policy.outageDays * DAY_MS,
        CHUNK_ROWS,
      ).changes;
      return { deleted, droppedUndelivered };
    })();
  }
}
