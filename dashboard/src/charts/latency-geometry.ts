import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { computeTimeTicks } from './time-ticks.js';

/** One latency reading: `rttMs` is null when the target answered nothing (it was down). */
export interface LatencyPoint {
  /** Time of the reading (epoch ms). */
  tsMs: number;
  /** Round-trip time (ms), or null when the target was down. */
  rttMs: number | null;
}

/** The readings of one target, in time order. */
export interface LatencySeries {
  /** Target slug. */
  id: string;
  points: readonly LatencyPoint[];
}

/** Space kept around the plot for the axes (px). */
export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What {@link computeLatencyGeometry} needs: data, the time window and the size in px. */
export interface LatencyChartInput {
  series: readonly LatencySeries[];
  /** Start of the time window (epoch ms). */
  fromMs: number;
  /** End of the time window, usually now (epoch ms). */
  toMs: number;
  /** Width of the drawing (px). */
  width: number;
  /** Height of the drawing (px). */
  height: number;
  /** Room for the axes (px); default 12 top, 16 right, 28 bottom, 48 left. */
  margin?: ChartMargin;
  /**
   * Longest pause between two readings still joined by a line (ms), default 60 000. A longer pause
   * means no data (collector or probe stopped), and a line across it would invent readings.
   */
  maxGapMs?: number;
  /** Smallest top of the latency axis (ms), default 10, so a quiet link does not look noisy. */
  minTopMs?: number;
}

/** Everything an element needs to draw the chart, in px within the drawing. */
export interface LatencyChartGeometry {
  /** The plotting area inside the margins. */
  plot: { x: number; y: number; width: number; height: number };
  /** One SVG path per series (`d` attribute), empty when nothing is visible. */
  lines: { id: string; path: string }[];
  /** Stretches where a target reported down, to mark below the plot. */
  downSpans: { id: string; x1: number; x2: number }[];
  /** Ticks of the time axis. */
  xTicks: { x: number; tsMs: number }[];
  /** Ticks of the latency axis. */
  yTicks: { y: number; valueMs: number }[];
}

const DEFAULT_MARGIN: ChartMargin = { top: 12, right: 16, bottom: 28, left: 48 };

/** A vertex of a line, or a break (y null) where the line must stop. */
interface Vertex {
  x: number;
  y: number | null;
}

/**
 * Maps latency readings and a size to paths and ticks. Pure: the same input always gives the same
 * geometry, so tests compare it and the element only draws it.
 */
export function computeLatencyGeometry({
  series,
  fromMs,
  toMs,
  width,
  height,
  margin = DEFAULT_MARGIN,
  maxGapMs = 60_000,
  minTopMs = 10,
}: LatencyChartInput): LatencyChartGeometry {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };

  // Keep one gap's worth of readings before the window so a line enters from the left edge.
  const visible = series.map((s) => ({
    id: s.id,
    points: s.points.filter((p) => p.tsMs >= fromMs - maxGapMs && p.tsMs <= toMs),
  }));

  // Scales: time left to right; latency from 0 up to a rounded top above the highest reading.
  const x = scaleLinear()
    .domain([fromMs, toMs])
    .range([plot.x, plot.x + plot.width]);
  let highestMs = 0;
  for (const s of visible) {
    for (const p of s.points) if (p.rttMs !== null && p.rttMs > highestMs) highestMs = p.rttMs;
  }
  // Rounded with the tick count, so the top of the axis is a labelled tick.
  const yTickCount = Math.max(2, Math.floor(plot.height / 40));
  const y = scaleLinear()
    .domain([0, Math.max(minTopMs, highestMs * 1.1)])
    .nice(yTickCount)
    .range([plot.y + plot.height, plot.y]);

  // Lines: break at down readings and at pauses longer than maxGapMs.
  const toPath = line<Vertex>()
    .defined((v) => v.y !== null)
    .x((v) => v.x)
    .y((v) => v.y ?? 0)
    .digits(1);
  const lines = visible.map((s) => ({
    id: s.id,
    path:
      toPath(
        toVertices(
          s.points,
          maxGapMs,
          (ms) => x(ms),
          (ms) => y(ms),
        ),
      ) ?? '',
  }));

  // Down spans: from the first down reading to the next reading, or one gap at most.
  const downSpans = visible.flatMap((s) =>
    findDownSpans(s.points, maxGapMs, fromMs, toMs).map(([startMs, endMs]) => ({
      id: s.id,
      x1: roundPx(x(startMs)),
      x2: roundPx(x(endMs)),
    })),
  );

  // Ticks: about one time label per 90 px and one latency label per 40 px.
  const xTicks = computeTimeTicks(fromMs, toMs, Math.max(1, Math.floor(plot.width / 90))).map(
    (tsMs) => ({ x: roundPx(x(tsMs)), tsMs }),
  );
  const yTicks = y.ticks(yTickCount).map((valueMs) => ({ y: roundPx(y(valueMs)), valueMs }));

  return { plot, lines, downSpans, xTicks, yTicks };
}

/** Rounds to 0.1 px, like the paths: finer is invisible, and it keeps the output stable. */
function roundPx(px: number): number {
  return Math.round(px * 10) / 10;
}

function toVertices(
  points: readonly LatencyPoint[],
  maxGapMs: number,
  x: (ms: number) => number,
  y: (ms: number) => number,
): Vertex[] {
  const vertices: Vertex[] = [];
  let previousMs: number | null = null;
  for (const p of points) {
    if (previousMs !== null && p.tsMs - previousMs > maxGapMs) {
      vertices.push({ x: x(previousMs), y: null });
    }
    vertices.push({ x: x(p.tsMs), y: p.rttMs === null ? null : y(p.rttMs) });
    previousMs = p.tsMs;
  }
  return vertices;
}

/** `[startMs, endMs]` of each run of down readings, clipped to the window. */
export function findDownSpans(
  points: readonly LatencyPoint[],
  maxGapMs: number,
  fromMs: number,
  toMs: number,
): [number, number][] {
  const spans: [number, number][] = [];
  let startMs: number | null = null;
  let lastDownMs = 0;
  const close = (nextMs: number) => {
    if (startMs === null) return;
    const endMs = Math.min(nextMs, lastDownMs + maxGapMs, toMs);
    const clippedStart = Math.max(startMs, fromMs);
    if (endMs > clippedStart) spans.push([clippedStart, endMs]);
    startMs = null;
  };
  for (const p of points) {
    if (p.rttMs === null) {
      // A long pause between two down readings ends the first run: nobody measured in between.
      if (startMs !== null && p.tsMs - lastDownMs > maxGapMs) close(Infinity);
      startMs ??= p.tsMs;
      lastDownMs = p.tsMs;
    } else {
      close(p.tsMs);
    }
  }
  close(Infinity);
  return spans;
}
