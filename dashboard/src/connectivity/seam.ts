/** Anything placed in time: a reading, or the start of a bucket of readings (epoch ms). */
export interface Timed {
  tsMs: number;
}

/**
 * The first time a live reading may have to follow a history answer with no duplicate: after the
 * last raw reading, or after the end of the last bucket when the history is bucketed (readings
 * inside that bucket are already in its mean). `-Infinity` when the history is empty.
 */
export function seamMs(history: readonly Timed[], stepMs: number): number {
  const last = history.at(-1);
  if (!last) return -Infinity;
  return stepMs > 0 ? last.tsMs + stepMs : last.tsMs + 1;
}

/**
 * Joins a history answer and live readings with no gap and no duplicate at the seam. Live readings
 * at or after the seam are appended, folded into buckets of `stepMs` with `bucket` when the history
 * is bucketed (so a day's chart does not turn dense at its right edge); those past `untilMs` (the
 * end of a fixed window) are left out. The history wins before the seam: the server also has the
 * readings missed while the socket was down. Returns a new array.
 */
export function joinAtSeam<T extends Timed>(
  history: readonly T[],
  live: readonly T[],
  {
    stepMs,
    untilMs = Infinity,
    bucket,
  }: { stepMs: number; untilMs?: number; bucket: (bucketMs: number, members: readonly T[]) => T },
): T[] {
  const seam = seamMs(history, stepMs);
  const after = live.filter((p) => p.tsMs >= seam && p.tsMs <= untilMs);
  if (stepMs <= 0) return [...history, ...after];
  const buckets = new Map<number, T[]>();
  for (const p of after) {
    const start = p.tsMs - (p.tsMs % stepMs);
    const members = buckets.get(start);
    if (members) members.push(p);
    else buckets.set(start, [p]);
  }
  return [...history, ...[...buckets].map(([start, members]) => bucket(start, members))];
}

/**
 * Appends a live reading to a buffer in time order, keeping at most `capacity` and none before
 * `fromMs` (the start of the shown window: the chart would never draw them, and a buffer that
 * only grows costs memory and a longer copy on every update). A reading not newer than the last
 * is dropped (a duplicate, or out of order). Returns the same array when nothing changed.
 */
export function appendReading<T extends Timed>(
  buffer: readonly T[],
  reading: T,
  capacity: number,
  fromMs = -Infinity,
): readonly T[] {
  const last = buffer.at(-1);
  if (last && reading.tsMs <= last.tsMs) return buffer;
  let start = buffer.length >= capacity ? buffer.length - capacity + 1 : 0;
  while (start < buffer.length && buffer[start]!.tsMs < fromMs) start++;
  return [...buffer.slice(start), reading];
}

/**
 * The readings from the first one that ends after `fromMs` (a reading at `tsMs` covers
 * `[tsMs, tsMs + stepMs)`, a raw round only its instant): what a window starting at `fromMs` can
 * still draw. A rolling window slides away from the history it was opened with, and the live range
 * never fetches again, so without this a page left open would keep (and join, and measure on every
 * reading) the quarter hour it started with. Returns the same array when nothing is dropped.
 */
export function dropBefore<T extends Timed>(
  readings: readonly T[],
  fromMs: number,
  stepMs: number,
): readonly T[] {
  const ends = (reading: T) => reading.tsMs + Math.max(stepMs, 1);
  if (readings.length === 0 || ends(readings[0]!) > fromMs) return readings;
  // Readings are in time order: the first kept one by bisection.
  let low = 0;
  let high = readings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ends(readings[middle]!) > fromMs) high = middle;
    else low = middle + 1;
  }
  return readings.slice(low);
}

/** Mean of the numbers among `values`, or null when there is none. */
export function meanOf(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}
