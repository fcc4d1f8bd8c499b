// Pure chart geometry: data and size in, paths and ticks out. Elements in components/ draw it.
export {
  computeLatencyGeometry,
  findDownSpans,
  type ChartMargin,
  type LatencyChartGeometry,
  type LatencyChartInput,
  type LatencyPoint,
  type LatencySeries,
} from './latency-geometry.js';
export { computeTimeTicks } from './time-ticks.js';
export { SERIES_COLOURS, STATUS_COLOURS, seriesColour } from './palette.js';
export {
  WORKING_HOURS_SHOWN,
  computeHourlyGeometry,
  hourWindowOf,
  sumThroughHour,
  type HourBar,
  type HourlyChartGeometry,
  type HourlyChartInput,
} from './hourly-geometry.js';
export {
  computeProceduresGeometry,
  type ProceduresChartGeometry,
  type ProceduresChartInput,
  type ProceduresColumn,
  type ProceduresDay,
  type ProceduresSegment,
  type ProceduresSeries,
} from './procedures-geometry.js';
export {
  computeWaitGeometry,
  type WaitBar,
  type WaitChartGeometry,
  type WaitChartInput,
  type WaitColumn,
  type WaitDay,
} from './wait-geometry.js';
