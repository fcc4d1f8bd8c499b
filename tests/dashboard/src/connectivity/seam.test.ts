import { describe, expect, it } from 'vitest';
import type { LinkPoint } from '../../../../dashboard/src/charts/spread-geometry.js';
import { bucketLinkPoints } from '../../../../dashboard/src/connectivity/link-readings.js';
import {
  appendReading,
  dropBefore,
  joinAtSeam,
  seamMs,
} from '../../../../dashboard/src/connectivity/seam.js';
import { chooseStepMs, rangeWindow } from '../../../../dashboard/src/connectivity/time-range.js';

const NOW_MS = Date.UTC(2026, 10, 27, 7, 5);
const point = (tsMs: number, rttMs: number | null = 10): LinkPoint => ({
  tsMs,
  rttMs,
  minMs: rttMs === null ? null : rttMs - 2,
  maxMs: rttMs === null ? null : rttMs + 5,
  lossPct: rttMs === null ? 100 : 0,
  upShare: rttMs === null ? 0 : 1,
});
/** Rounds every 30 s from `fromMs` up to and including `toMs`. */
const rounds = (fromMs: number, toMs: number) => {
  const points: LinkPoint[] = [];
  for (let t = fromMs; t <= toMs; t += 30_000) points.push(point(t, 10 + ((t / 30_000) % 7)));
  return points;
};
const join = (history: LinkPoint[], live: LinkPoint[], stepMs: number, untilMs?: number) =>
  joinAtSeam(history, live, { stepMs, untilMs, bucket: bucketLinkPoints });
const times = (points: readonly LinkPoint[]) => points.map((p) => p.tsMs);

describe('joinAtSeam with raw history (the live range)', () => {
  it('appends only the live rounds after the last history round: no duplicate, no gap', () => {
    const history = rounds(NOW_MS - 600_000, NOW_MS - 60_000);
    const live = rounds(NOW_MS - 120_000, NOW_MS);
    const joined = join(history, live, 0);
    expect(new Set(times(joined)).size).toBe(joined.length);
    expect(times(joined)).toEqual(times(rounds(NOW_MS - 600_000, NOW_MS)));
  });

  it('keeps every live round when there is no history', () => {
    const live = rounds(NOW_MS - 60_000, NOW_MS);
    expect(join([], live, 0)).toEqual(live);
    expect(seamMs([], 0)).toBe(-Infinity);
  });
});

describe('joinAtSeam with bucketed history (1 h, 24 h, 7 d)', () => {
  it('folds live rounds after the last bucket into buckets of the same step', () => {
    const stepMs = 120_000;
    const history = [point(NOW_MS - 360_000), point(NOW_MS - 240_000)];
    const live = rounds(NOW_MS - 300_000, NOW_MS);
    const joined = join(history, live, stepMs);
    // The history's last bucket ends at -120 s; live rounds from there on make two buckets.
    const first = NOW_MS - 120_000 - ((NOW_MS - 120_000) % stepMs);
    expect(times(joined)).toEqual([NOW_MS - 360_000, NOW_MS - 240_000, first, first + stepMs]);
    // Only rounds from the seam on: earlier ones are in the history's last bucket.
    const counted = live.filter((p) => p.tsMs >= NOW_MS - 120_000 && p.tsMs < first + stepMs);
    expect(joined[2]!.rttMs).toBeCloseTo(
      counted.reduce((s, p) => s + p.rttMs!, 0) / counted.length,
    );
  });

  it('counts a down round in the bucket’s share of answered rounds', () => {
    const bucket = bucketLinkPoints(0, [
      point(0),
      point(30_000, null),
      point(60_000),
      point(90_000),
    ]);
    expect(bucket.upShare).toBe(0.75);
    expect(bucket.lossPct).toBe(25);
    expect(bucket.rttMs).toBe(10);
  });
});

describe('switching ranges', () => {
  const history24h = rounds(NOW_MS - 24 * 3_600_000, NOW_MS - 30_000);
  const live = rounds(NOW_MS - 15 * 60_000, NOW_MS + 60_000);

  it('from live to 24 h: the day at its step, then the live rounds bucketed after the seam', () => {
    const stepMs = chooseStepMs(24 * 3_600_000, 1600);
    const history = join(
      [],
      history24h.filter((p) => p.tsMs < NOW_MS - 60_000),
      stepMs,
    );
    const joined = join(history, live, stepMs);
    const spacing = times(joined)
      .slice(1)
      .map((t, i) => t - times(joined)[i]!);
    expect(new Set(spacing)).toEqual(new Set([stepMs]));
    expect(joined.at(-1)!.tsMs).toBeLessThanOrEqual(NOW_MS + 60_000);
  });

  it('from 24 h back to live: raw rounds, each once, up to the newest', () => {
    const history = history24h.filter((p) => p.tsMs >= NOW_MS - 15 * 60_000);
    const joined = join(history, live, 0);
    expect(times(joined)).toEqual(times(rounds(NOW_MS - 15 * 60_000, NOW_MS + 60_000)));
  });

  it('to a custom range in the past: no live round past its end', () => {
    const window = rangeWindow(
      { kind: 'custom', fromMs: NOW_MS - 3_600_000, toMs: NOW_MS - 600_000 },
      NOW_MS,
    );
    const history = rounds(window.fromMs, window.toMs - 300_000);
    const joined = join(history, live, 0, window.following ? Infinity : window.toMs);
    expect(joined.at(-1)!.tsMs).toBe(window.toMs);
  });
});

describe('appendReading', () => {
  it('drops a reading not newer than the last, and keeps at most the capacity', () => {
    const buffer = [point(1000), point(2000)];
    expect(appendReading(buffer, point(2000), 3)).toBe(buffer);
    expect(times(appendReading([...buffer, point(3000)], point(4000), 3))).toEqual([
      2000, 3000, 4000,
    ]);
  });

  it('keeps none before the start of the shown window, however large the capacity', () => {
    const buffer = [point(1000), point(2000), point(3000)];
    expect(times(appendReading(buffer, point(4000), 7200, 2500))).toEqual([3000, 4000]);
    expect(times(appendReading(buffer, point(4000), 7200, 5000))).toEqual([4000]);
  });
});

describe('dropBefore', () => {
  it('keeps the raw rounds from the start of the window on, and the same array when none is older', () => {
    const readings = [point(1000), point(2000), point(3000)];
    expect(times(dropBefore(readings, 2000, 0))).toEqual([2000, 3000]);
    expect(times(dropBefore(readings, 3500, 0))).toEqual([]);
    expect(dropBefore(readings, 1000, 0)).toBe(readings);
  });

  it('keeps a bucket that starts before the window but ends inside it', () => {
    const buckets = [point(0), point(60_000), point(120_000)];
    expect(times(dropBefore(buckets, 90_000, 60_000))).toEqual([60_000, 120_000]);
    expect(times(dropBefore(buckets, 120_000, 60_000))).toEqual([120_000]);
  });
});
