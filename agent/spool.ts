import Database from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Sample } from '../contracts/sample.js';

/** File name of the agent's spool inside its data directory. */
export const SPOOL_FILE = 'agent-spool.sqlite';

/** Default bound of the spool, in samples: about six days of 20 targets at 10 s. */
export const DEFAULT_MAX_SPOOL_SAMPLES = 1_000_000;

/** A sample waiting in the spool; `id` grows with every append, so it is the send order. */
export interface SpooledSample {
  id: number;
  sample: Sample;
}

/** A sample set aside because the collector (or the agent's own check) refused it. */
export interface RejectedSample {
  sample: Sample;
  /** HTTP status of the collector's answer; undefined when the agent refused it itself. */
  status: number | undefined;
  /** The collector's error body (or the agent's own message), kept for the person who looks. */
  error: string;
  /** When it was set aside, epoch ms. */
  rejectedAtMs: number;
}

/** Why samples were set aside: the status and error that a person needs to find the bug. */
export interface RejectionReason {
  status?: number;
  error: string;
}

/** Options of the spool; defaults as stated. */
export interface SpoolOptions {
  /** Most samples kept waiting (default 1,000,000); past it the oldest are dropped. */
  maxSamples?: number;
  /** Epoch ms, injected so tests can fix it (default `Date.now`). */
  clock?: () => number;
}

/**
 * Schema versions of the spool file, applied in order and tracked in `user_version`. Never edit a
 * shipped step: add one, so that every agent's file upgrades the same way.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE spool (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    spooled_at_ms INTEGER NOT NULL,
    sample TEXT NOT NULL
  );
  CREATE TABLE rejected (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rejected_at_ms INTEGER NOT NULL,
    status INTEGER,
    error TEXT NOT NULL,
    sample TEXT NOT NULL
  );
  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
  INSERT INTO counters (name, value) VALUES ('dropped', 0), ('rejected_dropped', 0);
  `,
];

/**
 * The agent's disk spool: an SQLite file, in WAL mode with `synchronous=FULL`, so a sample is on
 * disk once `append` returns and survives a crash or a power cut. Samples leave it oldest first
 * and only when acknowledged (the collector answered 202) or set aside as rejected.
 *
 * Why SQLite rather than a file of JSON lines: an acknowledgement is one `DELETE … WHERE id <= ?`
 * instead of an offset file kept in step with the data and a compaction of the file; a torn last
 * line after a crash cannot happen; dropping the oldest under the bound is a delete, not a rewrite;
 * and the rejected samples live in the same file with their error.
 *
 * The file is opened in exclusive locking mode: a second agent on the same data directory would
 * send every sample twice, so it is refused at start.
 */
export class Spool {
  private readonly db: SqliteDatabase;
  private readonly maxSamples: number;
  private readonly clock: () => number;
  private count: number;
  private readonly statements: {
    insert: Statement<[number, string]>;
    dropOldest: Statement<[number]>;
    oldest: Statement<[number], { id: number; sample: string }>;
    oldestSpooledAt: Statement<[], { spooled_at_ms: number }>;
    deleteUpTo: Statement<[number]>;
    insertRejected: Statement<[number, number | null, string, string]>;
    dropOldestRejected: Statement<[number]>;
    countRejected: Statement<[], { n: number }>;
    allRejected: Statement<
      [],
      { rejected_at_ms: number; status: number | null; error: string; sample: string }
    >;
    addToCounter: Statement<[number, string]>;
    counter: Statement<[string], { value: number }>;
  };

  /** Opens (and creates or upgrades) the spool in `dataDir`. */
  constructor(dataDir: string, options: SpoolOptions = {}) {
    const { maxSamples = DEFAULT_MAX_SPOOL_SAMPLES, clock = Date.now } = options;
    if (!Number.isInteger(maxSamples) || maxSamples < 1) {
      throw new Error(
        `the spool bound must be a whole number of samples of 1 or more, not ${maxSamples}`,
      );
    }
    this.maxSamples = maxSamples;
    this.clock = clock;
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, SPOOL_FILE);
    // No busy wait: a locked file means another agent holds it, which waiting will not change.
    this.db = new Database(path, { timeout: 0 });
    try {
      this.db.pragma('locking_mode = EXCLUSIVE');
      this.db.pragma('journal_mode = WAL');
      // FULL: a sample the probes produced survives a power cut once it is spooled.
      this.db.pragma('synchronous = FULL');
      // Takes the exclusive lock now (exclusive mode keeps it until close), not at the first write.
      this.db.exec('BEGIN EXCLUSIVE; COMMIT');
      migrate(this.db);
    } catch (error) {
      this.db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new Error(
          `the spool ${path} is in use by another agent: run one agent per data directory (--data-dir)`,
          { cause: error },
        );
      }
      throw error;
    }
    this.statements = {
      insert: this.db.prepare('INSERT INTO spool (spooled_at_ms, sample) VALUES (?, ?)'),
      dropOldest: this.db.prepare(
        'DELETE FROM spool WHERE id IN (SELECT id FROM spool ORDER BY id LIMIT ?)',
      ),
      oldest: this.db.prepare('SELECT id, sample FROM spool ORDER BY id LIMIT ?'),
      oldestSpooledAt: this.db.prepare('SELECT spooled_at_ms FROM spool ORDER BY id LIMIT 1'),
      deleteUpTo: this.db.prepare('DELETE FROM spool WHERE id <= ?'),
      insertRejected: this.db.prepare(
        'INSERT INTO rejected (rejected_at_ms, status, error, sample) VALUES (?, ?, ?, ?)',
      ),
      dropOldestRejected: this.db.prepare(
        'DELETE FROM rejected WHERE id IN (SELECT id FROM rejected ORDER BY id LIMIT ?)',
      ),
      countRejected: this.db.prepare('SELECT count(*) AS n FROM rejected'),
      allRejected: this.db.prepare(
        'SELECT rejected_at_ms, status, error, sample FROM rejected ORDER BY id',
      ),
      addToCounter: this.db.prepare('UPDATE counters SET value = value + ? WHERE name = ?'),
      counter: this.db.prepare('SELECT value FROM counters WHERE name = ?'),
    };
    this.count = (this.db.prepare('SELECT count(*) AS n FROM spool').get() as { n: number }).n;
  }

  /** Samples waiting to be sent. */
  get size(): number {
    return this.count;
  }

  /** The bound, in samples. */
  get capacity(): number {
    return this.maxSamples;
  }

  /** Samples dropped under the bound since the spool file was created. */
  get droppedTotal(): number {
    return this.statements.counter.get('dropped')!.value;
  }

  /** Samples set aside as rejected and still kept. */
  get rejectedCount(): number {
    return this.statements.countRejected.get()!.n;
  }

  /**
   * Appends a sample durably. When the spool is full the oldest samples are dropped in the same
   * transaction (never the new one: recent data matters most to IT support), and their number is
   * returned so the caller can report it. A dropped sample may be one in flight; its later
   * acknowledgement is then a no-op.
   */
  append(sample: Sample): { dropped: number } {
    return this.db.transaction(() => {
      const excess = this.count + 1 - this.maxSamples;
      let dropped = 0;
      if (excess > 0) {
        dropped = this.statements.dropOldest.run(excess).changes;
        this.statements.addToCounter.run(dropped, 'dropped');
      }
      this.statements.insert.run(this.clock(), JSON.stringify(sample));
      this.count += 1 - dropped;
      return { dropped };
    })();
  }

  /** Up to `limit` samples, oldest first: the next batch to send. */
  oldest(limit: number): SpooledSample[] {
    return this.statements.oldest
      .all(limit)
      .map((row) => ({ id: row.id, sample: JSON.parse(row.sample) as Sample }));
  }

  /** When the oldest waiting sample was spooled, epoch ms; undefined when the spool is empty. */
  oldestSpooledAtMs(): number | undefined {
    return this.statements.oldestSpooledAt.get()?.spooled_at_ms;
  }

  /** Removes every sample up to `lastId` (inclusive): the collector has recorded them. */
  acknowledge(lastId: number): void {
    this.count -= this.statements.deleteUpTo.run(lastId).changes;
  }

  /**
   * Sets samples aside with the reason, in one transaction with removing them from the spool (up to
   * `upToId`, when they came from it). The rejected store has the same bound as the spool; past it
   * the oldest rejected are dropped and counted, so a long version mismatch cannot fill the disk.
   */
  reject(samples: readonly Sample[], reason: RejectionReason, upToId?: number): void {
    this.db.transaction(() => {
      const at = this.clock();
      for (const sample of samples) {
        this.statements.insertRejected.run(
          at,
          reason.status ?? null,
          reason.error,
          JSON.stringify(sample),
        );
      }
      const excess = this.statements.countRejected.get()!.n - this.maxSamples;
      if (excess > 0) {
        const dropped = this.statements.dropOldestRejected.run(excess).changes;
        this.statements.addToCounter.run(dropped, 'rejected_dropped');
      }
      if (upToId !== undefined) this.count -= this.statements.deleteUpTo.run(upToId).changes;
    })();
  }

  /** Every rejected sample still kept, oldest first (for a person, or a test). */
  rejected(): RejectedSample[] {
    return this.statements.allRejected.all().map((row) => ({
      sample: JSON.parse(row.sample) as Sample,
      status: row.status ?? undefined,
      error: row.error,
      rejectedAtMs: row.rejected_at_ms,
    }));
  }

  close(): void {
    this.db.close();
  }
}

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `the spool has schema version ${current}, newer than this release knows (${MIGRATIONS.length}); ` +
        'upgrade OneStop Pulse, or point --data-dir at another directory',
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
