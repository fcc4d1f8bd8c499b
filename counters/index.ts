// Counter throughput: the live queue model, its figures, working time, and the demo simulator.
export { localDayOf, localHourOf, startOfLocalDayMs, CENTRE_TIME_ZONE } from './local-day.js';
export { DEMO_SITE, QueueBoard } from './queue-board.js';
export { QueueModel, type QueueModelOptions, type QueueNames } from './queue-model.js';
export { compareEvents } from './event-order.js';
export { type Visit, type Rating } from './day-fold.js';
export {
  computeKpis,
  kpiOptionsOf,
  UNKNOWN_FIELD_ID,
  type KpiInput,
  type KpiOptions,
} from './kpis.js';
export { medianCurve, sameWeekdaysBefore } from './weekday-baseline.js';
export { queueSamplesOf, QUEUE_MEASUREMENT } from './queue-samples.js';
export {
  breakSecondsBetween,
  DEFAULT_WORKING_HOURS,
  isWorkingTime,
  workingPeriodsOf,
  workingSecondsBetween,
  type ClockPeriod,
  type TimeSpan,
  type WorkingHours,
} from './working-time.js';
export * from './simulator/index.js';
