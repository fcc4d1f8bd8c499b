import type { SeriesResult } from '../../contracts/api.js';

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

/** The values of a grid rounded to `digits` significant digits, in place (the grid is the caller's). */
export function roundValues(values: (number | null)[], digits: number): (number | null)[] {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null && value !== undefined) values[i] = roundToSignificant(value, digits);
  }
  return values;
}

/** The same points with each value rounded to `digits` significant digits. */
export function roundSeries(series: SeriesResult, digits: number): SeriesResult {
  return {
    labels: series.labels,
    points: series.points.map(([tsMs, value]) => [tsMs, roundToSignificant(value, digits)]),
  };
}
