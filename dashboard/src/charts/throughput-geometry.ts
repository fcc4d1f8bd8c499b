import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ChartMargin } from './latency-geometry.js';
import { computeTimeTicks } from './time-ticks.js';

/** Received and sent bits per second of one interface at one time (or a bucket's mean). */
export interface ThroughputPoint {
  /** Time, or start of the bucket (epoch ms). */
  tsMs: number;
  /** Received (download) bits per second, or null when not measured. */
  rxBps: number | null;
  /** Sent (upload) bits per second, or null when not measured. */
  txBps: number | null;
}

/** What {@link computeThroughputGeometry} needs. */
export interface ThroughputChartInput {
  points: readonly ThroughputPoint[];
  fromMs: number;
  toMs: number;
  /** Bucket width of the readings (ms), 0 for raw rounds. */
  stepMs: number;
  width: number;
  height: number;
  /** Room for the axes (px); default 8 top, 12 right, 24 bottom, 84 left (for "12,3 Mbit/s"). */
  margin?: ChartMargin;
}

/** Paths and ticks of the throughput chart, in px within the drawing. */
export interface ThroughputChartGeometry {
  plot: { x: number; y: number; width: number; height: number };
  /** SVG path of received bits per second (`d`), empty when none. */
  rxPath: string;
  /** SVG path of sent bits per second. */
  txPath: string;
  xTicks: { x: number; tsMs: number }[];
  /** Ticks of the rate axis, on round bit rates. */
  yTicks: { y: number; valueBps: number }[];
}

const DEFAULT_MARGIN: ChartMargin = { top: 8, right: 12, bottom: 24, left: 84 };
const px = (value: number) => Math.round(value * 10) / 10;

/**
 * Maps an interface's rates to two lines over a shared axis from 0: received solid, sent dashed
 * in the element, so they differ without colour. Lines break at pauses longer than a few steps.
 */
export function computeThroughputGeometry({
  points,
  fromMs,
  toMs,
  stepMs,
  width,
  height,
  margin = DEFAULT_MARGIN,
}: ThroughputChartInput): ThroughputChartGeometry {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
  const maxGapMs = Math.max(60_000, stepMs * 2.5);
  const visible = points.filter((p) => p.tsMs >= fromMs - maxGapMs && p.tsMs <= toMs);
  let highest = 0;
  for (const p of visible) highest = Math.max(highest, p.rxBps ?? 0, p.txBps ?? 0);
  const x = scaleLinear()
    .domain([fromMs, toMs])
    .range([plot.x, plot.x + plot.width]);
  const yTickCount = Math.max(2, Math.floor(plot.height / 32));
  // At least 1 kbit/s of axis, so an idle line does not fill the chart with noise.
  const y = scaleLinear()
    .domain([0, Math.max(1000, highest * 1.1)])
    .nice(yTickCount)
    .range([plot.y + plot.height, plot.y]);
  const centre = (p: ThroughputPoint) =>
    stepMs > 0 ? Math.min(p.tsMs + stepMs / 2, toMs) : p.tsMs;

  const pathOf = (value: (p: ThroughputPoint) => number | null): string => {
    const vertices: { x: number; y: number | null }[] = [];
    let previousMs: number | null = null;
    for (const p of visible) {
      if (previousMs !== null && p.tsMs - previousMs > maxGapMs) vertices.push({ x: 0, y: null });
      previousMs = p.tsMs;
      const v = value(p);
      vertices.push({ x: x(centre(p)), y: v === null ? null : y(v) });
    }
    return (
      line<{ x: number; y: number | null }>()
        .defined((v) => v.y !== null)
        .x((v) => v.x)
        .y((v) => v.y ?? 0)
        .digits(1)(vertices) ?? ''
    );
  };

  return {
    plot,
    rxPath: pathOf((p) => p.rxBps),
    txPath: pathOf((p) => p.txBps),
    xTicks: computeTimeTicks(fromMs, toMs, Math.max(1, Math.floor(plot.width / 110))).map(
      (tsMs) => ({ x: px(x(tsMs)), tsMs }),
    ),
    yTicks: y.ticks(yTickCount).map((valueBps) => ({ y: px(y(valueBps)), valueBps })),
  };
}
