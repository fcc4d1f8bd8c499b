import { describe, expect, it } from 'vitest';
import {
  acceptsLiveReading,
  centreDateTimeInput,
  chooseStepMs,
  parseCentreDateTime,
  rangeWindow,
  stepParam,
  windowEndMs,
} from '../../../../dashboard/src/connectivity/time-range.js';

// A fixed clock: 27 Nov 2026 at 14:05 in the centre (07:05 UTC).
const NOW_MS = Date.UTC(2026, 10, 27, 7, 5);
const HOUR_MS = 3_600_000;

describe('rangeWindow', () => {
  it.each([
    { kind: 'live', spanMs: 15 * 60_000 },
    { kind: '1h', spanMs: HOUR_MS },
    { kind: '24h', spanMs: 24 * HOUR_MS },
    { kind: '7d', spanMs: 7 * 24 * HOUR_MS },
  ] as const)('ends the $kind range at now and follows it', ({ kind, spanMs }) => {
    expect(rangeWindow({ kind }, NOW_MS)).toEqual({
      fromMs: NOW_MS - spanMs,
      toMs: NOW_MS,
      following: true,
    });
  });

  it('keeps a custom range in the past fixed, and takes no live reading past its end', () => {
    const window = rangeWindow(
      { kind: 'custom', fromMs: NOW_MS - 5 * HOUR_MS, toMs: NOW_MS - HOUR_MS },
      NOW_MS,
    );
    expect(window).toEqual({
      fromMs: NOW_MS - 5 * HOUR_MS,
      toMs: NOW_MS - HOUR_MS,
      following: false,
    });
    expect(acceptsLiveReading(window, NOW_MS - HOUR_MS)).toBe(true);
    expect(acceptsLiveReading(window, NOW_MS)).toBe(false);
  });

  it('cuts a custom range that ends in the future at now, and follows it', () => {
    const window = rangeWindow(
      { kind: 'custom', fromMs: NOW_MS - HOUR_MS, toMs: NOW_MS + HOUR_MS },
      NOW_MS,
    );
    expect(window).toEqual({ fromMs: NOW_MS - HOUR_MS, toMs: NOW_MS, following: true });
    expect(acceptsLiveReading(window, NOW_MS + 1000)).toBe(true);
  });
});

describe('windowEndMs', () => {
  it.each([
    { range: 'live (15 min)', spanMs: 15 * 60_000, nowMs: NOW_MS + 400, endMs: NOW_MS + 2_000 },
    { range: 'live, on a whole second', spanMs: 15 * 60_000, nowMs: NOW_MS, endMs: NOW_MS + 1_000 },
    { range: '1 h (2 s a pixel)', spanMs: HOUR_MS, nowMs: NOW_MS + 400, endMs: NOW_MS + 2_000 },
    { range: '24 h (48 s a pixel)', spanMs: 24 * HOUR_MS, nowMs: NOW_MS, endMs: NOW_MS + 36_000 },
  ])(
    'ends the window past the next tick, on a step of ticks no longer than a pixel: $range',
    ({ spanMs, nowMs, endMs }) => {
      expect(windowEndMs(nowMs, { spanMs, plotWidthPx: 1770, tickMs: 1_000 })).toBe(endMs);
    },
  );

  it('keeps the same end for every tick within a pixel’s worth of time of a day', () => {
    const options = { spanMs: 24 * HOUR_MS, plotWidthPx: 1770, tickMs: 1_000 };
    const ends = new Set(
      Array.from({ length: 10 }, (_, s) => windowEndMs(NOW_MS + 20_000 + s * 1000, options)),
    );
    expect(ends.size).toBe(1);
  });
});

describe('chooseStepMs', () => {
  it.each([
    { range: 'live (15 min)', spanMs: 15 * 60_000, widthPx: 1600, step: 0 },
    { range: '1 h', spanMs: HOUR_MS, widthPx: 1600, step: 5_000 },
    { range: '24 h', spanMs: 24 * HOUR_MS, widthPx: 1600, step: 120_000 },
    { range: '24 h on a phone', spanMs: 24 * HOUR_MS, widthPx: 300, step: 600_000 },
    { range: '7 d', spanMs: 7 * 24 * HOUR_MS, widthPx: 1600, step: 900_000 },
  ])('asks for about one point per 2 px: $range at $widthPx px', ({ spanMs, widthPx, step }) => {
    expect(chooseStepMs(spanMs, widthPx)).toBe(step);
    if (step > 0) expect(spanMs / step).toBeLessThanOrEqual(widthPx / 2);
  });
});

describe('stepParam', () => {
  it.each([
    [5_000, '5s'],
    [30_000, '30s'],
    [120_000, '2m'],
    [900_000, '15m'],
    [3 * HOUR_MS, '3h'],
    [24 * HOUR_MS, '1d'],
  ])('writes %i ms as %s', (ms, param) => {
    expect(stepParam(ms)).toBe(param);
  });
});

describe('custom range fields', () => {
  it('reads the fields on the centre’s clock whatever the browser’s zone', () => {
    expect(parseCentreDateTime('2026-11-27T14:05')).toBe(NOW_MS);
    expect(centreDateTimeInput(NOW_MS)).toBe('2026-11-27T14:05');
  });

  it('refuses anything that is not a date and a time', () => {
    expect(parseCentreDateTime('')).toBeNull();
    expect(parseCentreDateTime('27/11/2026 14:05')).toBeNull();
  });
});
