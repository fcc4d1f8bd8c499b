import { describe, expect, it } from 'vitest';
import type { SeriesResponse } from '../../../../contracts/api.js';
import type { Sample } from '../../../../contracts/sample.js';
import {
  appendLatencyPoint,
  latencyHistoryFromSeries,
  latencyPointFromSample,
  mergeHistoryWithLive,
} from '../../../../dashboard/src/live/latency-series.js';

const T0 = Date.UTC(2026, 10, 27, 7, 0, 0);
const at = (seconds: number) => T0 + seconds * 1000;
const point = (seconds: number, rttMs: number | null = 10) => ({ tsMs: at(seconds), rttMs });

function linkSample(seconds: number, fields: Record<string, number>): Sample {
  return {
    ts: at(seconds),
    site: 'binh-xuyen',
    measurement: 'link',
    target: 'dvc-portal',
    probe: 'http',
    fields,
  };
}

describe('latencyPointFromSample', () => {
  it.each<{ case: string; fields: Record<string, number>; rttMs: number | null }>([
    { case: 'an up sample gives its latency', fields: { up: 1, rtt_ms: 42.1 }, rttMs: 42.1 },
    { case: 'a down sample gives a down reading', fields: { up: 0 }, rttMs: null },
    {
      case: 'down wins over a stray latency',
      fields: { up: 0, rtt_ms: 3 },
      rttMs: null,
    },
    { case: 'a latency without "up" counts as up', fields: { rtt_ms: 7 }, rttMs: 7 },
  ])('$case', ({ fields, rttMs }) => {
    expect(latencyPointFromSample(linkSample(5, fields))).toEqual({ tsMs: at(5), rttMs });
  });

  it('gives nothing for an up sample without latency or another measurement', () => {
    expect(latencyPointFromSample(linkSample(5, { up: 1 }))).toBeNull();
    expect(
      latencyPointFromSample({ ...linkSample(5, { rx_bps: 1 }), measurement: 'iface' }),
    ).toBeNull();
  });
});

describe('appendLatencyPoint', () => {
  it('appends a newer reading', () => {
    expect(appendLatencyPoint([point(0)], point(5), 10)).toEqual([point(0), point(5)]);
  });

  it('drops a reading not newer than the last, returning the same array', () => {
    const points = [point(0), point(5)];
    expect(appendLatencyPoint(points, point(5, 99), 10)).toBe(points);
    expect(appendLatencyPoint(points, point(3), 10)).toBe(points);
  });

  it('keeps at most capacity readings, dropping the oldest', () => {
    const points = [point(0), point(5), point(10)];
    expect(appendLatencyPoint(points, point(15), 3)).toEqual([point(5), point(10), point(15)]);
  });
});

describe('mergeHistoryWithLive', () => {
  it('appends live readings after the history with no duplicate at the seam', () => {
    const history = [point(0), point(10), point(20)];
    const live = [point(20, 99), point(30), point(40)];
    expect(mergeHistoryWithLive(history, live, 100)).toEqual([
      point(0),
      point(10),
      point(20),
      point(30),
      point(40),
    ]);
  });

  it('lets the history replace live readings it covers, filling what the socket missed', () => {
    // Live readings at 0 and 30 s, the socket down in between; the history has the whole span.
    const live = [point(0), point(30), point(50)];
    const history = [point(0), point(10, null), point(20, null), point(30), point(40)];
    expect(mergeHistoryWithLive(history, live, 100)).toEqual([...history, point(50)]);
  });

  it('keeps the live readings when the history is empty', () => {
    const live = [point(0), point(5)];
    expect(mergeHistoryWithLive([], live, 100)).toEqual(live);
  });

  it('keeps the newest readings within capacity', () => {
    expect(mergeHistoryWithLive([point(0), point(1)], [point(2), point(3)], 3)).toEqual([
      point(1),
      point(2),
      point(3),
    ]);
  });
});

describe('latencyHistoryFromSeries', () => {
  const labels = (target: string, field: string, site = 'binh-xuyen') => ({
    site,
    measurement: 'link',
    target,
    probe: 'tcp',
    field,
  });

  it('joins latency and up/down per target, down where up is 0, in time order', () => {
    const rtt: SeriesResponse = {
      series: [
        {
          labels: labels('gateway', 'rtt_ms'),
          points: [
            [at(20), 1.5],
            [at(0), 1.2],
          ],
        },
      ],
    };
    const up: SeriesResponse = {
      series: [
        {
          labels: labels('gateway', 'up'),
          points: [
            [at(0), 1],
            [at(10), 0],
            [at(20), 1],
          ],
        },
      ],
    };
    expect(latencyHistoryFromSeries(rtt, up, 'binh-xuyen')).toEqual(
      new Map([['gateway', [point(0, 1.2), point(10, null), point(20, 1.5)]]]),
    );
  });

  it('leaves out other sites when a site is given', () => {
    const rtt: SeriesResponse = {
      series: [
        { labels: labels('gateway', 'rtt_ms', 'other-site'), points: [[at(0), 3]] },
        { labels: labels('isp', 'rtt_ms'), points: [[at(0), 9]] },
      ],
    };
    const history = latencyHistoryFromSeries(rtt, { series: [] }, 'binh-xuyen');
    expect([...history.keys()]).toEqual(['isp']);
    expect([...latencyHistoryFromSeries(rtt, { series: [] }, null).keys()]).toEqual([
      'gateway',
      'isp',
    ]);
  });
});
