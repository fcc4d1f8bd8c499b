import { scaleBand, scaleLinear } from 'd3-scale';
import type { ChartMargin } from './latency-geometry.js';

/** One day's waiting-time percentiles (seconds; null when nobody was called). */
export interface WaitDay {
  p50Seconds: number | null;
  p90Seconds: number | null;
  working: boolean;
}

/** What {@link computeWaitGeometry} needs. */
export interface WaitChartInput {
  days: readonly WaitDay[];
  /** The target wait (seconds), drawn as a dashed line. */
  targetSeconds: number;
  /** Width of the drawing (px). */
  width: number;
  /** Height of the drawing (px). */
  height: number;
  /** Room for the axes (px); default 28 top (for the labels), 8 right, 32 bottom, 44 left. */
  margin?: ChartMargin;
}

/** One percentile's bar (px); `minutes` is what its label says. */
export interface WaitBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The wait in minutes, rounded down as the rest of the dashboard says waits. */
  minutes: number;
}

/** One day's pair of bars. */
export interface WaitColumn {
  /** 0 = Monday. */
  index: number;
  /** Middle of the day's band, for its label. */
  centre: number;
  working: boolean;
  p50: WaitBar | null;
  p90: WaitBar | null;
}

/** Everything an element needs to draw the chart, in px within the drawing. */
export interface WaitChartGeometry {
  plot: { x: number; y: number; width: number; height: number };
  columns: WaitColumn[];
  /** Height of the target line. */
  targetY: number;
  /** Minute labels. */
  yTicks: { y: number; value: number }[];
}

const DEFAULT_MARGIN: ChartMargin = { top: 28, right: 8, bottom: 32, left: 44 };

/**
 * Two bars per day, the median wait and the 90th percentile side by side, in minutes, against a
 * dashed target line. The scale always reaches the target, so a calm week still shows how far
 * below it the waits stayed. Pure.
 */
export function computeWaitGeometry({
  days,
  targetSeconds,
  width,
  height,
  margin = DEFAULT_MARGIN,
}: WaitChartInput): WaitChartGeometry {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
  const minutesOf = (seconds: number) => Math.max(0, seconds) / 60;
  const x = scaleBand<number>()
    .domain(days.map((_, index) => index))
    .range([plot.x, plot.x + plot.width])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const inner = scaleBand<'p50' | 'p90'>()
    .domain(['p50', 'p90'])
    .range([0, x.bandwidth()])
    .paddingInner(0.12);
  const highest = Math.max(
    1,
    minutesOf(targetSeconds),
    ...days.map((day) => minutesOf(Math.max(day.p50Seconds ?? 0, day.p90Seconds ?? 0))),
  );
  const yTickCount = Math.max(2, Math.floor(plot.height / 60));
  const y = scaleLinear()
    .domain([0, highest])
    .nice(yTickCount)
    .range([plot.y + plot.height, plot.y]);
  const bottom = plot.y + plot.height;

  const bar = (index: number, key: 'p50' | 'p90', seconds: number | null): WaitBar | null => {
    if (seconds === null) return null;
    const top = roundPx(y(minutesOf(seconds)));
    return {
      x: roundPx((x(index) ?? 0) + (inner(key) ?? 0)),
      y: top,
      width: roundPx(inner.bandwidth()),
      height: roundPx(bottom - top),
      minutes: Math.floor(minutesOf(seconds)),
    };
  };
  const columns = days.map((day, index): WaitColumn => ({
    index,
    centre: roundPx((x(index) ?? 0) + x.bandwidth() / 2),
    working: day.working,
    p50: bar(index, 'p50', day.p50Seconds),
    p90: bar(index, 'p90', day.p90Seconds),
  }));
  const yTicks = y
    .ticks(yTickCount)
    .filter(Number.isInteger)
    .map((value) => ({ y: roundPx(y(value)), value }));
  return { plot, columns, targetY: roundPx(y(minutesOf(targetSeconds))), yTicks };
}

/** Rounds to 0.1 px: finer is invisible, and it keeps the output stable. */
function roundPx(px: number): number {
  return Math.round(px * 10) / 10;
}
