import type { SeriesGridResult, SeriesResponse } from '../../../contracts/api.js';
import type { Sample } from '../../../contracts/sample.js';
import type { LinkPoint } from '../charts/spread-geometry.js';
import { meanOf } from './seam.js';
import { pairsFromGrid } from './series-grid.js';

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
  const byTarget = fieldsByTarget((field) => answers[field]?.series, site);
  const history = new Map<string, LinkPoint[]>();
  for (const [target, fields] of byTarget) {
    history.set(
      target,
      mergeFields(fields.map(({ field, series }) => ({ field, points: series.points }))),
    );
  }
  return history;
}

/**
 * The series of each target, with the link field each one carries, in the order of
 * `LINK_FIELDS`; series of another site are left out when `site` is given.
 */
function fieldsByTarget<Series extends { labels: { site: string; target: string } }>(
  seriesOf: (field: LinkField) => readonly Series[] | undefined,
  site: string | null,
): Map<string, { field: LinkField; series: Series }[]> {
  const byTarget = new Map<string, { field: LinkField; series: Series }[]>();
  for (const field of LINK_FIELDS) {
    for (const series of seriesOf(field) ?? []) {
      if (site !== null && series.labels.site !== site) continue;
      let fields = byTarget.get(series.labels.target);
      if (!fields) byTarget.set(series.labels.target, (fields = []));
      fields.push({ field, series });
    }
  }
  return byTarget;
}

/**
 * Readings per target from a grid answer (`form=grid`): the same readings as
 * {@link linkHistoryFromSeries} gives for the pairs of the same buckets, read by index (every
 * series of one answer is on the same grid), with no times to compare and no pairs to allocate.
 */
export function linkHistoryFromGrid(
  answers: Partial<Record<LinkField, readonly SeriesGridResult[]>>,
  site: string | null,
): Map<string, LinkPoint[]> {
  const byTarget = fieldsByTarget((field) => answers[field], site);
  const history = new Map<string, LinkPoint[]>();
  for (const [target, fields] of byTarget) {
    const { startMs, stepMs } = fields[0]!.series;
    const aligned = fields.every(
      ({ series }) => series.startMs === startMs && series.stepMs === stepMs,
    );
    // Series on different grids (not sent by the API) are joined by time instead.
    history.set(
      target,
      aligned
        ? mergeGrids(fields, startMs, stepMs)
        : mergeFields(
            fields.map(({ field, series }) => ({ field, points: pairsFromGrid(series).points })),
          ),
    );
  }
  return history;
}

/** Merges the grids of one target, all from `startMs` at `stepMs`: one reading per bucket with a value. */
function mergeGrids(
  fields: { field: LinkField; series: SeriesGridResult }[],
  startMs: number,
  stepMs: number,
): LinkPoint[] {
  const count = Math.max(...fields.map(({ series }) => series.values.length));
  const points: LinkPoint[] = [];
  for (let index = 0; index < count; index++) {
    let point: LinkPoint | null = null;
    // Fields in the order of LINK_FIELDS, as `mergeFields` sets them: the same reading.
    for (const { field, series } of fields) {
      const value = series.values[index];
      if (value === null || value === undefined || !Number.isFinite(value)) continue;
      point ??= {
        tsMs: startMs + index * stepMs,
        rttMs: null,
        minMs: null,
        maxMs: null,
        lossPct: null,
        upShare: null,
      };
      setField(point, field, value);
    }
    if (!point) continue;
    // A bucket wholly down has no latency, whatever a stray value says.
    if (point.upShare === 0) point.rttMs = point.minMs = point.maxMs = null;
    points.push(point);
  }
  return points;
}

/**
 * Merges the series of one target, each in time order, into one reading per time: a walk along
 * all of them at once, with no lookup table (a day of 20 targets is 72,000 values on first load).
 */
function mergeFields(fields: { field: LinkField; points: [number, number][] }[]): LinkPoint[] {
  const next = fields.map(() => 0);
  const points: LinkPoint[] = [];
  for (;;) {
    let tsMs = Infinity;
    for (let f = 0; f < fields.length; f++) {
      const pair = fields[f]!.points[next[f]!];
      if (pair && pair[0] < tsMs) tsMs = pair[0];
    }
    if (tsMs === Infinity) return points;
    const point: LinkPoint = {
      tsMs,
      rttMs: null,
      minMs: null,
      maxMs: null,
      lossPct: null,
      upShare: null,
    };
    let measured = false;
    for (let f = 0; f < fields.length; f++) {
      const { field, points: series } = fields[f]!;
      // Equal times within one series (not sent by the API) are folded into one reading.
      let index = next[f]!;
      for (; index < series.length && series[index]![0] === tsMs; index++) {
        const value = series[index]![1];
        if (!Number.isFinite(value)) continue;
        setField(point, field, value);
        measured = true;
      }
      next[f] = index;
    }
    if (!measured) continue;
    // A bucket wholly down has no latency, whatever a stray value says.
    if (point.upShare === 0) point.rttMs = point.minMs = point.maxMs = null;
    points.push(point);
  }
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
