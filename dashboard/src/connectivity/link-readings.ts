import type { SeriesResponse } from '../../../contracts/api.js';
import type { Sample } from '../../../contracts/sample.js';
import type { LinkPoint } from '../charts/spread-geometry.js';
import { meanOf } from './seam.js';

/** Fields of `link` samples the latency charts read, as named in samples and the query API. */
export const LINK_FIELDS = ['rtt_ms', 'rtt_min_ms', 'rtt_max_ms', 'loss_pct', 'up'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

/** A finite number, or null. */
const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The reading a `link` sample carries, or null for a sample of another measurement or one that
 * says neither whether the target answered nor how fast. A down round has no latency.
 */
export function linkPointFromSample(sample: Sample): LinkPoint | null {
  if (sample.measurement !== 'link') return null;
  const up = numberOrNull(sample.fields.up);
  const rttMs = numberOrNull(sample.fields.rtt_ms);
  if (up === null && rttMs === null) return null;
  const down = up === 0;
  return {
    tsMs: sample.ts,
    rttMs: down ? null : rttMs,
    minMs: down ? null : numberOrNull(sample.fields.rtt_min_ms),
    maxMs: down ? null : numberOrNull(sample.fields.rtt_max_ms),
    lossPct: numberOrNull(sample.fields.loss_pct) ?? (down ? 100 : null),
    upShare: up ?? 1,
  };
}

/**
 * Readings per target from the query API's answers for each link field (those not asked for may
 * be missing). Times are joined across fields; series of another site are left out when `site`
 * is given (a province's collector receives many sites). Each target's readings in time order.
 */
export function linkHistoryFromSeries(
  answers: Partial<Record<LinkField, SeriesResponse>>,
  site: string | null,
): Map<string, LinkPoint[]> {
  const byTarget = new Map<string, Map<number, LinkPoint>>();
  for (const field of LINK_FIELDS) {
    for (const series of answers[field]?.series ?? []) {
      if (site !== null && series.labels.site !== site) continue;
      let readings = byTarget.get(series.labels.target);
      if (!readings) byTarget.set(series.labels.target, (readings = new Map()));
      for (const [tsMs, value] of series.points) {
        if (!Number.isFinite(value)) continue;
        let point = readings.get(tsMs);
        if (!point) {
          point = { tsMs, rttMs: null, minMs: null, maxMs: null, lossPct: null, upShare: null };
          readings.set(tsMs, point);
        }
        setField(point, field, value);
      }
    }
  }
  const history = new Map<string, LinkPoint[]>();
  for (const [target, readings] of byTarget) {
    // A bucket wholly down has no latency, whatever a stray value says.
    const points = [...readings.values()]
      .map((p) => (p.upShare === 0 ? { ...p, rttMs: null, minMs: null, maxMs: null } : p))
      .sort((a, b) => a.tsMs - b.tsMs);
    history.set(target, points);
  }
  return history;
}

function setField(point: LinkPoint, field: LinkField, value: number): void {
  switch (field) {
    case 'rtt_ms':
      point.rttMs = value;
      break;
    case 'rtt_min_ms':
      point.minMs = value;
      break;
    case 'rtt_max_ms':
      point.maxMs = value;
      break;
    case 'loss_pct':
      point.lossPct = value;
      break;
    case 'up':
      point.upShare = value;
      break;
  }
}

/**
 * Folds live rounds into one bucket as the query API does: the mean of each field (so a bucket
 * drawn from live rounds matches one drawn from history), latency over the answered rounds only.
 */
export function bucketLinkPoints(bucketMs: number, members: readonly LinkPoint[]): LinkPoint {
  return {
    tsMs: bucketMs,
    rttMs: meanOf(members.map((p) => p.rttMs)),
    minMs: meanOf(members.map((p) => p.minMs)),
    maxMs: meanOf(members.map((p) => p.maxMs)),
    lossPct: meanOf(members.map((p) => p.lossPct)),
    upShare: meanOf(members.map((p) => p.upShare)),
  };
}
