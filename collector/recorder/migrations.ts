import type { Database } from 'better-sqlite3';

/**
 * Schema versions of the recorder's SQLite file, applied in order and tracked in `user_version`.
 * Never edit a shipped step: add a new one, so that every centre's file upgrades the same way.
 */
const MIGRATIONS: readonly string[] = [
  // 1: series, raw samples (fields as JSON), counter events (idempotent by id).
  `
  CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    measurement TEXT NOT NULL,
    target TEXT NOT NULL,
    probe TEXT NOT NULL,
    UNIQUE (site, measurement, target, probe)
  );
  CREATE TABLE samples (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series (id),
    ts INTEGER NOT NULL,
    fields TEXT NOT NULL
  );
  CREATE INDEX samples_by_series_time ON samples (series_id, ts);
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    ts INTEGER NOT NULL,
    site TEXT NOT NULL,
    type TEXT NOT NULL,
    ticket TEXT,
    field TEXT,
    counter TEXT,
    outcome TEXT,
    rating INTEGER,
    received_ms INTEGER NOT NULL
  );
  CREATE INDEX events_by_time ON events (ts);
  `,
  // 2: link outages (collector/link-health). One row per outage of one target, open while
  // `ended_ms` is NULL so that it survives a restart; unique by start so a rewrite is an update.
  // `cause` is the verdict code, the summaries are its sentences when the cause was settled.
  `
  CREATE TABLE outages (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    target TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    cause TEXT NOT NULL,
    summary_vi TEXT NOT NULL,
    summary_en TEXT NOT NULL,
    UNIQUE (site, target, started_ms)
  );
  CREATE INDEX outages_by_start ON outages (started_ms);
  CREATE INDEX outages_open ON outages (site) WHERE ended_ms IS NULL;
  `,
  // 3: the forwarder's outbox: a delivery cursor per stream over the rows above (no copies), the
  // lines InfluxDB will never accept, and an index to find a ticket's earlier events.
  `
  CREATE TABLE forward_cursors (
    stream TEXT PRIMARY KEY,
    position INTEGER NOT NULL
  );
  CREATE TABLE forward_quarantine (
    id INTEGER PRIMARY KEY,
    stream TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    line TEXT NOT NULL,
    reason TEXT NOT NULL,
    at_ms INTEGER NOT NULL
  );
  CREATE INDEX events_by_ticket ON events (site, ticket, type, ts);
  `,
  // 4: one-minute rollups of every numeric field (kept 400 days while raw samples go after 14),
  // and the cursors of background jobs over the samples table.
  `
  CREATE TABLE rollups_1m (
    series_id INTEGER NOT NULL REFERENCES series (id),
    field TEXT NOT NULL,
    minute_ms INTEGER NOT NULL,
    count INTEGER NOT NULL,
    min REAL NOT NULL,
    max REAL NOT NULL,
    sum REAL NOT NULL,
    p95 REAL,
    PRIMARY KEY (series_id, field, minute_ms)
  ) WITHOUT ROWID;
  CREATE INDEX rollups_by_minute ON rollups_1m (minute_ms);
  CREATE TABLE job_cursors (
    job TEXT PRIMARY KEY,
    position INTEGER NOT NULL
  );
  CREATE INDEX samples_by_time ON samples (ts);
  `,
  // 5: ended outages are forwarded once as `link_outage` points; this flag is their outbox.
  `
  ALTER TABLE outages ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX outages_to_forward ON outages (ended_ms) WHERE forwarded = 0 AND ended_ms IS NOT NULL;
  `,
  // 6: a sample is one point of one series at one time, as in InfluxDB: a batch resent after a
  // lost 202 (an agent, a retrying client) is recorded once. Earlier duplicates keep the first.
  `
  DELETE FROM samples WHERE id NOT IN (SELECT min(id) FROM samples GROUP BY series_id, ts);
  DROP INDEX samples_by_series_time;
  CREATE UNIQUE INDEX samples_by_series_time ON samples (series_id, ts);
  `,
  // 7: counter terminal devices (kiosk, counter page, rating pad), each with its own revocable
  // code. Only the code's SHA-256 is kept, so a copy of this file opens no device.
  `
  CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'counter', 'rating')),
    counter TEXT,
    token_sha256 TEXT NOT NULL UNIQUE,
    created_ms INTEGER NOT NULL,
    revoked_ms INTEGER
  );
  `,
];

/** Brings the database to the latest schema version; refuses a file written by a newer release. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `the database has schema version ${current}, newer than this release knows (${MIGRATIONS.length}); ` +
        'upgrade OneStop Pulse, or point PULSE_DATA_DIR at another directory',
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
