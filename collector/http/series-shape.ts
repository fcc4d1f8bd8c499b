import type { SeriesGridResult, SeriesResult } from '../../contracts/api.js';

/**
 * `value` rounded to `digits` significant digits. Significant rather than decimal places, so that
 * rounding never turns a small loss into 0 or a bucket that was down once into an up share of 1
 * (0.99965 stays below 1 with 6 digits; a share needs a million rounds in a bucket to reach it).
 */
export function roundToSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const power = digits - 1 - Math.floor(Math.log10(Math.abs(value)));
  // Divide by an exact power of ten (not multiply by its inverse, which is inexact), so the result
  // is the double nearest the rounded decimal and prints as that decimal.
  return power >= 0
    ? Math.round(value * 10 ** power) / 10 ** power
    : Math.round(value / 10 ** -power) * 10 ** -power;
}

/** The buckets of a window: the first one's start and how many, as the query API buckets times. */
export function gridOfWindow(
  fromMs: number,
  toMs: number,
  stepMs: number,
): { startMs: number; count: number } {
  const startMs = fromMs - (fromMs % stepMs);
  return { startMs, count: Math.floor((toMs - (toMs % stepMs) - startMs) / stepMs) + 1 };
}

/**
 * A series of `[ms, value]` points, bucketed at `stepMs`, as a grid of values from `startMs`
 * (null where a bucket has none), each rounded to `digits` significant digits when given.
 */
export function toSeriesGrid(
  series: SeriesResult,
  { startMs, count, stepMs }: { startMs: number; count: number; stepMs: number },
  digits?: number,
): SeriesGridResult {
  const values = new Array<number | null>(count).fill(null);
  for (const [tsMs, value] of series.points) {
    const index = Math.round((tsMs - startMs) / stepMs);
    if (index < 0 || index >= count) continue;
    values[index] = digits === undefined ? value : roundToSignificant(value, digits);
  }
  return { labels: series.labels, startMs, stepMs, values };
}

/** The same points with each value rounded to `digits` significant digits. */
export function roundSeries(series: SeriesResult, digits: number): SeriesResult {
  return {
    labels: series.labels,
    points: series.points.map(([tsMs, value]) => [tsMs, roundToSignificant(value, digits)]),
  };
}
