import { describe, expect, it } from 'vitest';
import type { SeriesResponse } from '../../../../contracts/api.js';
import {
  linkHistoryFromSeries,
  linkPointFromSample,
} from '../../../../dashboard/src/connectivity/link-readings.js';
import {
  summarizeLink,
  withReadings,
} from '../../../../dashboard/src/connectivity/link-summary.js';
import { throughputPointFromSample } from '../../../../dashboard/src/connectivity/throughput-readings.js';

const TS = Date.UTC(2026, 10, 27, 7, 5);
const sample = (measurement: string, fields: Record<string, number>, site = 'xa-a') => ({
  ts: TS,
  site,
  measurement,
  target: 'dvc',
  probe: 'icmp',
  fields,
});
const answer = (field: string, points: [number, number][], site = 'xa-a'): SeriesResponse => ({
  series: [{ labels: { site, measurement: 'link', target: 'dvc', probe: 'icmp', field }, points }],
});

describe('linkPointFromSample', () => {
  it('reads the median, the spread and the loss of an icmp round', () => {
    expect(
      linkPointFromSample(
        sample('link', { up: 1, rtt_ms: 12, rtt_min_ms: 9, rtt_max_ms: 30, loss_pct: 20 }),
      ),
    ).toEqual({ tsMs: TS, rttMs: 12, minMs: 9, maxMs: 30, lossPct: 20, upShare: 1 });
  });

  it('reads a down round as all lost, without a latency', () => {
    expect(linkPointFromSample(sample('link', { up: 0, rtt_ms: 5 }))).toEqual({
      tsMs: TS,
      rttMs: null,
      minMs: null,
      maxMs: null,
      lossPct: 100,
      upShare: 0,
    });
  });

  it('ignores other measurements and rounds that say nothing', () => {
    expect(linkPointFromSample(sample('iface', { up: 1 }))).toBeNull();
    expect(linkPointFromSample(sample('link', { http_status: 200 }))).toBeNull();
  });
});

describe('linkHistoryFromSeries', () => {
  it('joins the fields of each time, and keeps only the site asked for', () => {
    const history = linkHistoryFromSeries(
      {
        rtt_ms: answer('rtt_ms', [[TS, 12]]),
        rtt_min_ms: answer('rtt_min_ms', [[TS, 9]]),
        rtt_max_ms: {
          series: [
            ...answer('rtt_max_ms', [[TS, 30]]).series,
            ...answer('rtt_max_ms', [[TS, 99]], 'xa-b').series,
          ],
        },
        loss_pct: answer('loss_pct', [[TS, 0]]),
        up: answer('up', [
          [TS, 1],
          [TS + 60_000, 0],
        ]),
      },
      'xa-a',
    );
    expect(history.get('dvc')).toEqual([
      { tsMs: TS, rttMs: 12, minMs: 9, maxMs: 30, lossPct: 0, upShare: 1 },
      { tsMs: TS + 60_000, rttMs: null, minMs: null, maxMs: null, lossPct: null, upShare: 0 },
    ]);
  });
});

describe('linkHistoryFromSeries, times that differ between fields', () => {
  it('keeps every time any field has, in time order, each reading with the fields measured then', () => {
    const history = linkHistoryFromSeries(
      {
        rtt_ms: answer('rtt_ms', [
          [TS, 12],
          [TS + 120_000, 14],
        ]),
        up: answer('up', [
          [TS, 1],
          [TS + 60_000, 0],
          [TS + 120_000, 1],
        ]),
        loss_pct: answer('loss_pct', [[TS + 180_000, 20]]),
      },
      null,
    );
    expect(history.get('dvc')?.map((p) => [p.tsMs - TS, p.rttMs, p.upShare, p.lossPct])).toEqual([
      [0, 12, 1, null],
      [60_000, null, 0, null],
      [120_000, 14, 1, null],
      [180_000, null, null, 20],
    ]);
  });
});

describe('summarizeLink', () => {
  it('says the typical latency, the worst loss and whether it went down', () => {
    const points = [
      { tsMs: TS, rttMs: 10, minMs: 8, maxMs: 20, lossPct: 0, upShare: 1 },
      { tsMs: TS + 1, rttMs: 14, minMs: 8, maxMs: 20, lossPct: 5, upShare: 1 },
      { tsMs: TS + 2, rttMs: null, minMs: null, maxMs: null, lossPct: 100, upShare: 0 },
    ];
    expect(summarizeLink(points, TS, TS + 2)).toEqual({
      medianMs: 12,
      worstLossPct: 100,
      wentDown: true,
    });
    expect(summarizeLink(points, TS + 10, TS + 20).medianMs).toBeNull();
  });

  it('takes readings added to the window into the worst loss and downs at once, the median later', () => {
    const up = { tsMs: TS, rttMs: 10, minMs: 8, maxMs: 20, lossPct: 0, upShare: 1 };
    const summary = summarizeLink([up], TS, TS + 10);
    const lossy = { ...up, tsMs: TS + 1, rttMs: 40, lossPct: 20 };
    const down = { ...up, tsMs: TS + 2, rttMs: null, lossPct: 100, upShare: 0 };
    expect(withReadings(summary, [lossy])).toEqual({
      medianMs: 10,
      worstLossPct: 20,
      wentDown: false,
    });
    expect(withReadings(summary, [lossy, down])).toEqual({
      medianMs: 10,
      worstLossPct: 100,
      wentDown: true,
    });
    // A window with no reading yet takes the median of the first ones.
    const empty = summarizeLink([], TS, TS + 10);
    expect(withReadings(empty, [up, lossy]).medianMs).toBe(25);
    expect(withReadings(summary, [])).toBe(summary);
  });
});

describe('throughputPointFromSample', () => {
  it('reads the rates of an interface, and nothing from its first round', () => {
    expect(throughputPointFromSample(sample('iface', { up: 1, rx_bps: 8e6, tx_bps: 1e6 }))).toEqual(
      {
        tsMs: TS,
        rxBps: 8e6,
        txBps: 1e6,
      },
    );
    expect(throughputPointFromSample(sample('iface', { up: 1 }))).toBeNull();
  });
});
