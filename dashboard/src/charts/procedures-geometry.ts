import { scaleBand, scaleLinear } from 'd3-scale';
import type { ChartMargin } from './latency-geometry.js';

/** One day of the week as the procedures chart needs it. */
export interface ProceduresDay {
  /** Procedures completed that day, all fields together (the label above the column). */
  total: number;
  /** Whether the centre was scheduled to open: a closed day with nothing done gets no column. */
  working: boolean;
}

/** One field's procedures per day, Monday first (as many entries as days). */
export interface ProceduresSeries {
  id: string;
  values: readonly number[];
}

/** What {@link computeProceduresGeometry} needs. */
export interface ProceduresChartInput {
  days: readonly ProceduresDay[];
  /** Fields in stacking order, bottom first. */
  series: readonly ProceduresSeries[];
  /** Width of the drawing (px). */
  width: number;
  /** Height of the drawing (px). */
  height: number;
  /** Room for the axes (px); default 28 top (for the totals), 8 right, 32 bottom, 44 left. */
  margin?: ChartMargin;
}

/** One field's part of a day's column (px). */
export interface ProceduresSegment {
  /** The field's id; `''` for procedures with no field among the series. */
  id: string;
  value: number;
  y: number;
  height: number;
}

/** One day's column (px). */
export interface ProceduresColumn {
  /** 0 = Monday. */
  index: number;
  x: number;
  width: number;
  /** Middle of the column, for the day label and the total. */
  centre: number;
  total: number;
  /** Baseline of the total's label, just above the column. */
  totalY: number;
  working: boolean;
  /** Bottom first; zero values are left out. */
  segments: ProceduresSegment[];
}

/** Everything an element needs to draw the stacked columns, in px within the drawing. */
export interface ProceduresChartGeometry {
  plot: { x: number; y: number; width: number; height: number };
  columns: ProceduresColumn[];
  yTicks: { y: number; value: number }[];
}

const DEFAULT_MARGIN: ChartMargin = { top: 28, right: 8, bottom: 32, left: 44 };

/**
 * Stacks each day's procedures by field into one column per day, Monday to Sunday, with the
 * day's total above. Procedures that no series accounts for (a visit without a field) form a
 * last segment with the id `''`, so every column is as tall as its total. Pure.
 */
export function computeProceduresGeometry({
  days,
  series,
  width,
  height,
  margin = DEFAULT_MARGIN,
}: ProceduresChartInput): ProceduresChartGeometry {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
  // Scales: one band per day; counts from 0 to a rounded top above the highest column.
  const x = scaleBand<number>()
    .domain(days.map((_, index) => index))
    .range([plot.x, plot.x + plot.width])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const highest = Math.max(1, ...days.map((day) => day.total));
  const yTickCount = Math.max(2, Math.floor(plot.height / 60));
  const y = scaleLinear()
    .domain([0, highest])
    .nice(yTickCount)
    .range([plot.y + plot.height, plot.y]);
  const bottom = plot.y + plot.height;

  const columns = days.map((day, index): ProceduresColumn => {
    // Stack bottom up in series order; what the fields leave unexplained goes on top.
    const parts = series.map((s) => ({ id: s.id, value: s.values[index] ?? 0 }));
    const explained = parts.reduce((sum, part) => sum + part.value, 0);
    if (day.total > explained) parts.push({ id: '', value: day.total - explained });
    let running = 0;
    const segments: ProceduresSegment[] = [];
    for (const part of parts) {
      if (part.value <= 0) continue;
      const top = roundPx(y(running + part.value));
      segments.push({ id: part.id, value: part.value, y: top, height: roundPx(y(running) - top) });
      running += part.value;
    }
    const left = x(index) ?? 0;
    return {
      index,
      x: roundPx(left),
      width: roundPx(x.bandwidth()),
      centre: roundPx(left + x.bandwidth() / 2),
      total: day.total,
      totalY: roundPx(Math.min(bottom, y(Math.max(day.total, running))) - 8),
      working: day.working,
      segments,
    };
  });
  const yTicks = y
    .ticks(yTickCount)
    .filter(Number.isInteger)
    .map((value) => ({ y: roundPx(y(value)), value }));
  return { plot, columns, yTicks };
}

/** Rounds to 0.1 px: finer is invisible, and it keeps the output stable. */
function roundPx(px: number): number {
  return Math.round(px * 10) / 10;
}
