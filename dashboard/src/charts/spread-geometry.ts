import { quantile } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ChartMargin } from './latency-geometry.js';
import { LOSS_MARK_HEIGHT, lossLevelOf, type LossLevel } from './loss-levels.js';
import { computeTimeTicks } from './time-ticks.js';

/**
 * One reading of a link target: one probe round, or the mean of a bucket of rounds from the
 * query API. Null fields were not measured (a tcp probe has no min/max; a down round no latency).
 */
export interface LinkPoint {
  /** Time of the round, or start of the bucket (epoch ms). */
  tsMs: number;
  /** Median round-trip time (ms), null when down. */
  rttMs: number | null;
  /** Fastest round trip of the round (ms). */
  minMs: number | null;
  /** Slowest round trip of the round (ms). */
  maxMs: number | null;
  /** Packets lost (%). */
  lossPct: number | null;
  /** Share of rounds answered: 1 up, 0 down, between for a bucket. */
  upShare: number | null;
}

/** What {@link computeSpreadGeometry} needs: one target's readings, the window and the size. */
export interface SpreadChartInput {
  points: readonly LinkPoint[];
  /** Start of the window (epoch ms). */
  fromMs: number;
  /** End of the window (epoch ms). */
  toMs: number;
  /** Bucket width of the readings (ms), 0 for raw rounds. */
  stepMs: number;
  width: number;
  height: number;
  /** Room for the axes and the loss row (px); default 8 top, 12 right, 26 bottom, 52 left. */
  margin?: ChartMargin;
  /** Height of the row of loss marks under the plot (px), default 8. */
  lossRowPx?: number;
  /** Smallest top of the latency axis (ms), default 10, so a quiet link does not look noisy. */
  minTopMs?: number;
}

/** A vertical slice of the min–max band at one x (px). */
export interface BandSlice {
  x: number;
  yMin: number;
  yMax: number;
}

/** Everything the canvas and the SVG axes draw, in px within the drawing. */
export interface SpreadChartGeometry {
  plot: { x: number; y: number; width: number; height: number };
  /** Runs of the min–max band, each a closed shape from left to right; broken at gaps and downs. */
  bands: BandSlice[][];
  /** Runs of the median line. */
  medians: { x: number; y: number }[][];
  /** Loss marks under the plot, adjacent marks of one level merged. */
  lossMarks: {
    x1: number;
    x2: number;
    y: number;
    height: number;
    level: Exclude<LossLevel, 'none'>;
  }[];
  /** Stretches with no answer at all, shaded across the plot. */
  downSpans: { x1: number; x2: number }[];
  xTicks: { x: number; tsMs: number }[];
  yTicks: { y: number; valueMs: number }[];
  /** Whether some readings rise above the axis (cut at its top so one spike does not flatten the rest). */
  clipped: boolean;
}

const DEFAULT_MARGIN: ChartMargin = { top: 8, right: 12, bottom: 26, left: 52 };

/** Rounds to 0.1 px: finer is invisible, and it keeps snapshots stable. */
const px = (value: number) => Math.round(value * 10) / 10;

/**
 * Maps one target's readings to a SmokePing-style chart: the min–max spread as a band, the median
 * as a line over it, and loss marks in a row under the plot. Pure: the same input always gives the
 * same geometry, so tests compare it and the element only draws it.
 */
export function computeSpreadGeometry({
  points,
  fromMs,
  toMs,
  stepMs,
  width,
  height,
  margin = DEFAULT_MARGIN,
  lossRowPx = 8,
  minTopMs = 10,
}: SpreadChartInput): SpreadChartGeometry {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom - lossRowPx - 2),
  };
  // A pause longer than this is no data (collector or probe stopped): nothing is drawn across it.
  const maxGapMs = Math.max(60_000, stepMs * 2.5);
  const visible = points.filter((p) => p.tsMs + Math.max(stepMs, 1) > fromMs && p.tsMs <= toMs);

  const x = scaleLinear()
    .domain([fromMs, toMs])
    .range([plot.x, plot.x + plot.width])
    .clamp(true);
  // Top of the axis: the 95th percentile of the slowest rounds, so one spike does not flatten
  // the day; never below the highest median, which is what IT support reads.
  const highs = visible.map((p) => p.maxMs ?? p.rttMs).filter((v): v is number => v !== null);
  const medians = visible.map((p) => p.rttMs).filter((v): v is number => v !== null);
  const robustTop = Math.max(quantile(highs, 0.95) ?? 0, Math.max(0, ...medians));
  const yTickCount = Math.max(2, Math.floor(plot.height / 32));
  const y = scaleLinear()
    .domain([0, Math.max(minTopMs, robustTop * 1.1)])
    .nice(yTickCount)
    .range([plot.y + plot.height, plot.y])
    .clamp(true);
  const top = y.domain()[1] ?? minTopMs;
  const clipped = highs.some((v) => v > top);

  // Each reading covers the time to the next one (or one step), so a bucket is as wide as it is.
  const spanEnd = (i: number): number => {
    const p = visible[i]!;
    const next = visible[i + 1];
    const ownMs = stepMs > 0 ? stepMs : next ? next.tsMs - p.tsMs : 0;
    const endMs =
      next && next.tsMs - p.tsMs <= maxGapMs ? next.tsMs : p.tsMs + Math.min(ownMs, maxGapMs);
    return Math.min(endMs, toMs);
  };
  // Bucketed readings are drawn at the middle of their bucket, raw ones at their time.
  const centreOf = (p: LinkPoint) => x(stepMs > 0 ? Math.min(p.tsMs + stepMs / 2, toMs) : p.tsMs);

  const bands: BandSlice[][] = [];
  const lines: { x: number; y: number }[][] = [];
  let band: BandSlice[] = [];
  let median: { x: number; y: number }[] = [];
  const breakRuns = () => {
    if (band.length > 0) bands.push(band);
    if (median.length > 0) lines.push(median);
    band = [];
    median = [];
  };
  let previousMs: number | null = null;
  for (const p of visible) {
    if (previousMs !== null && p.tsMs - previousMs > maxGapMs) breakRuns();
    previousMs = p.tsMs;
    if (p.rttMs === null) {
      breakRuns();
      continue;
    }
    const cx = px(centreOf(p));
    median.push({ x: cx, y: px(y(p.rttMs)) });
    const low = p.minMs ?? p.rttMs;
    const high = p.maxMs ?? p.rttMs;
    band.push({ x: cx, yMin: px(y(low)), yMax: px(y(high)) });
  }
  breakRuns();

  // Loss marks and down spans: one per reading, merged with a neighbour of the same level.
  const lossTop = plot.y + plot.height + 2;
  const lossMarks: SpreadChartGeometry['lossMarks'] = [];
  const downSpans: SpreadChartGeometry['downSpans'] = [];
  visible.forEach((p, i) => {
    const level = lossLevelOf(p.lossPct, p.upShare);
    if (level === 'none') return;
    const x1 = px(x(Math.max(p.tsMs, fromMs)));
    const x2 = px(Math.max(x(spanEnd(i)), x1 + 1));
    const markHeight = px(lossRowPx * LOSS_MARK_HEIGHT[level]);
    const last = lossMarks.at(-1);
    if (last && last.level === level && last.x2 >= x1 - 0.5) last.x2 = Math.max(last.x2, x2);
    else
      lossMarks.push({
        x1,
        x2,
        y: px(lossTop + lossRowPx - markHeight),
        height: markHeight,
        level,
      });
    if (level !== 'down') return;
    const span = downSpans.at(-1);
    if (span && span.x2 >= x1 - 0.5) span.x2 = Math.max(span.x2, x2);
    else downSpans.push({ x1, x2 });
  });

  const xTicks = computeTimeTicks(fromMs, toMs, Math.max(1, Math.floor(plot.width / 110))).map(
    (tsMs) => ({ x: px(x(tsMs)), tsMs }),
  );
  const yTicks = y.ticks(yTickCount).map((valueMs) => ({ y: px(y(valueMs)), valueMs }));
  return { plot, bands, medians: lines, lossMarks, downSpans, xTicks, yTicks, clipped };
}

/**
 * How far (px) a reading's drawing reaches left of its time: the median's round join (half its
 * 1.6 px width), anti-aliasing (1 px) and the 0.1 px rounding, with room to spare.
 */
const REACH_PX = 3;

/**
 * Where a chart drawn for `previous` must be drawn again to show `next` on the same window, size
 * and axis: px from the drawing's left, or 0 for all of it. Readings are compared by identity (the
 * page keeps the objects it has), once those that left the front from before the window are set
 * aside: readings before the first changed one keep their pixels, except
 * near the last unchanged one, whose line join, band edge and loss mark reach to the next. A live
 * reading thus costs a sliver of each canvas, not the whole plot.
 */
export function redrawFromPx(
  previous: readonly LinkPoint[],
  next: readonly LinkPoint[],
  {
    fromMs,
    toMs,
    stepMs,
    plot,
  }: { fromMs: number; toMs: number; stepMs: number; plot: SpreadChartGeometry['plot'] },
): number {
  // Readings before the window leave the front of the list as it slides: they were not drawn.
  const dropped = next.length > 0 ? previous.indexOf(next[0]!) : -1;
  if (dropped < 0 || toMs <= fromMs) return 0;
  if (dropped > 0 && previous[dropped - 1]!.tsMs + Math.max(stepMs, 1) > fromMs) return 0;
  const kept = previous.length - dropped;
  const shared = Math.min(kept, next.length);
  let changed = 0;
  while (changed < shared && previous[dropped + changed] === next[changed]) changed++;
  if (changed === kept && changed === next.length) return plot.x + plot.width;
  if (changed === 0) return 0;
  const lastKeptMs = Math.min(Math.max(next[changed - 1]!.tsMs, fromMs), toMs);
  const x = plot.x + ((lastKeptMs - fromMs) / (toMs - fromMs)) * plot.width;
  return Math.max(0, Math.floor(x - REACH_PX));
}
