import { scaleLinear } from 'd3-scale';
import type { ChartMargin } from './latency-geometry.js';
import { computeTimeTicks } from './time-ticks.js';

/** One outage as the timeline needs it: which target, from when, to when (null while ongoing). */
export interface TimelineOutage {
  target: string;
  startedMs: number;
  endedMs: number | null;
}

/** What {@link computeOutageTimelineGeometry} needs. */
export interface OutageTimelineInput {
  /** Targets, one row each, in display order; outages of other targets get rows after them. */
  targets: readonly string[];
  outages: readonly TimelineOutage[];
  /** Start of the window (epoch ms). */
  fromMs: number;
  /** End of the window (epoch ms); an ongoing outage runs to it. */
  toMs: number;
  width: number;
  /** Height of one row (px), default 22. */
  rowPx?: number;
  /** Room for the names and the time axis (px); default 4 top, 12 right, 24 bottom, 200 left. */
  margin?: ChartMargin;
  /** Narrowest bar (px), default 3: a 30-second outage in a week must still be seen and focused. */
  minBarPx?: number;
}

/** Rows, bars and ticks of the timeline, in px. */
export interface OutageTimelineGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  rows: { target: string; y: number; height: number }[];
  bars: {
    /** `<target>-<startedMs>`, as the outage list's rows. */
    key: string;
    target: string;
    x: number;
    width: number;
    y: number;
    height: number;
    ongoing: boolean;
  }[];
  xTicks: { x: number; tsMs: number }[];
}

const DEFAULT_MARGIN: ChartMargin = { top: 4, right: 12, bottom: 24, left: 200 };
const px = (value: number) => Math.round(value * 10) / 10;

/**
 * One row per target and a bar per outage over the window, so IT support sees at a glance which
 * check went down, when, and whether outages of several targets line up (a shared cause).
 * Pure: the element draws it and labels each bar with its cause.
 */
export function computeOutageTimelineGeometry({
  targets,
  outages,
  fromMs,
  toMs,
  width,
  rowPx = 22,
  margin = DEFAULT_MARGIN,
  minBarPx = 3,
}: OutageTimelineInput): OutageTimelineGeometry {
  const inWindow = outages.filter(
    (o) => o.startedMs <= toMs && (o.endedMs === null || o.endedMs >= fromMs),
  );
  const extra = [...new Set(inWindow.map((o) => o.target))]
    .filter((t) => !targets.includes(t))
    .sort();
  const order = [...targets, ...extra];
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: order.length * rowPx,
  };
  const x = scaleLinear()
    .domain([fromMs, toMs])
    .range([plot.x, plot.x + plot.width])
    .clamp(true);
  const rowOf = new Map(order.map((target, index) => [target, index]));
  const rows = order.map((target, index) => ({ target, y: plot.y + index * rowPx, height: rowPx }));
  const bars = inWindow
    .map((o) => {
      const x1 = x(o.startedMs);
      const x2 = x(o.endedMs ?? toMs);
      const barWidth = Math.max(minBarPx, x2 - x1);
      // A narrow bar at the right edge grows leftwards, so it stays inside the plot.
      const left = Math.min(x1, plot.x + plot.width - barWidth);
      return {
        key: `${o.target}-${o.startedMs}`,
        target: o.target,
        x: px(left),
        width: px(barWidth),
        y: plot.y + (rowOf.get(o.target) ?? 0) * rowPx + 3,
        height: rowPx - 6,
        ongoing: o.endedMs === null,
      };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const xTicks = computeTimeTicks(fromMs, toMs, Math.max(1, Math.floor(plot.width / 110))).map(
    (tsMs) => ({ x: px(x(tsMs)), tsMs }),
  );
  return {
    width,
    height: plot.y + plot.height + margin.bottom,
    plot,
    rows,
    bars,
    xTicks,
  };
}
