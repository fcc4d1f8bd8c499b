import { afterEach, describe, expect, it } from 'vitest';
import type { Sample } from '../../../contracts/sample.js';
import { Recorder, RetentionJob, RollupJob } from '../../../collector/recorder/index.js';
import { newDataDir } from '../../support/collector.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27, 5, 0, 0);
const open: Recorder[] = [];
afterEach(() => open.splice(0).forEach((recorder) => recorder.close()));

function openRecorder(): Recorder {
  const recorder = new Recorder(newDataDir(), () => NOW);
  open.push(recorder);
  return recorder;
}

function rtt(ts: number, rttMs: number): Sample {
  return {
    ts,
    site: 'binh-xuyen',
    measurement: 'link',
    target: 'isp',
    probe: 'icmp',
    fields: { up: 1, rtt_ms: rttMs },
  };
}

const weekQuery = (stepMs: number) => ({
  measurement: 'link',
  field: 'rtt_ms',
  target: 'isp',
  fromMs: NOW - 7 * DAY,
  toMs: NOW,
  stepMs,
});

describe('one-minute rollups', () => {
  it('answer long ranges with the mean per step, and keep min, max and p95 per minute', () => {
    const recorder = openRecorder();
    const minute = NOW - DAY - ((NOW - DAY) % 60_000);
    recorder.recordSamples([1, 2, 3, 4, 10].map((value, i) => rtt(minute + i * 10_000, value)));
    recorder.recordSamples([rtt(minute + 60_000, 20)]);
    const rollups = new RollupJob(recorder.database);
    expect(rollups.step()).toBe(6);
    expect(rollups.step()).toBe(0);
    expect(recorder.querySeries(weekQuery(60_000))[0]!.points).toEqual([
      [minute, 4],
      [minute + 60_000, 20],
    ]);
    const row = recorder.database
      .prepare(
        `SELECT count, min, max, p95 FROM rollups_1m WHERE field = 'rtt_ms' AND minute_ms = ?`,
      )
      .get(minute);
    expect(row).toEqual({ count: 5, min: 1, max: 10, p95: expect.closeTo(8.8, 9) as number });
    // `up` is a flag: no percentile for it.
    const up = recorder.database
      .prepare(`SELECT p95 FROM rollups_1m WHERE field = 'up' AND minute_ms = ?`)
      .get(minute);
    expect(up).toEqual({ p95: null });
  });

  it('correct a minute when a late sample arrives for it', () => {
    const recorder = openRecorder();
    const minute = NOW - 2 * DAY - ((NOW - 2 * DAY) % 60_000);
    const rollups = new RollupJob(recorder.database);
    recorder.recordSamples([rtt(minute, 10)]);
    rollups.step();
    recorder.recordSamples([rtt(minute + 30_000, 30)]);
    rollups.step();
    expect(recorder.querySeries(weekQuery(60_000))[0]!.points).toEqual([[minute, 20]]);
  });

  it('roll a backlog of many series and minutes, with gaps, in one step as they would one by one', () => {
    const start = NOW - 3 * DAY - ((NOW - 3 * DAY) % 60_000);
    // Three targets, 7-second rounds over 40 minutes, with a 5-minute gap in the middle.
    const backlog: Sample[] = [];
    for (let ts = start; ts < start + 40 * 60_000; ts += 7_000) {
      if (ts >= start + 15 * 60_000 && ts < start + 20 * 60_000) continue;
      for (const target of ['isp', 'dns', 'portal']) {
        backlog.push({ ...rtt(ts, (ts / 1000) % 97), target });
      }
    }
    const rowsOf = (recorder: Recorder) =>
      recorder.database
        .prepare('SELECT series_id, field, minute_ms, count, min, max, sum, p95 FROM rollups_1m')
        .all()
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

    const atOnce = openRecorder();
    atOnce.recordSamples(backlog);
    new RollupJob(atOnce.database).step(100_000);
    const oneByOne = openRecorder();
    const rollups = new RollupJob(oneByOne.database);
    for (const sample of backlog) {
      oneByOne.recordSamples([sample]);
      rollups.step();
    }
    expect(rowsOf(atOnce)).toHaveLength(3 * 35 * 2);
    expect(rowsOf(atOnce)).toEqual(rowsOf(oneByOne));
  });
});

describe('aggregates per bucket', () => {
  it('keep the spread: min of minimums, max of maximums, mean of medians, or as asked', () => {
    const recorder = openRecorder();
    const minute = NOW - DAY - ((NOW - DAY) % 60_000);
    const round = (ts: number, min: number, median: number, max: number): Sample => ({
      ...rtt(ts, median),
      fields: { up: 1, rtt_ms: median, rtt_min_ms: min, rtt_max_ms: max },
    });
    recorder.recordSamples([round(minute, 1, 5, 9), round(minute + 30_000, 3, 7, 20)]);
    const rollups = new RollupJob(recorder.database);
    rollups.step();
    const pointOf = (field: string, agg?: 'mean' | 'min' | 'max') =>
      recorder.querySeries({ ...weekQuery(60_000), field, agg })[0]!.points[0]![1];
    // From the rollups (a long range) and from raw rows (a short one) alike.
    expect([pointOf('rtt_min_ms'), pointOf('rtt_ms'), pointOf('rtt_max_ms')]).toEqual([1, 6, 20]);
    expect(pointOf('rtt_ms', 'max')).toBe(7);
    const short = { ...weekQuery(60_000), fromMs: minute, toMs: minute + 60_000 };
    expect(recorder.querySeries({ ...short, field: 'rtt_max_ms' })[0]!.points).toEqual([
      [minute, 20],
    ]);
  });
});

describe('a grid of buckets from the rollups', () => {
  it('holds the buckets the pairs hold, at their index, with or without gaps, for every aggregate', () => {
    const recorder = openRecorder();
    const start = NOW - DAY - ((NOW - DAY) % 60_000);
    const round = (ts: number, target: string, median: number): Sample => ({
      ...rtt(ts, median),
      target,
      fields: { up: 1, rtt_ms: median, rtt_min_ms: median - 1, rtt_max_ms: median * 2 },
    });
    // Two hours of 30-second rounds: `isp` all along, `dns` with a ten-minute gap, `portal`
    // only in its last half hour; a fourth series has nothing in the window.
    const samples: Sample[] = [];
    for (let ts = start; ts < start + 120 * 60_000; ts += 30_000) {
      const minute = (ts - start) / 60_000;
      samples.push(round(ts, 'isp', 5 + (minute % 7)));
      if (minute < 40 || minute >= 50) samples.push(round(ts, 'dns', 9 + (ts % 11)));
      if (minute >= 90) samples.push(round(ts, 'portal', 30 + (minute % 3)));
    }
    samples.push(round(NOW - 3 * DAY, 'old', 1));
    recorder.recordSamples(samples);
    const rollups = new RollupJob(recorder.database);
    while (rollups.step() > 0);

    // A day and a half (answered from the rollups), starting inside a five-minute bucket.
    const stepMs = 5 * 60_000;
    const fromMs = start - 36 * 3_600_000 + 90_000;
    const grid = { startMs: fromMs - (fromMs % stepMs), count: 0 };
    grid.count = Math.floor((NOW - (NOW % stepMs) - grid.startMs) / stepMs) + 1;
    for (const field of ['rtt_ms', 'rtt_min_ms', 'rtt_max_ms']) {
      const query = { measurement: 'link', field, fromMs, toMs: NOW, stepMs };
      const pairs = recorder.querySeries(query);
      const grids = recorder.querySeriesGrid(query, grid);
      expect(grids.map((g) => g.labels)).toEqual(pairs.map((p) => p.labels));
      expect(grids.map((g) => g.labels.target)).toEqual(['isp', 'dns', 'portal']);
      for (const [i, { values }] of grids.entries()) {
        expect(values).toHaveLength(grid.count);
        const fromGrid = values.flatMap((value, k) =>
          value === null ? [] : [[grid.startMs + k * stepMs, value]],
        );
        expect(fromGrid).toEqual(pairs[i]!.points);
      }
    }
  });
});

describe('retention', () => {
  it('deletes raw samples past 14 days once rolled up, and the rollups still answer', () => {
    const recorder = openRecorder();
    recorder.recordSamples([rtt(NOW - 20 * DAY, 5), rtt(NOW - DAY, 7)]);
    const rollups = new RollupJob(recorder.database);
    rollups.step();
    const retention = new RetentionJob(recorder.database);
    expect(retention.step(NOW, rollups.position, Infinity)).toEqual({
      deleted: 1,
      droppedUndelivered: 0,
    });
    expect(recorder.database.prepare('SELECT count(*) AS n FROM samples').get()).toEqual({ n: 1 });
    const month = { ...weekQuery(DAY), fromMs: NOW - 30 * DAY };
    expect(recorder.querySeries(month)[0]!.points.map(([, value]) => value)).toEqual([5, 7]);
  });

  it('keeps raw samples that are not rolled up or not yet delivered, up to twice the retention', () => {
    const recorder = openRecorder();
    recorder.recordSamples([rtt(NOW - 20 * DAY, 5), rtt(NOW - 30 * DAY, 6)]);
    const retention = new RetentionJob(recorder.database);
    // Nothing rolled up yet: nothing goes.
    expect(retention.step(NOW, 0, Infinity).deleted).toBe(0);
    const rollups = new RollupJob(recorder.database);
    rollups.step();
    // Rolled up but never delivered to InfluxDB: only the one past 28 days goes, and is counted.
    expect(retention.step(NOW, rollups.position, 0)).toEqual({ deleted: 1, droppedUndelivered: 1 });
    expect(recorder.database.prepare('SELECT ts FROM samples').all()).toEqual([
      { ts: NOW - 20 * DAY },
    ]);
  });
});
