import type { SeriesResponse } from '../../../contracts/api.js';
import type { Sample } from '../../../contracts/sample.js';
import type { LatencyPoint } from '../charts/latency-geometry.js';

/** Measurement of link probes, as in samples and the InfluxDB schema. */
export const LINK_MEASUREMENT = 'link';

/**
 * The latency reading a link sample carries: `rttMs` null when the target was down, and null (no
 * reading) for a sample of another measurement or without `up` or `rtt_ms`.
 */
export function latencyPointFromSample(sample: Sample): LatencyPoint | null {
  if (sample.measurement !== LINK_MEASUREMENT) return null;
  const { up, rtt_ms: rttMs } = sample.fields;
  if (up === 0) return { tsMs: sample.ts, rttMs: null };
  if (typeof rttMs === 'number' && Number.isFinite(rttMs)) return { tsMs: sample.ts, rttMs };
  return null;
}

/**
 * Appends a live reading to a target's recent readings, keeping at most `capacity`. A reading not
 * newer than the last one is dropped: it is a duplicate (the snapshot's latest sample, or one
 * already in the history) or arrived out of order. Returns a new array (Lit sees the change).
 */
export function appendLatencyPoint(
  points: readonly LatencyPoint[],
  point: LatencyPoint,
  capacity: number,
): readonly LatencyPoint[] {
  const last = points.at(-1);
  if (last && point.tsMs <= last.tsMs) return points;
  const kept = points.length >= capacity ? points.slice(points.length - capacity + 1) : points;
  return [...kept, point];
}

/**
 * Joins the history fetched for the window with readings received live, with no duplicate at the
 * seam: live readings at or before the last history reading are already in the history. The
 * history wins because the server has the readings missed while the socket was down.
 */
export function mergeHistoryWithLive(
  history: readonly LatencyPoint[],
  live: readonly LatencyPoint[],
  capacity: number,
): readonly LatencyPoint[] {
  const lastHistoryMs = history.at(-1)?.tsMs ?? -Infinity;
  const merged = [...history, ...live.filter((p) => p.tsMs > lastHistoryMs)];
  return merged.length > capacity ? merged.slice(merged.length - capacity) : merged;
}

/**
 * Readings per target from the answers of `metric=link.rtt_ms` and `metric=link.up`: a time with
 * `up` 0 becomes a down reading, a time with a latency an up reading. Series of another site are
 * left out when `site` is given (a province's collector receives many sites).
 */
export function latencyHistoryFromSeries(
  rtt: SeriesResponse,
  up: SeriesResponse,
  site: string | null,
): Map<string, LatencyPoint[]> {
  const byTarget = new Map<string, Map<number, number | null>>();
  const readingsOf = (target: string) => {
    let readings = byTarget.get(target);
    if (!readings) byTarget.set(target, (readings = new Map()));
    return readings;
  };
  const ofSite = (labels: { site: string }) => site === null || labels.site === site;

  for (const s of rtt.series) {
    if (!ofSite(s.labels)) continue;
    const readings = readingsOf(s.labels.target);
    for (const [tsMs, value] of s.points) if (Number.isFinite(value)) readings.set(tsMs, value);
  }
  // Down wins over a latency at the same time: a probe reports no latency when down anyway.
  for (const s of up.series) {
    if (!ofSite(s.labels)) continue;
    const readings = readingsOf(s.labels.target);
    for (const [tsMs, value] of s.points) if (value === 0) readings.set(tsMs, null);
  }

  const history = new Map<string, LatencyPoint[]>();
  for (const [target, readings] of byTarget) {
    const points = [...readings]
      .map(([tsMs, rttMs]) => ({ tsMs, rttMs }))
      .sort((a, b) => a.tsMs - b.tsMs);
    history.set(target, points);
  }
  return history;
}
