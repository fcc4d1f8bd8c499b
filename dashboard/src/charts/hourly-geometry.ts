import { scaleBand, scaleLinear } from 'd3-scale';
import type { ChartMargin } from './latency-geometry.js';

/** Hours shown at least, whatever the data: the usual working day, 07:00 to 17:59. */
export const WORKING_HOURS_SHOWN: { readonly firstHour: number; readonly lastHour: number } = {
  firstHour: 7,
  lastHour: 17,
};

/** What {@link computeHourlyGeometry} needs: counts per local hour and a size in px. */
export interface HourlyChartInput {
  /** Today's counts per local hour (24 entries, index 8 is 08:00–08:59). */
  today: readonly number[];
  /** A normal day per local hour (24 entries, null where unknown), or null when there is none. */
  baseline: readonly (number | null)[] | null;
  /** The local hour now (0–23): later hours get no bar, the current one is marked as running. */
  currentHour: number;
  /** Width of the drawing (px). */
  width: number;
  /** Height of the drawing (px). */
  height: number;
  /** Room for the axes (px); default 8 top, 8 right, 24 bottom, 32 left. */
  margin?: ChartMargin;
  /** Narrowest hour that still gets its own label (px); default 22. Wider type needs more. */
  minLabelStepPx?: number;
}

/** One hour's bar of today, in px within the drawing. */
export interface HourBar {
  hour: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  /** The hour still running: its count is not final. */
  current: boolean;
}

/** Everything an element needs to draw the chart, in px within the drawing. */
export interface HourlyChartGeometry {
  plot: { x: number; y: number; width: number; height: number };
  /** First and last local hour shown (inclusive). */
  hours: { first: number; last: number };
  /** Today's bars, from the first hour shown to the current hour. */
  bars: HourBar[];
  /** The normal day as a step across each hour (`d` of a path), broken where unknown; '' if none. */
  baselinePath: string;
  /** Hour labels, at the left edge of their hour. */
  xTicks: { x: number; hour: number }[];
  /** Count labels. */
  yTicks: { y: number; value: number }[];
}

const DEFAULT_MARGIN: ChartMargin = { top: 8, right: 8, bottom: 24, left: 32 };

/**
 * The hours to show: the working day, widened to any hour with arrivals today or on a normal day,
 * so an early opening or a late close (staff work "until the work is done") stays visible.
 */
export function hourWindowOf(
  today: readonly number[],
  baseline: readonly (number | null)[] | null,
): { first: number; last: number } {
  let { firstHour: first, lastHour: last } = WORKING_HOURS_SHOWN;
  for (let hour = 0; hour < 24; hour++) {
    if ((today[hour] ?? 0) > 0 || (baseline?.[hour] ?? 0) > 0) {
      first = Math.min(first, hour);
      last = Math.max(last, hour);
    }
  }
  return { first, last };
}

/** Sum of counts from midnight through `hour` (inclusive); unknown hours count as nothing. */
export function sumThroughHour(counts: readonly (number | null)[], hour: number): number {
  let total = 0;
  for (let h = 0; h <= Math.min(hour, counts.length - 1); h++) total += counts[h] ?? 0;
  return total;
}

/**
 * Maps today's counts per hour and a normal day to bars, a step line and ticks. Pure: the same
 * input always gives the same geometry, so tests compare it and the element only draws it.
 */
export function computeHourlyGeometry({
  today,
  baseline,
  currentHour,
  width,
  height,
  margin = DEFAULT_MARGIN,
  minLabelStepPx = 22,
}: HourlyChartInput): HourlyChartGeometry {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
  const hours = hourWindowOf(today, baseline);
  const shown = range(hours.first, hours.last);

  // Scales: one band per hour; counts from 0 to a rounded top above both series.
  const x = scaleBand<number>()
    .domain(shown)
    .range([plot.x, plot.x + plot.width])
    .paddingInner(0.25)
    .paddingOuter(0.125);
  const step = x.step();
  const highest = Math.max(
    1,
    ...shown.map((hour) => Math.max(today[hour] ?? 0, baseline?.[hour] ?? 0)),
  );
  const yTickCount = Math.max(2, Math.floor(plot.height / 32));
  const y = scaleLinear()
    .domain([0, highest])
    .nice(yTickCount)
    .range([plot.y + plot.height, plot.y]);
  const bottom = plot.y + plot.height;

  // Bars: today, up to the hour now; later hours have not happened yet.
  const bars = shown
    .filter((hour) => hour <= currentHour)
    .map((hour): HourBar => {
      const value = today[hour] ?? 0;
      const top = roundPx(y(value));
      return {
        hour,
        x: roundPx(x(hour) ?? 0),
        y: top,
        width: roundPx(x.bandwidth()),
        height: roundPx(bottom - top),
        value,
        current: hour === currentHour,
      };
    });

  // The normal day: flat across each hour's whole step, joined by risers, broken where unknown.
  let baselinePath = '';
  let previousLevel: number | null = null;
  for (const hour of shown) {
    const value = baseline?.[hour] ?? null;
    if (value === null) {
      previousLevel = null;
      continue;
    }
    const left = roundPx((x(hour) ?? 0) - (step - x.bandwidth()) / 2);
    const level = roundPx(y(value));
    if (previousLevel === null) baselinePath += `M${left},${level}`;
    else if (level !== previousLevel) baselinePath += `V${level}`;
    baselinePath += `H${roundPx(left + step)}`;
    previousLevel = level;
  }

  // Ticks: every hour when there is room for its label, else every other (or third) hour.
  const every = step >= minLabelStepPx ? 1 : step * 2 >= minLabelStepPx ? 2 : 3;
  const xTicks = shown
    .filter((hour) => (hour - hours.first) % every === 0)
    .map((hour) => ({ x: roundPx((x(hour) ?? 0) - (step - x.bandwidth()) / 2), hour }));
  const yTicks = y
    .ticks(yTickCount)
    .filter(Number.isInteger)
    .map((value) => ({ y: roundPx(y(value)), value }));

  return { plot, hours, bars, baselinePath, xTicks, yTicks };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Rounds to 0.1 px: finer is invisible, and it keeps the output stable. */
function roundPx(px: number): number {
  return Math.round(px * 10) / 10;
}
