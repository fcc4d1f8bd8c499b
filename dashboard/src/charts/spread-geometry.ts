import { scaleLinear } from 'd3-scale';
import type { ChartMargin } from './latency-geometry.js';
import { LOSS_MARK_HEIGHT, lossLevelOf, type LossLevel } from './loss-levels.js';
import { numbersOf, quantileInPlace } from './quantile.js';
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
  /**
   * Top of the latency axis (ms) to keep instead of choosing one: a chart that draws only the
   * readings appended to its window keeps the axis it has until the window moves.
   */
  yTopMs?: number;
  /**
   * Whether to compute the band and the median (default true); without them the geometry has the
   * axes (what a chart that moves its pixels needs), the loss marks and the down stretches.
   */
  lines?: boolean;
  /** Device pixels per px (default 1): positions are rounded to tenths of a device pixel. */
  devicePixelRatio?: number;
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
  /** Top of the latency axis (ms). */
  yTopMs: number;
}

const DEFAULT_MARGIN: ChartMargin = { top: 8, right: 12, bottom: 26, left: 52 };

/**
 * Rounds to a tenth of a device pixel: finer is invisible, and it keeps snapshots stable. On whole
 * device pixels, so a position moved by whole device pixels rounds to the same place moved; a
 * hair above a half, so a tie (a bucket's exact fraction of a pixel) rounds the same way in two
 * windows whose times differ by float noise.
 */
const roundTo = (ratio: number) => (value: number) =>
  Math.round(value * 10 * ratio + 1e-4) / (10 * ratio);

/** The plot's rectangle within the drawing (px): what the axes and the loss row leave. */
export function plotOf({
  width,
  height,
  margin = DEFAULT_MARGIN,
  lossRowPx = 8,
}: Pick<
  SpreadChartInput,
  'width' | 'height' | 'margin' | 'lossRowPx'
>): SpreadChartGeometry['plot'] {
  return {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom - lossRowPx - 2),
  };
}

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
  yTopMs,
  lines: withLines = true,
  devicePixelRatio = 1,
}: SpreadChartInput): SpreadChartGeometry {
  const px = roundTo(devicePixelRatio);
  const plot = plotOf({ width, height, margin, lossRowPx });
  // A pause longer than this is no data (collector or probe stopped): nothing is drawn across it.
  const maxGapMs = Math.max(60_000, stepMs * 2.5);
  const visible = points.filter((p) => p.tsMs + Math.max(stepMs, 1) > fromMs && p.tsMs <= toMs);

  const x = scaleLinear()
    .domain([fromMs, toMs])
    .range([plot.x, plot.x + plot.width])
    .clamp(true);
  // Top of the axis: the 95th percentile of the slowest rounds, so one spike does not flatten
  // the day; never below the highest median, which is what IT support reads.
  const highs = numbersOf(visible, (p) => p.maxMs ?? p.rttMs);
  const yTickCount = Math.max(2, Math.floor(plot.height / 32));
  const y = scaleLinear()
    .range([plot.y + plot.height, plot.y])
    .clamp(true);
  if (yTopMs === undefined) {
    let highestMedian = 0;
    for (const p of visible)
      if (p.rttMs !== null && p.rttMs > highestMedian) highestMedian = p.rttMs;
    const robustTop = Math.max(quantileInPlace(highs, 0.95) ?? 0, highestMedian);
    y.domain([0, Math.max(minTopMs, robustTop * 1.1)]).nice(yTickCount);
  } else {
    y.domain([0, yTopMs]);
  }
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
  const centreOf = (p: LinkPoint) => x(Math.min(centreMsOf(p, stepMs), toMs));

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
  for (const p of withLines ? visible : []) {
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
  return {
    plot,
    bands,
    medians: lines,
    lossMarks,
    downSpans,
    xTicks,
    yTicks,
    clipped,
    yTopMs: top,
  };
}

/**
 * How far (px) a reading's drawing reaches left of its time: the median's round join (half its
 * 1.6 px width), anti-aliasing (1 px) and the 0.1 px rounding, with room to spare.
 */
const REACH_PX = 3;

/** The window a chart was drawn on, and where its plot is. */
export interface DrawnWindow {
  fromMs: number;
  toMs: number;
  stepMs: number;
  plot: SpreadChartGeometry['plot'];
}

/**
 * Index in `next` of the first reading that is not what `previous` had, or null when nothing
 * changed; 0 means everything may have. Readings are compared by identity (the page keeps the
 * objects it has), once those that left the front from before the window are set aside.
 */
function firstChangedReading(
  previous: readonly LinkPoint[],
  next: readonly LinkPoint[],
  { fromMs, stepMs }: Pick<DrawnWindow, 'fromMs' | 'stepMs'>,
): number | null {
  // Readings before the window leave the front of the list as it slides: they were not drawn.
  const dropped = next.length > 0 ? previous.indexOf(next[0]!) : -1;
  if (dropped < 0) return 0;
  if (dropped > 0 && previous[dropped - 1]!.tsMs + Math.max(stepMs, 1) > fromMs) return 0;
  const kept = previous.length - dropped;
  const shared = Math.min(kept, next.length);
  let changed = 0;
  while (changed < shared && previous[dropped + changed] === next[changed]) changed++;
  return changed === kept && changed === next.length ? null : changed;
}

/** When a reading is drawn (epoch ms): a bucket at its middle, a raw round at its time. */
const centreMsOf = (point: LinkPoint, stepMs: number) =>
  stepMs > 0 ? point.tsMs + stepMs / 2 : point.tsMs;

/** Where a reading is drawn (px), pinned to the window. */
function xOfReading(point: LinkPoint, { fromMs, toMs, stepMs, plot }: DrawnWindow): number {
  const tsMs = Math.min(Math.max(centreMsOf(point, stepMs), fromMs), toMs);
  return plot.x + ((tsMs - fromMs) / (toMs - fromMs)) * plot.width;
}

/**
 * Where a chart drawn for `previous` must be drawn again to show `next` on the same window, size
 * and axis: px from the drawing's left, or 0 for all of it. Readings before the first changed one
 * keep their pixels, except near the last unchanged one, whose line join, band edge and loss mark
 * reach to the next. A live reading thus costs a sliver of each canvas, not the whole plot.
 */
export function redrawFromPx(
  previous: readonly LinkPoint[],
  next: readonly LinkPoint[],
  window: DrawnWindow,
): number {
  const changed = firstChangedReading(previous, next, window);
  if (changed === null) return window.plot.x + window.plot.width;
  if (changed === 0 || window.toMs <= window.fromMs) return 0;
  return redrawnFromPx(next[changed - 1]!, window);
}

/** Where the drawing of the readings after `lastKept` starts (px), the reach of its own included. */
function redrawnFromPx(lastKept: LinkPoint, window: DrawnWindow): number {
  // A bucket's loss mark starts at its time, left of its middle.
  const x = Math.min(xOfReading(lastKept, window), xOfReading(lastKept, { ...window, stepMs: 0 }));
  return Math.max(0, Math.floor(x - REACH_PX));
}

/** What {@link computeSpreadTail} gives: the part of a chart to draw again. */
export interface SpreadTail {
  /** Where the part starts (px from the drawing's left). */
  fromPx: number;
  /** Geometry of the readings that reach into the part (and a little left of it). */
  geometry: SpreadChartGeometry;
  /** Index of the first reading that changed (those from it on are new or different). */
  changed: number;
}

/**
 * What a chart drawn for `previous` draws again to show `input.points` on the same window, size
 * and axis (`yTopMs`): the part from `fromPx` on, and the geometry of only the readings that
 * reach into it, from one whose slice is well left of `fromPx` (so the part's edge cuts through
 * runs as a whole drawing has them). Null when the whole chart must be drawn, or nothing changed.
 * Work thus follows what changed, not the length of the window: one reading of a quarter hour at
 * one a second is the geometry of a handful, not of 900.
 */
export function computeSpreadTail(
  previous: readonly LinkPoint[],
  input: SpreadChartInput & { yTopMs: number },
): SpreadTail | null {
  const { points, fromMs, toMs, stepMs } = input;
  const window: DrawnWindow = { fromMs, toMs, stepMs, plot: plotOf(input) };
  const changed = firstChangedReading(previous, points, window);
  if (!changed || toMs <= fromMs) return null;
  const fromPx = redrawnFromPx(points[changed - 1]!, window);
  if (fromPx <= 0) return null;
  let start = points.length;
  while (start > 0 && xOfReading(points[start - 1]!, window) > fromPx - 2 * REACH_PX) start--;
  return {
    fromPx,
    geometry: computeSpreadGeometry({ ...input, points: points.slice(Math.max(0, start - 1)) }),
    changed,
  };
}

/**
 * A rolling window as a chart draws it on a plot `plotDevicePx` device pixels wide: its end moved
 * right to the next whole device pixel of time, its start with it. Two windows of one span so
 * placed lie whole device pixels apart, so a chart whose window moved can move the pixels it has
 * instead of drawing them again ({@link computeSpreadShift}); and a day's window that moved less
 * than a pixel is the same window. Not for a fixed range: its first tick would fall off the plot.
 */
export function pixelAlignedWindow(
  fromMs: number,
  toMs: number,
  plotDevicePx: number,
): { fromMs: number; toMs: number } {
  const spanMs = toMs - fromMs;
  if (!(spanMs > 0) || !(plotDevicePx >= 1)) return { fromMs, toMs };
  const pixelMs = spanMs / plotDevicePx;
  const alignedToMs = Math.ceil(toMs / pixelMs) * pixelMs;
  return { fromMs: alignedToMs - spanMs, toMs: alignedToMs };
}

/** What {@link computeSpreadShift} gives: how far the pixels move, and the two edges drawn again. */
export interface SpreadShift {
  /** Device pixels the drawing moves left. */
  byDevicePx: number;
  /** The left edge drawn again, up to `toPx` (px from the drawing's left), and its readings. */
  head: { toPx: number; geometry: SpreadChartGeometry };
  /** The right edge drawn again, from `fromPx` on, and its readings. */
  tail: { fromPx: number; geometry: SpreadChartGeometry };
}

/**
 * The readings around `[fromPx, toPx]` (px) and two more on each side, so runs cross the edges as
 * a whole drawing has them (Skia strokes a lone segment by another path than a polyline, whose
 * edge pixels then differ by more than a shade).
 */
function readingsAround(
  points: readonly LinkPoint[],
  window: DrawnWindow,
  fromPx: number,
  toPx: number,
): readonly LinkPoint[] {
  let start = 0;
  while (start < points.length && xOfReading(points[start]!, window) < fromPx - 2 * REACH_PX)
    start++;
  let end = start;
  while (end < points.length && xOfReading(points[end]!, window) <= toPx + 2 * REACH_PX) end++;
  return points.slice(Math.max(0, start - 2), end + 2);
}

/**
 * What a chart drawn for `previous` on the window `drawn` does to show `input` when only the
 * window moved on, by whole device pixels and with the same span, size, step and latency axis
 * (`yTopMs`): move its pixels left by `byDevicePx`, then draw again the left edge (where readings
 * from before the window are now pinned to the plot's start) and the right edge (the readings
 * that arrived, and those the old window's end cut). Null when the whole chart must be drawn: a
 * move of half the plot or more, one that is not whole device pixels (windows not placed by
 * {@link pixelAlignedWindow}), or other readings from the first on.
 * A tick of the live range thus costs each canvas a copy and two slivers, not 900 readings.
 */
export function computeSpreadShift(
  previous: readonly LinkPoint[],
  drawn: { fromMs: number; toMs: number },
  input: SpreadChartInput & { yTopMs: number },
): SpreadShift | null {
  const { points, fromMs, toMs, stepMs, devicePixelRatio: ratio = 1 } = input;
  const spanMs = toMs - fromMs;
  // Epoch times are exact to a quarter of a microsecond, so two equal spans may differ by that.
  if (!(spanMs > 0) || Math.abs(drawn.toMs - drawn.fromMs - spanMs) > 0.01) return null;
  const plot = plotOf(input);
  const window: DrawnWindow = { fromMs, toMs, stepMs, plot };
  const byPx = ((fromMs - drawn.fromMs) / spanMs) * plot.width;
  const byDevicePx = Math.round(byPx * ratio);
  // Whole device pixels, on which the geometry rounds its positions.
  if (Math.abs(byPx * ratio - byDevicePx) > 1e-3) return null;
  if (byDevicePx <= 0 || byDevicePx * 2 >= plot.width * ratio) return null;
  const changed = firstChangedReading(previous, points, window);
  if (changed === 0) return null;
  // The last reading kept whose drawing the old window's end did not cut (a bucket's middle past
  // it was pinned to the end); the readings after it are drawn again.
  let kept = (changed ?? points.length) - 1;
  while (kept >= 0 && centreMsOf(points[kept]!, stepMs) >= drawn.toMs) kept--;
  if (kept < 0) return null;
  const tailFromPx = redrawnFromPx(points[kept]!, window);
  // The first reading inside the window: those before it are pinned to the plot's start now.
  let first = 0;
  while (first < points.length && centreMsOf(points[first]!, stepMs) <= fromMs) first++;
  if (first >= points.length) return null;
  const headToPx = Math.ceil(xOfReading(points[first]!, window) + REACH_PX);
  if (headToPx >= tailFromPx) return null;
  const geometryOf = (fromPx: number, toPx: number) =>
    computeSpreadGeometry({ ...input, points: readingsAround(points, window, fromPx, toPx) });
  return {
    byDevicePx,
    head: { toPx: headToPx, geometry: geometryOf(0, headToPx) },
    tail: { fromPx: tailFromPx, geometry: geometryOf(tailFromPx, plot.x + plot.width) },
  };
}
